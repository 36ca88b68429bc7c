import {
  Aggregation,
  DESCRIPTION_MAX,
  Direction,
  Frequency,
  IndicatorUnit,
  Multiplier,
  NAME_MAX,
  SubjectType,
  Visibility,
} from '@bitgoeul/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { RecordCodeInput } from '../common/RecordCodeInput';
import { ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';
import { SourcePicker } from '../sources/SourcePicker';

/** Where a subject of each type is found; the city is its organisation (kind CITY). */
export const SUBJECT_RESOURCES: Record<string, { reference: string; filter?: Record<string, unknown> }> = {
  PROGRAM: { reference: 'programs' },
  ZONE: { reference: 'zones' },
  FACILITY: { reference: 'facilities' },
  ORGANISATION: { reference: 'organisations' },
  CITY: { reference: 'organisations', filter: { kind: 'CITY' } },
};

/**
 * The subject's type, then the record of that type, found by name. Choosing another type clears the
 * record: an id of one type would be looked up, and refused, among the records of the other.
 */
const SubjectInput = () => {
  const type = useWatch({ name: 'subject.type' }) as string | undefined;
  const { setValue } = useFormContext();
  const target = type ? SUBJECT_RESOURCES[type] : undefined;
  return (
    <Row>
      <CodeSelectInput
        source="subject.type"
        list={SubjectType}
        isRequired
        fullWidth
        onChange={() => setValue('subject.id', null, { shouldDirty: true })}
      />
      {target ? (
        <ReferencePicker key={type} source="subject.id" reference={target.reference} filter={target.filter} />
      ) : null}
    </Row>
  );
};

export const prepareIndicator = (values: Record<string, unknown>) => ({
  ...values,
  description: blankTextToNull(values.description),
});

export const IndicatorInputs = () => (
  <>
    <RecordCodeInput prefix="INDICATOR" />
    <BilingualInput source="name" required maxLength={NAME_MAX} />
    <BilingualInput source="description" multiline maxLength={DESCRIPTION_MAX} />
    <Row>
      <CodeSelectInput source="unit" list={IndicatorUnit} isRequired fullWidth />
      <CodeSelectInput source="multiplier" list={Multiplier} fullWidth />
      <CodeSelectInput source="frequency" list={Frequency} isRequired fullWidth />
    </Row>
    <Row>
      <CodeSelectInput source="aggregation" list={Aggregation} isRequired fullWidth />
      <CodeSelectInput source="direction" list={Direction} fullWidth />
      <CodeSelectInput source="visibility" list={Visibility} fullWidth />
    </Row>
    <SubjectInput />
    <SourcePicker />
  </>
);
