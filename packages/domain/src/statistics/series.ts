import {
  absDecimal,
  addDecimals,
  compareDecimals,
  decimalSign,
  divideDecimals,
  multiplyDecimals,
  type Rounding,
  subtractDecimals,
  toFixedDecimal,
} from './decimal.js';
import type { Direction } from './indicator.js';
import { comparePeriods, type Period, toPeriod } from './period.js';

/**
 * The derived figures. They are computed here and only here — the API and the admin call these
 * functions and never store a result twice. Percentages come back as display strings with exactly
 * one decimal ("7.2", "53.0"), rounded HALF_UP like every figure in Bitgoeul.
 */
export const PERCENT_PLACES = 1;

export interface YoyChange {
  /** current − previous, exact. */
  difference: string;
  /** The change as a percentage of |previous|, to one decimal; null when previous is zero. */
  percent: string | null;
}

/**
 * Year-on-year change. Null when there is no year-earlier figure. The base is taken as |previous|
 * so that a loss shrinking from −100 to −50 reads as +50 %, an improvement, not −50 %.
 */
export function yoyChange(current: string, previous: string | null | undefined): YoyChange | null {
  if (previous === null || previous === undefined) return null;
  const difference = subtractDecimals(current, previous);
  if (decimalSign(previous) === 0) return { difference, percent: null };
  return { difference, percent: percentOf(difference, absDecimal(previous)) };
}

function percentOf(part: string, whole: string, rounding: Rounding = 'HALF_UP'): string {
  // Scaled by 100 first so there is a single division, hence a single rounding.
  return toFixedDecimal(
    divideDecimals(multiplyDecimals(part, '100'), whole, PERCENT_PLACES, rounding),
    PERCENT_PLACES,
  );
}

/**
 * The year-earlier value implied by a current value and its reported growth:
 * base = current × 100 / (100 + percent). The seed reports 2,769 births for January–April 2021,
 * up 7.2 %, so the base is 2,583 (2,583.02…). Rounded to `places` (0: a count of people).
 * The result is an estimate; marking it ESTIMATED is the caller's job. Null for −100 %.
 */
export function baseFromYoy(current: string, percent: string, places = 0): string | null {
  const denominator = addDecimals('100', percent);
  if (decimalSign(denominator) === 0) return null;
  return divideDecimals(multiplyDecimals(current, '100'), denominator, places);
}

export interface PeriodValue {
  period: string;
  value: string;
}

export interface CumulativePoint extends PeriodValue {
  cumulative: string;
}

/**
 * Running totals in period order (cumulative to date). The periods must not overlap — a month and a
 * span containing it would be counted twice — so overlapping input is a programming error and throws.
 */
export function cumulative(points: readonly PeriodValue[]): CumulativePoint[] {
  const sorted = points
    .map((p) => ({ ...p, parsed: toPeriod(p.period) }))
    .sort((a, b) => comparePeriods(a.parsed, b.parsed));
  let total = '0';
  let previous: Period | null = null;
  return sorted.map(({ parsed, ...point }) => {
    if (previous && parsed.start <= previous.end) {
      throw new RangeError(`Periods overlap: ${previous.text} and ${parsed.text}`);
    }
    previous = parsed;
    total = addDecimals(total, point.value);
    return { ...point, cumulative: total };
  });
}

/**
 * How far a value has come towards a target, in percent (one decimal), respecting the direction:
 * - UP_IS_GOOD: from the baseline (default 0) up to the target — GGM's 530 of 1,000 jobs is 53.0.
 * - DOWN_IS_GOOD: from the baseline down to a lower target; without a baseline there is no distance
 *   to measure, so the answer is null.
 * Not clamped: over 100 means the target is beaten, below 0 means things went the wrong way.
 * Null when target and baseline are equal (no distance to cover).
 */
export function progressToTarget(
  value: string,
  target: string,
  direction: Direction,
  baseline?: string | null,
): string | null {
  if (direction === 'DOWN_IS_GOOD' && (baseline === null || baseline === undefined)) return null;
  const start = baseline ?? '0';
  const covered =
    direction === 'UP_IS_GOOD' ? subtractDecimals(value, start) : subtractDecimals(start, value);
  const distance =
    direction === 'UP_IS_GOOD' ? subtractDecimals(target, start) : subtractDecimals(start, target);
  if (compareDecimals(distance, '0') === 0) return null;
  return percentOf(covered, distance);
}
