import type { ValidationIssue } from '../shared/validation.js';
import { comparePeriods, parsePeriod } from './period.js';

/**
 * Revisions are kept. A correction does not overwrite a figure: it records a new vintage and marks
 * the old one superseded at that moment, so "what did we know on date D" has an answer.
 * `recordedAt` and `supersededAt` are ISO 8601 timestamps; `vintage` (1, 2, …) breaks ties when two
 * vintages carry the same timestamp.
 */
export interface VintageRecord {
  id?: string;
  indicatorId: string;
  period: string;
  recordedAt: string;
  supersededAt: string | null;
  vintage?: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A moment as milliseconds. A bare date means the end of that day in Asia/Seoul, the city's
 * calendar: asking about 2021-06-30 includes everything recorded on the 30th.
 */
function instant(at: string | Date): number {
  const ms =
    at instanceof Date ? at.getTime() : Date.parse(DATE_ONLY.test(at) ? `${at}T23:59:59.999+09:00` : at);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date or timestamp: "${String(at)}"`);
  return ms;
}

function keyOf(record: VintageRecord): string {
  const parsed = parsePeriod(record.period);
  return `${record.indicatorId}\u0000${parsed.ok ? parsed.value.text : record.period}`;
}

/** Later recording wins; the vintage number decides between equal timestamps. */
function isNewer(a: VintageRecord, b: VintageRecord): boolean {
  const d = instant(a.recordedAt) - instant(b.recordedAt);
  return d > 0 || (d === 0 && (a.vintage ?? 0) > (b.vintage ?? 0));
}

function latestPerKey<T extends VintageRecord>(records: readonly T[], keep: (r: T) => boolean): T[] {
  const best = new Map<string, T>();
  for (const r of records) {
    if (!keep(r)) continue;
    const key = keyOf(r);
    const current = best.get(key);
    if (!current || isNewer(r, current)) best.set(key, r);
  }
  return [...best.values()].sort(
    (a, b) => a.indicatorId.localeCompare(b.indicatorId) || comparePeriods(a.period, b.period),
  );
}

/** Whether a vintage was the one on record at a moment. */
export function wasKnownAt(record: VintageRecord, at: string | Date): boolean {
  const t = instant(at);
  return (
    instant(record.recordedAt) <= t && (record.supersededAt === null || instant(record.supersededAt) > t)
  );
}

/** What was known at a moment: for each (indicator, period), the vintage then on record. */
export function asOf<T extends VintageRecord>(records: readonly T[], at: string | Date): T[] {
  return latestPerKey(records, (r) => wasKnownAt(r, at));
}

/**
 * The figures as they stand now: for each (indicator, period), the latest vintage not superseded.
 * A period whose every vintage is superseded has been withdrawn and does not appear.
 */
export function currentVintage<T extends VintageRecord>(records: readonly T[]): T[] {
  return latestPerKey(records, (r) => r.supersededAt === null);
}

/** Every vintage of one figure, oldest first: the history a reader sees next to a corrected value. */
export function vintagesOf<T extends VintageRecord>(
  records: readonly T[],
  indicatorId: string,
  period: string,
): T[] {
  const key = keyOf({ indicatorId, period, recordedAt: '1970-01-01', supersededAt: null });
  return records.filter((r) => keyOf(r) === key).sort((a, b) => (isNewer(a, b) ? 1 : isNewer(b, a) ? -1 : 0));
}

/**
 * A new current vintage is refused while another is current for the same indicator and period:
 * a correction must supersede the old figure in the same write (see `supersede`).
 */
export function checkSingleCurrentVintage(
  existing: readonly VintageRecord[],
  candidate: VintageRecord,
): ValidationIssue | null {
  if (candidate.supersededAt !== null) return null;
  const key = keyOf(candidate);
  const clash = existing.find(
    (e) => e.supersededAt === null && keyOf(e) === key && (e.id === undefined || e.id !== candidate.id),
  );
  if (!clash) return null;
  return {
    field: 'period',
    code: 'DUPLICATE_VINTAGE',
    params: { period: candidate.period, indicatorId: candidate.indicatorId },
  };
}

/** Marks a vintage superseded at `at`. A vintage cannot be superseded twice or before it was recorded. */
export function supersede<T extends VintageRecord>(record: T, at: string): T {
  if (record.supersededAt !== null) throw new RangeError('This vintage is already superseded');
  if (instant(at) < instant(record.recordedAt))
    throw new RangeError('A vintage cannot be superseded before it was recorded');
  return { ...record, supersededAt: at };
}
