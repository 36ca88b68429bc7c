import {
  DESCRIPTION_MAX,
  EXEMPTION_FIELD_LABELS,
  ExemptionInput,
  ExemptionKind,
  SEARCH_MAX,
  TITLE_MAX,
} from '@bitgoeul/domain';
import {
  Create,
  Datagrid,
  DateInput,
  Edit,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';
import { CalendarDateField, CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

const KEEP = ['zoneId'];
const prepare = (values: Record<string, unknown>) => ({
  ...values,
  conditions: blankTextToNull(values.conditions),
});

const ExemptionInputs = () => {
  const record = useRecordContext();
  return (
    <>
      {/* Set once: an exemption belongs to the regulation-free zone it was granted in. */}
      <ReferencePicker
        source="zoneId"
        reference="zones"
        filter={{ kind: 'REGULATION_FREE_ZONE' }}
        disabled={Boolean(record?.id)}
      />
      <CodeSelectInput source="kind" list={ExemptionKind} isRequired />
      <BilingualInput source="law" required maxLength={TITLE_MAX} />
      <BilingualInput source="conditions" multiline maxLength={DESCRIPTION_MAX} />
      <Row>
        <DateInput source="validFrom" fullWidth />
        <DateInput source="validTo" fullWidth />
      </Row>
    </>
  );
};

const backToZone = (_r: string | undefined, _id: unknown, data: Record<string, unknown> | undefined) =>
  data?.zoneId ? `/zones/${String(data.zoneId)}/show` : '/exemptions';

export const ExemptionEdit = () => (
  <Edit mutationMode="pessimistic" redirect={backToZone}>
    <SimpleForm resolver={useDomainResolver(ExemptionInput, EXEMPTION_FIELD_LABELS, { keep: KEEP, prepare })}>
      <ExemptionInputs />
    </SimpleForm>
  </Edit>
);

export const ExemptionCreate = () => (
  <Create redirect={backToZone}>
    <SimpleForm resolver={useDomainResolver(ExemptionInput, EXEMPTION_FIELD_LABELS, { keep: KEEP, prepare })}>
      <ExemptionInputs />
    </SimpleForm>
  </Create>
);

export const ExemptionShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <ReferenceField source="zoneId" reference="zones" link="show" />
      <CodeField source="kind" list={ExemptionKind} />
      <TextField source="law.ko" />
      <TextField source="law.en" emptyText="-" />
      <TextField source="conditions.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CalendarDateField source="validFrom" emptyText="-" />
      <CalendarDateField source="validTo" emptyText="-" />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={ExemptionKind} alwaysOn />,
];

export const ExemptionList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit">
      <ReferenceField source="zoneId" reference="zones" link="show" />
      <CodeField source="kind" list={ExemptionKind} />
      <TextField source="law.ko" />
      <CalendarDateField source="validFrom" emptyText="-" />
      <CalendarDateField source="validTo" emptyText="-" />
    </Datagrid>
  </List>
);
