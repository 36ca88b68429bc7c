import {
  Aggregation,
  CODE_MAX,
  DESCRIPTION_MAX,
  Direction,
  Frequency,
  IndicatorUnit,
  Multiplier,
  NAME_MAX,
  SubjectType,
  Visibility,
} from '@bitgoeul/domain';
import { TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';

/** Where a subject of each type is found; the city is its organisation (kind CITY). */
export const SUBJECT_RESOURCES: Record<string, { reference: string; filter?: Record<string, unknown> }> = {
  PROGRAM: { reference: 'programs' },
  ZONE: { reference: 'zones' },
  FACILITY: { reference: 'facilities' },
  ORGANISATION: { reference: 'organisations' },
  CITY: { reference: 'organisations', filter: { kind: 'CITY' } },
};

const SubjectInput = () => {
  const type = useWatch({ name: 'subject.type' }) as string | undefined;
  const target = type ? SUBJECT_RESOURCES[type] : undefined;
  return (
    <Row>
      <CodeSelectInput source="subject.type" list={SubjectType} isRequired fullWidth />
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
    <TextInput source="code" isRequired sx={{ minWidth: 280 }} {...maxLength(CODE_MAX)} />
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
  </>
);
