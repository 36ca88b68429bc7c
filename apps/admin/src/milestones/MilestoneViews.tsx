import {
  DatePrecision,
  DESCRIPTION_MAX,
  FacilityStatus,
  MILESTONE_FIELD_LABELS,
  MilestoneInput,
  MilestoneKind,
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
  SimpleForm,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';
import { CalendarDateField, CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

const KEEP = ['facilityId', 'programId'];

const prepareMilestone = (values: Record<string, unknown>) => ({
  ...values,
  title: blankTextToNull(values.title),
  note: blankTextToNull(values.note),
});

const MilestoneInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <Row>
        <ReferencePicker source="facilityId" reference="facilities" disabled={Boolean(record?.facilityId)} />
        <ReferencePicker source="programId" reference="programs" disabled={Boolean(record?.programId)} />
      </Row>
      <CodeSelectInput source="kind" list={MilestoneKind} isRequired />
      <BilingualInput source="title" maxLength={TITLE_MAX} />
      <Row>
        <DateInput source="plannedOn" fullWidth />
        <CodeSelectInput source="plannedOnPrecision" list={DatePrecision} fullWidth />
      </Row>
      <Row>
        <DateInput source="actualOn" fullWidth />
        <CodeSelectInput source="actualOnPrecision" list={DatePrecision} fullWidth />
      </Row>
      <BilingualInput source="note" multiline maxLength={DESCRIPTION_MAX} />
    </>
  );
};

// After saving, back to the facility (or program) the step belongs to: that is where it is read.
const backToParent = (
  _resource: string | undefined,
  _id: unknown,
  data: Record<string, unknown> | undefined,
) =>
  data?.facilityId
    ? `/facilities/${String(data.facilityId)}/show`
    : data?.programId
      ? `/programs/${String(data.programId)}/show`
      : '/milestones';

export const MilestoneEdit = () => (
  <Edit mutationMode="pessimistic" redirect={backToParent}>
    <SimpleForm
      resolver={useDomainResolver(MilestoneInput, MILESTONE_FIELD_LABELS, {
        keep: KEEP,
        prepare: prepareMilestone,
      })}
    >
      <MilestoneInputs />
    </SimpleForm>
  </Edit>
);

export const MilestoneCreate = () => (
  <Create redirect={backToParent}>
    <SimpleForm
      resolver={useDomainResolver(MilestoneInput, MILESTONE_FIELD_LABELS, {
        keep: KEEP,
        prepare: prepareMilestone,
      })}
      defaultValues={{ plannedOnPrecision: 'DAY', actualOnPrecision: 'DAY' }}
    >
      <MilestoneInputs />
    </SimpleForm>
  </Create>
);

export const MilestoneShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <CodeField source="kind" list={MilestoneKind} />
      <ReferenceField source="facilityId" reference="facilities" link="show" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" emptyText="-" />
      <TextField source="title.ko" emptyText="-" />
      <CalendarDateField source="plannedOn" emptyText="-" />
      <CalendarDateField source="actualOn" emptyText="-" />
      <CodeField source="impliedStatus" list={FacilityStatus} emptyText="-" />
      <TextField source="note.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);

export const MilestoneList = () => (
  <List sort={{ field: 'date', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit">
      <CodeField source="kind" list={MilestoneKind} />
      <ReferenceField source="facilityId" reference="facilities" link="show" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" emptyText="-" />
      <CalendarDateField source="plannedOn" emptyText="-" />
      <CalendarDateField source="actualOn" emptyText="-" />
      <CodeField source="impliedStatus" list={FacilityStatus} emptyText="-" />
    </Datagrid>
  </List>
);
