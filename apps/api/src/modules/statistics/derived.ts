import { type Aggregation, cumulative, toPeriod, yoyChange } from '@bitgoeul/domain';
import type { ObservationRow, TargetEntity } from './indicator.entity.js';
import { onRecord } from './observation.repository.js';

/**
 * The derived figures as the API shows them. Every number is the domain's (yoyChange, cumulative,
 * progressToTarget); this file only chooses which stored figures go in.
 */
export interface YoyView {
  previous: string;
  change: string;
  percent: string | null;
}

/** Year on year against the same period a year earlier, as it was on record (or public) at `asOf` (or now). */
export function yoyOf(
  value: string,
  previousVintages: readonly ObservationRow[],
  asOf: Date | null,
  publicOnly: boolean,
): YoyView | null {
  const [previous] = onRecord(previousVintages, asOf, publicOnly);
  const change = previous ? yoyChange(value, previous.value) : null;
  return change && previous
    ? { previous: previous.value, change: change.difference, percent: change.percent }
    : null;
}

/**
 * The running total within the calendar year up to and including this figure. Only a SUM indicator
 * has one (a head count or an average does not add up). The figures before it are the single
 * periods of its own grain that end before it starts, so a January–April span is its own total.
 */
export function cumulativeOf(
  row: ObservationRow,
  yearVintages: readonly ObservationRow[],
  aggregation: Aggregation,
  asOf: Date | null,
  publicOnly: boolean,
): string | null {
  if (aggregation !== 'SUM') return null;
  const self = toPeriod(row.period);
  const before = onRecord(yearVintages, asOf, publicOnly).filter((other) => {
    const period = toPeriod(other.period);
    return period.kind === 'SINGLE' && period.granularity === self.granularity && period.end < self.start;
  });
  const points = [...before, row].map((r) => ({ period: r.period, value: r.value }));
  return cumulative(points).at(-1)?.cumulative ?? null;
}

/**
 * The target a figure is measured against: one set for its own period, else one for no period
 * (a deadline or the end of the program), the latest recorded winning.
 */
export function targetFor(period: string, targets: readonly TargetEntity[]): TargetEntity | null {
  const current = targets.filter((t) => t.supersededAt == null);
  const latest = (list: TargetEntity[]) =>
    list.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime()).at(-1) ?? null;
  return latest(current.filter((t) => t.period === period)) ?? latest(current.filter((t) => !t.period));
}
