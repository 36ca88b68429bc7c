import {
  Aggregation,
  CODE_MAX,
  DESCRIPTION_MAX,
  Direction,
  Frequency,
  INDICATOR_FIELD_LABELS,
  IndicatorInput,
  IndicatorUnit,
  Multiplier,
  NAME_MAX,
  SubjectType,
  Visibility,
} from '@bitgoeul/domain';
import { lazy, Suspense } from 'react';
import {
  Create,
  Edit,
  Labeled,
  NumberField,
  ReferenceField,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';
import { CodeField, DecimalField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { ObservationsPanel } from './ObservationsPanel';

// The chart draws only when its page opens: it stays out of the first load.
const IndicatorChartField = lazy(() =>
  import('../charts/IndicatorChartField').then((m) => ({ default: m.IndicatorChartField })),
);

/** Where a subject of each type is found; the city is its organisation (kind CITY). */
const SUBJECT_RESOURCES: Record<string, { reference: string; filter?: Record<string, unknown> }> = {
  PROGRAM: { reference: 'programs' },
  ZONE: { reference: 'zones' },
  FACILITY: { reference: 'facilities' },
  ORGANISATION: { reference: 'organisations' },
  CITY: { reference: 'organisations', filter: { kind: 'CITY' } },
};

const SubjectField = () => {
  const record = useRecordContext<{ subjectType: string }>();
  const target = record ? SUBJECT_RESOURCES[record.subjectType] : undefined;
  if (!target) return null;
  return <ReferenceField source="subjectId" reference={target.reference} link="show" />;
};

export const IndicatorShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <TextField source="description.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CodeField source="unit" list={IndicatorUnit} />
      <CodeField source="multiplier" list={Multiplier} />
      <CodeField source="frequency" list={Frequency} />
      <CodeField source="aggregation" list={Aggregation} />
      <CodeField source="direction" list={Direction} />
      <CodeField source="subjectType" list={SubjectType} />
      <Labeled source="subjectId">
        <SubjectField />
      </Labeled>
      <TextField source="latest.periodLabel" emptyText="-" />
      <DecimalField source="latest.value" emptyText="-" />
      <DecimalField source="progress.percent" emptyText="-" />
      <Labeled source="series" fullWidth>
        <Suspense fallback={null}>
          <IndicatorChartField />
        </Suspense>
      </Labeled>
      <Labeled source="observations" fullWidth>
        <ObservationsPanel />
      </Labeled>
      <CodeField source="visibility" list={Visibility} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);

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

const prepare = (values: Record<string, unknown>) => ({
  ...values,
  description: blankTextToNull(values.description),
});

const IndicatorInputs = () => (
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

export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useDomainResolver(IndicatorInput, INDICATOR_FIELD_LABELS, { prepare })}>
      <IndicatorInputs />
    </SimpleForm>
  </Edit>
);

export const IndicatorCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(IndicatorInput, INDICATOR_FIELD_LABELS, { prepare })}
      defaultValues={{ multiplier: 'ONE', direction: 'UP_IS_GOOD', visibility: 'PUBLIC' }}
    >
      <IndicatorInputs />
    </SimpleForm>
  </Create>
);
