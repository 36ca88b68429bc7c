import { comparePeriods, parsePeriod, periodLabel, previousYearPeriod, toPeriod } from '@bitgoeul/domain';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { builder } from '../../graphql/builder.js';
import { badInput } from '../../graphql/errors.js';
import { SourceRef } from '../sources/ref.js';
import { cumulativeOf, type YoyView, yoyOf } from './derived.js';
import type { IndicatorRow } from './indicator.entity.js';
import { observationRepository, onRecord } from './observation.repository.js';
import { checkAsOf, statisticsLoaders } from './statistics.loaders.js';
import {
  IndicatorRef,
  ObservationRef,
  ObservationStatusEnum,
  type ObservationView,
} from './statistics.ref.js';

export const YoyChangeRef = builder.objectRef<YoyView>('YoyChange').implement({
  description: 'Change against the same period a year earlier (전년 동기 대비), exact decimals.',
  fields: (t) => ({
    previous: t.exposeString('previous', { description: 'The year-earlier value.' }),
    change: t.exposeString('change', { description: 'Value minus the year-earlier value.' }),
    percent: t.exposeString('percent', {
      nullable: true,
      description: 'The change in percent of |previous|, one decimal (7.2); null on a zero base.',
    }),
  }),
});

ObservationRef.implement({
  description:
    'One figure of an indicator for one period (관측값), as one vintage: corrections add a vintage and keep this one.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, resolve: (o) => o.row.indicator.id }),
    period: t.string({
      description: '2021, 2021-Q2, 2021-04, or a span such as 2021-01/2021-04.',
      resolve: (o) => o.row.period,
    }),
    periodLabel: t.string({
      description: "The period as a reader says it, in the caller's language (2021년 1~4월).",
      resolve: (o, _, ctx) => periodLabel(o.row.period, ctx.locale),
    }),
    periodStart: t.field({ type: 'Date', resolve: (o) => o.row.periodStart }),
    periodEnd: t.field({ type: 'Date', resolve: (o) => o.row.periodEnd }),
    value: t.string({
      description: 'Exact decimal text, as published (no float rounding).',
      resolve: (o) => o.row.value,
    }),
    status: t.field({ type: ObservationStatusEnum, resolve: (o) => o.row.status }),
    source: t.field({ type: SourceRef, resolve: (o) => o.row.source.id }),
    note: t.string({ nullable: true, resolve: (o) => o.row.note ?? null }),
    vintage: t.int({
      description: '1 for the first figure, +1 for each correction.',
      resolve: (o) => o.row.vintage,
    }),
    recordedAt: t.field({ type: 'DateTime', resolve: (o) => o.row.recordedAt }),
    supersededAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When a correction replaced this vintage; null while it is current. To the public: when it stopped being shown (publicUntil).',
      resolve: (o, _, ctx) => (seesOnlyPublic(ctx.caller) ? o.row.publicUntil : o.row.supersededAt) ?? null,
    }),
    supersededBy: t.field({
      type: ObservationRef,
      nullable: true,
      description:
        'The correction that replaced it; null to the public (an unreleased correction is not theirs to see).',
      resolve: (o, _, ctx) => (seesOnlyPublic(ctx.caller) ? null : (o.row.supersededById ?? null)),
    }),
    revisions: t.field({
      type: [ObservationRef],
      description:
        'Every vintage of this indicator and period, oldest first (this one included). To the public: the vintage shown at the same asOf (or now).',
      resolve: async (o, _, ctx) => {
        const rows = await statisticsLoaders(ctx).vintages.load({
          indicatorId: o.row.indicator.id,
          period: o.row.period,
        });
        const shown = seesOnlyPublic(ctx.caller) ? onRecord(rows, o.asOf, true) : rows;
        return shown.map((row) => ({ row, asOf: o.asOf }));
      },
    }),
    yoy: t.field({
      type: YoyChangeRef,
      nullable: true,
      description:
        'Against the same period a year earlier, as on record at the same asOf; null without that figure.',
      resolve: async (o, _, ctx) => {
        const period = previousYearPeriod(o.row.period).text;
        const previous = await statisticsLoaders(ctx).vintages.load({
          indicatorId: o.row.indicator.id,
          period,
        });
        return yoyOf(o.row.value, previous, o.asOf, seesOnlyPublic(ctx.caller));
      },
    }),
    cumulative: t.string({
      nullable: true,
      description:
        'Running total within the calendar year up to this figure (SUM indicators only; null otherwise).',
      resolve: async (o, _, ctx) => {
        const year = toPeriod(o.row.period).from.year;
        const [indicator, rows] = await Promise.all([
          IndicatorRef.getDataloader(ctx).load(o.row.indicator.id),
          statisticsLoaders(ctx).year.load({ indicatorId: o.row.indicator.id, year }),
        ]);
        return cumulativeOf(o.row, rows, indicator.aggregation, o.asOf, seesOnlyPublic(ctx.caller));
      },
    }),
    version: t.int({ resolve: (o) => o.row.version }),
    createdAt: t.field({ type: 'DateTime', resolve: (o) => o.row.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (o) => o.row.updatedAt }),
  }),
});

/** A period argument, read by the domain; a bad one is the caller's error. */
export function periodArgument(text: string | null | undefined, argument: string) {
  if (text == null) return null;
  const parsed = parsePeriod(text, argument);
  if (!parsed.ok) {
    throw badInput(`${argument}: "${text}" is not a period (e.g. 2021, 2021-Q2, 2021-04, 2021-01/2021-04)`, {
      argument,
    });
  }
  return parsed.value;
}

const byPeriodThenVintage = (a: ObservationView, b: ObservationView) =>
  comparePeriods(a.row.period, b.row.period) || a.row.vintage - b.row.vintage;

builder.objectFields(IndicatorRef, (t) => ({
  observations: t.loadableList({
    type: ObservationRef,
    byPath: true,
    description:
      'Figures in period order: the current vintages; with asOf, what was on record then; with includeSuperseded, every vintage. To the public: the figures released and shown at that moment (now, or asOf).',
    args: {
      from: t.arg.string({ description: 'Only periods starting on or after this period starts.' }),
      to: t.arg.string({ description: 'Only periods ending on or before this period ends.' }),
      asOf: t.arg({ type: 'DateTime', description: 'An instant in the past; the future is refused.' }),
      includeSuperseded: t.arg.boolean({ defaultValue: false }),
    },
    load: async (indicatorIds: string[], ctx, args) => {
      const asOf = checkAsOf(args.asOf);
      const publicOnly = seesOnlyPublic(ctx.caller);
      const rows = await observationRepository.inRange(ctx.em, indicatorIds, {
        start: periodArgument(args.from, 'from')?.start,
        end: periodArgument(args.to, 'to')?.end,
        asOf,
        includeSuperseded: args.includeSuperseded,
        publicOnly,
      });
      return indicatorIds.map((id) => {
        const own = rows.filter((row) => row.indicator.id === id);
        // The public's history is what it was shown: one vintage per figure at a moment.
        const chosen = args.includeSuperseded && !publicOnly ? own : onRecord(own, asOf, publicOnly);
        return chosen.map((row): ObservationView => ({ row, asOf })).sort(byPeriodThenVintage);
      });
    },
    resolve: (indicator: IndicatorRow, args) => {
      // Checked here too, so a bad argument fails this field before anything is loaded.
      checkAsOf(args.asOf);
      periodArgument(args.from, 'from');
      periodArgument(args.to, 'to');
      return indicator.id;
    },
  }),
  latest: t.field({
    type: ObservationRef,
    nullable: true,
    description: 'The current figure for the latest period; null before the first figure.',
    resolve: async (indicator, _, ctx): Promise<ObservationView | null> => {
      const row = await statisticsLoaders(ctx).latest.load(indicator.id);
      return row ? { row, asOf: null } : null;
    },
  }),
}));
