import { DatePrecision, DESCRIPTION_MAX, MilestoneKind, TITLE_MAX } from '@bitgoeul/domain';
import { useRecordContext } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';
import { SourcePicker } from '../sources/SourcePicker';

export const KEEP_ON_SAVE = ['facilityId', 'programId'];

export const prepareMilestone = (values: Record<string, unknown>) => ({
  ...values,
  title: blankTextToNull(values.title),
  note: blankTextToNull(values.note),
});

export const MilestoneInputs = () => {
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
        <CalendarDateInput source="plannedOn" fullWidth />
        <CodeSelectInput source="plannedOnPrecision" list={DatePrecision} fullWidth />
      </Row>
      <Row>
        <CalendarDateInput source="actualOn" fullWidth />
        <CodeSelectInput source="actualOnPrecision" list={DatePrecision} fullWidth />
      </Row>
      <BilingualInput source="note" multiline maxLength={DESCRIPTION_MAX} />
      <SourcePicker />
    </>
  );
};

// After saving, back to the facility (or program) the step belongs to: that is where it is read.
export const backToParent = (
  _resource: string | undefined,
  _id: unknown,
  data: Record<string, unknown> | undefined,
) =>
  data?.facilityId
    ? `/facilities/${String(data.facilityId)}/show`
    : data?.programId
      ? `/programs/${String(data.programId)}/show`
      : '/milestones';
