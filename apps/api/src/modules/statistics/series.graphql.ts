import { type Frequency, previousYearPeriod, toPeriod } from '@bitgoeul/domain';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import type { IndicatorRow } from './indicator.entity.js';
import { periodArgument, YoyChangeRef } from './observation.graphql.js';
import { observationRepository, onRecord } from './observation.repository.js';
import {
  drawSeries,
  pointProgress,
  pointTarget,
  type SeriesPoint,
  type SeriesRange,
  seriesGrain,
} from './series.js';
import { checkAsOf, statisticsLoaders } from './statistics.loaders.js';
import { FrequencyEnum, IndicatorRef, TargetRef } from './statistics.ref.js';

const SeriesPointRef = builder.objectRef<SeriesPoint>('SeriesPoint').implement({
  description:
    "One period of a series, rolled up with the indicator's aggregation; every figure from the domain.",
  fields: (t) => ({
    period: t.exposeString('period'),
    periodStart: t.field({ type: 'Date', resolve: (p) => toPeriod(p.period).start }),
    periodEnd: t.field({ type: 'Date', resolve: (p) => toPeriod(p.period).end }),
    value: t.exposeString('value', { description: 'Exact decimal text.' }),
    count: t.exposeInt('count', { description: 'How many figures went into this point.' }),
    expected: t.exposeInt('expected', { description: 'How many a full period has (3 months in a quarter).' }),
    complete: t.exposeBoolean('complete', {
      description: 'False for a period with gaps or still running: a SUM over it is a partial total.',
    }),
    yoy: t.field({ type: YoyChangeRef, nullable: true, resolve: (p) => p.yoy }),
    cumulative: t.exposeString('cumulative', {
      nullable: true,
      description: 'Running total within the calendar year (SUM indicators only).',
    }),
    // The targets load (one statement for every indicator of the request) only when one of these is asked for.
    target: t.field({
      type: TargetRef,
      nullable: true,
      resolve: async (p, _, ctx) => pointTarget(p, await targetsOf(ctx, p)),
    }),
    progress: t.string({
      nullable: true,
      description: 'Percent of the target, one decimal.',
      resolve: async (p, _, ctx) => pointProgress(p, pointTarget(p, await targetsOf(ctx, p))),
    }),
  }),
});

const targetsOf = (ctx: Context, point: SeriesPoint) =>
  statisticsLoaders(ctx).targets.load(`${point.indicator.id}:all`);

builder.objectFields(IndicatorRef, (t) => ({
  series: t.loadableList({
    type: SeriesPointRef,
    byPath: true,
    description:
      "Figures from `from` to `to`, rolled up to `frequency` (default: the indicator's own) by its aggregation, with yoy, cumulative, target and progress. A frequency finer than the indicator's is refused (FREQUENCY_TOO_FINE). Spans (2021-01/2021-04) are aggregates already and are left out of a regular series.",
    args: {
      from: t.arg.string({ required: true, description: 'First period, e.g. 2019-01 or 2019.' }),
      to: t.arg.string({ required: true, description: 'Last period.' }),
      frequency: t.arg({ type: FrequencyEnum }),
      asOf: t.arg({ type: 'DateTime', description: 'What was on record at this instant (past only).' }),
    },
    // One query for the figures of a whole page of indicators; an indicator the arguments do not
    // fit (a finer frequency) fails on its own.
    load: async (indicators: IndicatorRow[], ctx, args) => {
      const range = seriesRange(args);
      const rows = await observationRepository.inRange(
        ctx.em,
        indicators.map((i) => i.id),
        {
          start: `${previousYearPeriod(range.from).from.year}-01-01`,
          end: range.to.end,
          asOf: range.asOf,
          publicOnly: seesOnlyPublic(ctx.caller),
        },
      );
      return indicators.map((indicator) => {
        try {
          const own = onRecord(
            rows.filter((row) => row.indicator.id === indicator.id),
            range.asOf,
            seesOnlyPublic(ctx.caller),
          );
          return drawSeries(indicator, own, range, ctx.locale);
        } catch (error) {
          return error as Error;
        }
      });
    },
    resolve: (indicator, args, ctx) => {
      // Checked before loading, so that bad arguments fail this field with their own error.
      const range = seriesRange(args);
      seriesGrain(indicator, range.frequency, ctx.locale);
      return indicator;
    },
  }),
}));

function seriesRange(args: {
  from: string;
  to: string;
  frequency?: Frequency | null;
  asOf?: Date | null;
}): SeriesRange {
  const asOf = checkAsOf(args.asOf);
  const from = periodArgument(args.from, 'from')!;
  const to = periodArgument(args.to, 'to')!;
  if (to.end < from.start) throw badInput('to must not be before from', { argument: 'to' });
  return { from, to, frequency: args.frequency, asOf };
}
