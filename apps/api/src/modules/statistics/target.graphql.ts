import { periodLabel, progressToTarget, type TargetKind } from '@bitgoeul/domain';
import type { FilterQuery } from '@mikro-orm/core';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { builder } from '../../graphql/builder.js';
import { codeListFilter, IDFilter } from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import {
  type CodeFilterInput,
  type Combinable,
  codeCondition,
  combineFilter,
  type IdFilterInput,
  idCondition,
} from '../../graphql/filters.js';
import { SourceRef } from '../sources/ref.js';
import { cumulativeOf, targetFor } from './derived.js';
import { type IndicatorRow, type ObservationRow, Target, type TargetEntity } from './indicator.entity.js';
import { statisticsLoaders } from './statistics.loaders.js';
import { IndicatorRef, ObservationRef, TargetKindEnum, TargetRef } from './statistics.ref.js';

TargetRef.implement({
  description:
    'A value an indicator should reach (목표), for a period or by a deadline, cited to the document that set it. A new target for the same period supersedes the old one, which is kept.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, resolve: (target) => target.indicator.id }),
    kind: t.field({ type: TargetKindEnum, resolve: (target) => target.kind }),
    period: t.exposeString('period', { nullable: true }),
    periodLabel: t.string({
      nullable: true,
      resolve: (target, _, ctx) => (target.period ? periodLabel(target.period, ctx.locale) : null),
    }),
    deadline: t.field({ type: 'Date', nullable: true, resolve: (target) => target.deadline ?? null }),
    value: t.exposeString('value', { description: 'Exact decimal text.' }),
    source: t.field({ type: SourceRef, nullable: true, resolve: (target) => target.source?.id ?? null }),
    note: t.exposeString('note', { nullable: true }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    supersededAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a newer target replaced this one; null while it is current.',
      resolve: (target) => target.supersededAt ?? null,
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

interface ProgressView {
  observation: ObservationRow;
  target: TargetEntity;
  value: string;
  percent: string | null;
}

const IndicatorProgress = builder.objectRef<ProgressView>('IndicatorProgress').implement({
  description: 'How far the latest figure has come towards the target that applies to it.',
  fields: (t) => ({
    observation: t.field({ type: ObservationRef, resolve: (p) => ({ row: p.observation, asOf: null }) }),
    target: t.field({ type: TargetRef, resolve: (p) => p.target }),
    value: t.exposeString('value', {
      description: 'The figure compared: the observation, or its cumulative total for a CUMULATIVE target.',
    }),
    percent: t.exposeString('percent', {
      nullable: true,
      description:
        "Percent of the way, one decimal (53.0), respecting the indicator's direction; not clamped. Null when it cannot be measured (no baseline for DOWN_IS_GOOD).",
    }),
  }),
});

/** The figure a target is measured against: the running total for a cumulative target of a SUM indicator. */
export async function comparedValue(
  ctx: Parameters<typeof statisticsLoaders>[0],
  indicator: IndicatorRow,
  row: ObservationRow,
  target: TargetEntity,
) {
  if (target.kind !== 'CUMULATIVE' || indicator.aggregation !== 'SUM') return row.value;
  const year = Number(row.periodStart.slice(0, 4));
  const rows = await statisticsLoaders(ctx).year.load({ indicatorId: indicator.id, year });
  return cumulativeOf(row, rows, indicator.aggregation, null, seesOnlyPublic(ctx.caller)) ?? row.value;
}

builder.objectFields(IndicatorRef, (t) => ({
  targets: t.field({
    type: [TargetRef],
    description: 'Current targets, oldest first; superseded ones too when asked.',
    args: { includeSuperseded: t.arg.boolean({ defaultValue: false }) },
    resolve: (indicator, args, ctx) =>
      statisticsLoaders(ctx).targets.load(args.includeSuperseded ? `${indicator.id}:all` : indicator.id),
  }),
  progress: t.field({
    type: IndicatorProgress,
    nullable: true,
    description:
      'The latest figure against its target: one set for its period, else one without a period (deadline or end of program). Null without both.',
    resolve: async (indicator, _, ctx) => {
      const loaders = statisticsLoaders(ctx);
      const [latest, targets] = await Promise.all([
        loaders.latest.load(indicator.id),
        loaders.targets.load(indicator.id),
      ]);
      const target = latest && targetFor(latest.period, targets);
      if (!latest || !target) return null;
      const value = await comparedValue(ctx, indicator, latest, target);
      return {
        observation: latest,
        target,
        value,
        percent: progressToTarget(value, target.value, indicator.direction),
      };
    },
  }),
}));

const TargetKindFilter = codeListFilter('TargetKind', TargetKindEnum);

interface TargetFilterInput extends Combinable<TargetFilterInput> {
  indicator?: IdFilterInput | null;
  kind?: CodeFilterInput<TargetKind> | null;
}

const TargetFilter = builder.inputRef<TargetFilterInput>('TargetFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    indicator: t.field({ type: IDFilter }),
    kind: t.field({ type: TargetKindFilter }),
    and: t.field({ type: [TargetFilter] }),
    or: t.field({ type: [TargetFilter] }),
    not: t.field({ type: TargetFilter }),
  }),
});

connectionQuery({
  field: 'targets',
  name: 'Target',
  type: TargetRef,
  description: 'Targets of every indicator, current ones unless includeSuperseded, oldest first.',
  offsetDescription: 'Skip this many targets; not with after/before.',
  filter: TargetFilter,
  order: { fixed: [{ recordedAt: 'asc', id: 'asc' }] },
  args: (arg) => ({ includeSuperseded: arg.boolean({ defaultValue: false }) }),
  entity: Target,
  where: (args): FilterQuery<TargetEntity> => {
    const filtered = combineFilter(args.filter, (f) => [
      ...(f.indicator ? [{ indicator: idCondition(f.indicator, 'Indicator', 'filter.indicator') }] : []),
      ...(f.kind ? [{ kind: codeCondition(f.kind) }] : []),
    ]);
    return (args.includeSuperseded ? filtered : { $and: [filtered, { supersededAt: null }] }) as never;
  },
});
