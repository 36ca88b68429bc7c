import {
  Aggregation,
  Direction,
  Frequency,
  IndicatorUnit,
  Multiplier,
  ObservationStatus,
  SubjectType,
  TargetKind,
} from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { IndicatorRow, ObservationRow, TargetEntity } from './indicator.entity.js';
import { indicatorRepository } from './indicator.repository.js';
import { observationRepository } from './observation.repository.js';
import { targetRepository } from './target.repository.js';

/**
 * The module's refs and enums in one place, so that the files which add fields to them never
 * import each other (indicator.graphql.ts, the module's entry, imports them all).
 */
export const IndicatorUnitEnum = codeListEnum(IndicatorUnit);
export const MultiplierEnum = codeListEnum(Multiplier);
export const FrequencyEnum = codeListEnum(Frequency);
export const AggregationEnum = codeListEnum(Aggregation);
export const DirectionEnum = codeListEnum(Direction);
export const SubjectTypeEnum = codeListEnum(SubjectType);
export const ObservationStatusEnum = codeListEnum(ObservationStatus);
export const TargetKindEnum = codeListEnum(TargetKind);

/**
 * An observation as read: the stored vintage and the moment the reader asked about (`asOf`), so
 * that its derived figures (yoy, cumulative) use what was known at that same moment.
 */
export interface ObservationView {
  row: ObservationRow;
  asOf: Date | null;
}

export const IndicatorRef = builder.loadableNodeRef('Indicator', {
  id: { resolve: (indicator: IndicatorRow) => indicator.id },
  load: (ids: string[], ctx) => indicatorRepository.byIds(ctx.em, ids),
});

export const ObservationRef = builder.loadableNodeRef('Observation', {
  id: { resolve: (view: ObservationView) => view.row.id },
  load: async (ids: string[], ctx) =>
    (await observationRepository.byIds(ctx.em, ids)).map((row) =>
      row instanceof Error ? row : { row, asOf: null },
    ),
});

export const TargetRef = builder.loadableNodeRef('Target', {
  id: { resolve: (target: TargetEntity) => target.id },
  load: (ids: string[], ctx) => targetRepository.byIds(ctx.em, ids),
});
