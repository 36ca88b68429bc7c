import {
  BENEFIT_RULE_FIELD_LABELS,
  BenefitKind,
  BenefitRuleInput,
  ChildOrder,
  NAME_MAX,
  SEARCH_MAX,
} from '@bitgoeul/domain';
import {
  AutocompleteInput,
  BulkDeleteButton,
  Create,
  Datagrid,
  DateInput,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SimpleForm,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectArrayInput, CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { optionText, ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
import { useCsvExporter } from '../export/useCsvExporter';
import { Row } from '../facilities/FacilityInputs';
import { CalendarDateField, CodeField, CodeListField, InstantField, KrwField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={BenefitKind} alwaysOn />,
  <CodeSelectInput key="childOrder" source="childOrder" list={ChildOrder} alwaysOn />,
  <ReferenceInput
    key="program"
    source="programId"
    reference="programs"
    filter={{ area: 'POPULATION_CHILDCARE' }}
  >
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
  <DateInput key="effectiveOn" source="effectiveOn" label="bitgoeul.benefitRules.effectiveOn" />,
];

export const BenefitRuleList = () => (
  <List
    filters={filters}
    sort={{ field: 'effectiveFrom', order: 'ASC' }}
    perPage={25}
    exporter={useCsvExporter()}
  >
    <Datagrid rowClick="edit" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="name.ko" />
      <ReferenceField source="programId" reference="programs" link="show" />
      <CodeField source="kind" list={BenefitKind} />
      <KrwField source="amount" textAlign="right" />
      <TextField source="months" emptyText="-" />
      <CodeListField source="childOrders" list={ChildOrder} sortable={false} />
      <CalendarDateField source="effectiveFrom" />
      <CalendarDateField source="effectiveTo" emptyText="-" />
    </Datagrid>
  </List>
);

export const BenefitRuleShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" />
      <CodeField source="kind" list={BenefitKind} />
      <KrwField source="amount" />
      <TextField source="months" emptyText="-" />
      <CodeListField source="childOrders" list={ChildOrder} />
      <CalendarDateField source="effectiveFrom" />
      <CalendarDateField source="effectiveTo" emptyText="-" />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);

const BenefitRuleInputs = () => (
  <>
    <ReferencePicker source="programId" reference="programs" />
    <BilingualInput source="name" required maxLength={NAME_MAX} />
    <Row>
      <CodeSelectInput source="kind" list={BenefitKind} isRequired fullWidth />
      <NumberInput source="amount" min={1} step={10000} isRequired fullWidth />
      <NumberInput source="months" min={1} step={1} fullWidth />
    </Row>
    <CodeSelectArrayInput source="childOrders" list={ChildOrder} isRequired fullWidth />
    <Row>
      <DateInput source="effectiveFrom" isRequired fullWidth />
      <DateInput source="effectiveTo" fullWidth />
    </Row>
  </>
);

export const BenefitRuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm resolver={useDomainResolver(BenefitRuleInput, BENEFIT_RULE_FIELD_LABELS)}>
      <BenefitRuleInputs />
    </SimpleForm>
  </Edit>
);

export const BenefitRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm
      resolver={useDomainResolver(BenefitRuleInput, BENEFIT_RULE_FIELD_LABELS)}
      defaultValues={{ kind: 'LUMP_SUM', months: null, childOrders: [...ChildOrder.codes] }}
    >
      <BenefitRuleInputs />
    </SimpleForm>
  </Create>
);
