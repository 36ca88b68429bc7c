import type { ObservationStatus } from '@bitgoeul/domain';
import type { Dictionary, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
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
  orderFrom,
} from '../../graphql/filters.js';
import { Observation, type ObservationEntity } from './indicator.entity.js';
import { periodArgument } from './observation.graphql.js';
import { ObservationRef, ObservationStatusEnum, type ObservationView } from './statistics.ref.js';

interface ObservationFilterInput extends Combinable<ObservationFilterInput> {
  indicator?: IdFilterInput | null;
  source?: IdFilterInput | null;
  status?: CodeFilterInput<ObservationStatus> | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}

function observationWhere(filter: ObservationFilterInput | null | undefined): Dictionary {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    if (f.indicator) parts.push({ indicator: idCondition(f.indicator, 'Indicator', 'filter.indicator') });
    if (f.source) parts.push({ source: idCondition(f.source, 'Source', 'filter.source') });
    if (f.status) parts.push({ status: codeCondition(f.status) });
    const from = periodArgument(f.periodFrom, 'filter.periodFrom');
    const to = periodArgument(f.periodTo, 'filter.periodTo');
    if (from) parts.push({ periodStart: { $gte: from.start } });
    if (to) parts.push({ periodEnd: { $lte: to.end } });
    return parts;
  });
}

const ORDER_FIELDS = {
  PERIOD_START: 'periodStart',
  PERIOD_END: 'periodEnd',
  RECORDED_AT: 'recordedAt',
  VINTAGE: 'vintage',
  STATUS: 'status',
  UPDATED_AT: 'updatedAt',
} as const;

const ObservationStatusFilter = codeListFilter('ObservationStatus', ObservationStatusEnum);
const ObservationFilter = builder.inputRef<ObservationFilterInput>('ObservationFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    indicator: t.field({ type: IDFilter }),
    source: t.field({ type: IDFilter }),
    status: t.field({ type: ObservationStatusFilter }),
    periodFrom: t.string({
      description: 'Periods starting on or after this period starts (2021, 2021-04…).',
    }),
    periodTo: t.string({ description: 'Periods ending on or before this period ends.' }),
    and: t.field({ type: [ObservationFilter] }),
    or: t.field({ type: [ObservationFilter] }),
    not: t.field({ type: ObservationFilter }),
  }),
});

connectionQuery({
  field: 'observations',
  name: 'Observation',
  type: ObservationRef,
  description:
    'Figures of every indicator, current vintages unless includeSuperseded; by period start unless asked otherwise. To the public: only the figures released and shown now.',
  offsetDescription: 'Skip this many figures (page-number screens); not with after/before.',
  filter: ObservationFilter,
  order: {
    fields: ORDER_FIELDS,
    build: (orderBy) =>
      orderFrom(ORDER_FIELDS, orderBy, 'PERIOD_START') as QueryOrderMap<ObservationEntity>[],
  },
  args: (arg) => ({ includeSuperseded: arg.boolean({ defaultValue: false }) }),
  entity: Observation,
  where: (args, ctx): FilterQuery<ObservationEntity> => {
    const filtered = observationWhere(args.filter);
    // The public's figures are those inside their public window now (the request's filter): one
    // vintage per figure, which may be superseded by a correction not yet released.
    if (args.includeSuperseded || seesOnlyPublic(ctx.caller)) return filtered as never;
    return { $and: [filtered, { supersededAt: null }] } as never;
  },
  node: (row): ObservationView => ({ row, asOf: null }),
});
