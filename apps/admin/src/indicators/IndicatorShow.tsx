import {
  Aggregation,
  Direction,
  Frequency,
  IndicatorUnit,
  Multiplier,
  SubjectType,
  Visibility,
} from '@bitgoeul/domain';
import { lazy, Suspense } from 'react';
import {
  Labeled,
  NumberField,
  ReferenceField,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { CodeField, DecimalField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { SUBJECT_RESOURCES } from './IndicatorInputs';
import { ObservationsPanel } from './ObservationsPanel';

// The chart draws only when its page opens: it stays out of the first load.
const IndicatorChartField = lazy(() =>
  import('../charts/IndicatorChartField').then((m) => ({ default: m.IndicatorChartField })),
);

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
