import { labelParams } from '../shared/issues.js';
import type { Validated, ValidationIssue } from '../shared/validation.js';
import { addDecimals, canonicalDecimal, divideDecimals, sumDecimals } from './decimal.js';
import { Frequency, Granularity, MONTHS_IN } from './frequency.js';
import type { Aggregation } from './indicator.js';
import {
  comparePeriods,
  containingPoint,
  type Period,
  type PeriodPoint,
  parsePeriod,
  periodFrom,
} from './period.js';
import type { PeriodValue } from './series.js';

export interface RolledUpValue {
  period: string;
  value: string;
  /** How many source periods went in. */
  count: number;
  /** How many there would be in a full period (3 months in a quarter). */
  expected: number;
  /** False for a period still in progress or with gaps; a SUM over it is a partial total. */
  complete: boolean;
}

/** Extra decimals an AVERAGE keeps beyond its inputs' own, rounded HALF_UP. */
export const AVERAGE_EXTRA_PLACES = 2;

const scaleOf = (value: string) => value.split('.')[1]?.length ?? 0;

/**
 * Rolls single-period figures up to a coarser grain (months → quarters → years) by the indicator's
 * aggregation: SUM adds, LAST takes the latest period present, AVERAGE is the mean of the periods
 * present. Refused: a finer target than the source (FREQUENCY_TOO_FINE), spans or mixed grains
 * (PERIOD_FREQUENCY_MISMATCH: a span is already an aggregate), and a period given twice (DUPLICATE —
 * pass one vintage per period, e.g. `currentVintage`'s answer).
 */
export function rollUp(
  points: readonly PeriodValue[],
  toFrequency: Granularity,
  aggregation: Aggregation,
): Validated<RolledUpValue[]> {
  if (!Granularity.is(toFrequency)) {
    return {
      ok: false,
      issues: [
        { field: 'toFrequency', code: 'UNKNOWN_CODE', params: { allowed: Granularity.codes.join(', ') } },
      ],
    };
  }
  const parsed: Period[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  points.forEach((point, i) => {
    const field = `points.${i}.period`;
    const result = parsePeriod(point.period, field);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    const period = result.value;
    const source = parsed[0]?.granularity ?? period.granularity;
    if (period.kind === 'SPAN' || period.granularity !== source) {
      issues.push({
        field,
        code: 'PERIOD_FREQUENCY_MISMATCH',
        params: { period: period.text, ...labelParams(Frequency, source, 'frequency') },
      });
    } else if (seen.has(period.text)) {
      issues.push({ field, code: 'DUPLICATE', params: { value: period.text } });
    }
    seen.add(period.text);
    parsed.push(period);
  });
  if (issues.length > 0) return { ok: false, issues };
  const source = parsed[0]?.granularity;
  if (source === undefined) return { ok: true, value: [] };
  if (MONTHS_IN[toFrequency] < MONTHS_IN[source]) {
    return {
      ok: false,
      issues: [
        {
          field: 'toFrequency',
          code: 'FREQUENCY_TOO_FINE',
          params: { ...labelParams(Frequency, source, 'from'), ...labelParams(Frequency, toFrequency, 'to') },
        },
      ],
    };
  }

  const groups = new Map<string, { target: PeriodPoint; members: { period: Period; value: string }[] }>();
  parsed.forEach((period, i) => {
    const target = containingPoint(period.from, toFrequency);
    const key = periodFrom(target).text;
    const group = groups.get(key) ?? { target, members: [] };
    group.members.push({ period, value: points[i]!.value });
    groups.set(key, group);
  });

  const expected = MONTHS_IN[toFrequency] / MONTHS_IN[source];
  const out = [...groups.values()].map(({ target, members }): RolledUpValue => {
    members.sort((a, b) => comparePeriods(a.period, b.period));
    const values = members.map((m) => m.value);
    return {
      period: periodFrom(target).text,
      value: aggregate(values, aggregation),
      count: members.length,
      expected,
      complete: members.length === expected,
    };
  });
  out.sort((a, b) => comparePeriods(a.period, b.period));
  return { ok: true, value: out };
}

function aggregate(values: readonly string[], aggregation: Aggregation): string {
  switch (aggregation) {
    case 'SUM':
      return sumDecimals(values);
    case 'LAST':
      return canonicalDecimal(values[values.length - 1]!);
    case 'AVERAGE': {
      const places = Math.max(...values.map(scaleOf)) + AVERAGE_EXTRA_PLACES;
      return divideDecimals(values.reduce(addDecimals, '0'), String(values.length), places);
    }
  }
}
