import {
  cumulative,
  Frequency,
  formatIssue,
  Granularity,
  INDICATOR_FIELD_LABELS,
  type Locale,
  labelParams,
  MONTHS_IN,
  type Period,
  previousYearPeriod,
  progressToTarget,
  rollUp,
  toPeriod,
  type ValidationIssue,
  wasKnownAt,
  yoyChange,
} from '@bitgoeul/domain';
import { badInput } from '../../graphql/errors.js';
import type { YoyView } from './derived.js';
import type { IndicatorRow, ObservationRow, TargetEntity } from './indicator.entity.js';

export interface SeriesPoint {
  period: string;
  value: string;
  count: number;
  expected: number;
  complete: boolean;
  yoy: YoyView | null;
  cumulative: string | null;
  /** What the point's target and progress are read against; the targets load only when asked for. */
  indicator: IndicatorRow;
  asOf: Date | null;
}

/** The point's target: the last one on record for its period. */
export function pointTarget(point: SeriesPoint, targets: readonly TargetEntity[]): TargetEntity | null {
  return (
    targetsKnown(targets, point.indicator.id, point.asOf)
      .filter((target) => target.period === point.period)
      .at(-1) ?? null
  );
}

/** Percent of the point's target, one decimal: against the year's running total for a cumulative target. */
export function pointProgress(point: SeriesPoint, target: TargetEntity | null): string | null {
  if (!target) return null;
  const compared = target.kind === 'CUMULATIVE' && point.cumulative ? point.cumulative : point.value;
  return progressToTarget(compared, target.value, point.indicator.direction);
}

export interface SeriesRange {
  from: Period;
  to: Period;
  frequency: Frequency | null | undefined;
  asOf: Date | null;
}

export function refuse(issue: ValidationIssue, locale: Locale): never {
  throw badInput(formatIssue(issue, locale, INDICATOR_FIELD_LABELS), {
    argument: issue.field,
    issueCode: issue.code,
  });
}

/** The grain the series is drawn at, refusing one finer than the indicator's own. */
export function seriesGrain(indicator: IndicatorRow, asked: Frequency | null | undefined, locale: Locale) {
  const wanted = asked ?? indicator.frequency;
  if (wanted === 'IRREGULAR') {
    if (indicator.frequency === 'IRREGULAR') return null;
    return refuse(
      { field: 'frequency', code: 'UNKNOWN_CODE', params: { allowed: Granularity.codes.join(', ') } },
      locale,
    );
  }
  if (indicator.frequency !== 'IRREGULAR' && MONTHS_IN[wanted] < MONTHS_IN[indicator.frequency]) {
    refuse(
      {
        field: 'frequency',
        code: 'FREQUENCY_TOO_FINE',
        params: {
          ...labelParams(Frequency, indicator.frequency, 'from'),
          ...labelParams(Frequency, wanted, 'to'),
        },
      },
      locale,
    );
  }
  return wanted;
}

/** The targets on record at `asOf` (domain wasKnownAt), or the current ones. */
export function targetsKnown(targets: readonly TargetEntity[], indicatorId: string, asOf: Date | null) {
  return targets.filter((target) =>
    asOf
      ? wasKnownAt(
          {
            indicatorId,
            period: target.period ?? '',
            recordedAt: target.recordedAt.toISOString(),
            supersededAt: target.supersededAt?.toISOString() ?? null,
          },
          asOf,
        )
      : target.supersededAt == null,
  );
}

/**
 * One indicator's series from the figures on record (a year before `from` included, for yoy and
 * the year's running total): rolled up, then each point with yoy and cumulative — every number
 * from the domain. Target and progress are the point's to work out (pointTarget, pointProgress).
 */
export function drawSeries(
  indicator: IndicatorRow,
  onRecord: readonly ObservationRow[],
  range: SeriesRange,
  locale: Locale,
): SeriesPoint[] {
  const grain = seriesGrain(indicator, range.frequency, locale);
  const source = grain && indicator.frequency === 'IRREGULAR' ? grain : null;
  const points = onRecord
    .filter((row) => {
      const period = toPeriod(row.period);
      if (grain === null) return true;
      // Spans are aggregates already; an irregular indicator contributes the figures of the asked grain.
      return period.kind === 'SINGLE' && (!source || period.granularity === source);
    })
    .map((row) => ({ period: row.period, value: row.value }));
  const rolled = grain
    ? rollUp(points, grain, indicator.aggregation)
    : { ok: true as const, value: points.map((p) => ({ ...p, count: 1, expected: 1, complete: true })) };
  if (!rolled.ok) return refuse(rolled.issues[0]!, locale);

  const byPeriod = new Map(rolled.value.map((p) => [p.period, p]));
  const running = new Map<string, string>();
  if (indicator.aggregation === 'SUM' && grain) {
    const years = new Map<number, typeof rolled.value>();
    for (const p of rolled.value) {
      const year = toPeriod(p.period).from.year;
      years.set(year, [...(years.get(year) ?? []), p]);
    }
    for (const inYear of years.values()) {
      for (const p of cumulative(inYear)) running.set(p.period, p.cumulative);
    }
  }
  return rolled.value
    .filter((p) => {
      const period = toPeriod(p.period);
      return period.start >= range.from.start && period.end <= range.to.end;
    })
    .map((p): SeriesPoint => {
      const previous = byPeriod.get(previousYearPeriod(p.period).text);
      const change = previous ? yoyChange(p.value, previous.value) : null;
      return {
        ...p,
        yoy:
          change && previous
            ? { previous: previous.value, change: change.difference, percent: change.percent }
            : null,
        cumulative: running.get(p.period) ?? null,
        indicator,
        asOf: range.asOf,
      };
    });
}
