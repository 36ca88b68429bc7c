import { z } from 'zod';
import { labelParams } from '../shared/issues.js';
import { PERIOD_TEXT_MAX } from '../shared/limits.js';
import type { Locale } from '../shared/locale.js';
import type { Validated, ValidationIssue } from '../shared/validation.js';
import { Frequency, type Granularity, MONTHS_IN } from './frequency.js';

/**
 * A statistical period: `2021` (a year), `2021-Q2` (a quarter), `2021-04` (a month), or a span of
 * one grain, `2021-01/2021-04`, for a figure that covers several of them (births January to April).
 * Spans use the ISO 8601 interval slash. A span whose two ends are equal is the single period.
 */
export interface PeriodPoint {
  granularity: Granularity;
  year: number;
  /** 1 for a year, 1–4 for a quarter, 1–12 for a month. */
  index: number;
}

interface PeriodBase {
  granularity: Granularity;
  from: PeriodPoint;
  to: PeriodPoint;
  /** The canonical spelling, which is what is stored. */
  text: string;
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  end: string;
}
export interface SinglePeriod extends PeriodBase {
  kind: 'SINGLE';
}
export interface PeriodSpan extends PeriodBase {
  kind: 'SPAN';
}
export type Period = SinglePeriod | PeriodSpan;

const EXAMPLES: Readonly<Record<Granularity | 'ANY' | 'SPAN', string>> = {
  YEAR: '2021',
  QUARTER: '2021-Q2',
  MONTH: '2021-04',
  SPAN: '2021-01/2021-04',
  ANY: '2021, 2021-Q2, 2021-04, 2021-01/2021-04',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Months counted from year 0, so that periods of any grain compare as plain numbers. */
function firstMonth(p: PeriodPoint): number {
  return p.year * 12 + (p.index - 1) * MONTHS_IN[p.granularity];
}
function lastMonth(p: PeriodPoint): number {
  return firstMonth(p) + MONTHS_IN[p.granularity] - 1;
}

function pointText(p: PeriodPoint): string {
  if (p.granularity === 'YEAR') return String(p.year);
  if (p.granularity === 'QUARTER') return `${p.year}-Q${p.index}`;
  return `${p.year}-${pad(p.index)}`;
}

type PointResult = { ok: true; point: PeriodPoint } | { ok: false; example: string };

function parsePoint(text: string): PointResult {
  let m = /^([1-9]\d{3})$/.exec(text);
  if (m) return { ok: true, point: { granularity: 'YEAR', year: Number(m[1]), index: 1 } };
  m = /^([1-9]\d{3})-[Qq](\d+)$/.exec(text);
  if (m) {
    const index = Number(m[2]);
    if (index < 1 || index > 4) return { ok: false, example: EXAMPLES.QUARTER };
    return { ok: true, point: { granularity: 'QUARTER', year: Number(m[1]), index } };
  }
  m = /^([1-9]\d{3})-(\d{2})$/.exec(text);
  if (m) {
    const index = Number(m[2]);
    if (index < 1 || index > 12) return { ok: false, example: EXAMPLES.MONTH };
    return { ok: true, point: { granularity: 'MONTH', year: Number(m[1]), index } };
  }
  return { ok: false, example: EXAMPLES.ANY };
}

function monthStart(month: number): string {
  return `${Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`;
}
function monthEnd(month: number): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${pad(m)}-${pad(days)}`;
}

/** Builds a period from its ends (equal ends give a single period). The caller keeps from ≤ to. */
export function periodFrom(from: PeriodPoint, to: PeriodPoint = from): Period {
  const single = firstMonth(from) === firstMonth(to) && from.granularity === to.granularity;
  const base = {
    granularity: from.granularity,
    from,
    to: single ? from : to,
    text: single ? pointText(from) : `${pointText(from)}/${pointText(to)}`,
    start: monthStart(firstMonth(from)),
    end: monthEnd(lastMonth(single ? from : to)),
  };
  return single ? { kind: 'SINGLE', ...base } : { kind: 'SPAN', ...base };
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `May`, `Sep.`, `September` → 5, 9, 9: a month's English name or its first three letters. */
function monthNamed(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((name) => key === name || key === name.slice(0, 3));
  return index < 0 ? null : index + 1;
}

const month = (year: string, m: number | string) => `${year}-${pad(Number(m))}`;

type Spelling = readonly [RegExp, (m: RegExpExecArray) => string | null];

function firstSpelling(rules: readonly Spelling[], text: string): string | null {
  for (const [pattern, spell] of rules) {
    const m = pattern.exec(text);
    if (m) return spell(m);
  }
  return null;
}

const DASH = String.raw`\s*[~–—-]\s*`;

/** One period as people write it. */
const POINT_SPELLINGS: readonly Spelling[] = [
  [/^(\d{4})(?:년)?$/, (m) => m[1]!],
  [/^(\d{4})\s*[-. ]?\s*[Qq]([1-9])$/, (m) => `${m[1]}-Q${m[2]}`],
  [/^(\d{4})년\s*([1-9])\s*분기$/, (m) => `${m[1]}-Q${m[2]}`],
  [/^[Qq]([1-9])\s+(\d{4})$/, (m) => `${m[2]}-Q${m[1]}`],
  [/^(\d{4})[-.](\d{1,2})\.?$/, (m) => month(m[1]!, m[2]!)],
  [/^(\d{4})년\s*(\d{1,2})\s*월$/, (m) => month(m[1]!, m[2]!)],
  [
    /^([A-Za-z]+\.?)\s+(\d{4})$/,
    (m) => {
      const named = monthNamed(m[1]!);
      return named ? month(m[2]!, named) : null;
    },
  ],
];

/** A span within one year written once: `2021년 1~5월`, `2021년 1~2분기`, `2020~2021년`, `Jan–May 2021`. */
const SHARED_YEAR_SPELLINGS: readonly Spelling[] = [
  [
    new RegExp(String.raw`^(\d{4})년\s*(\d{1,2})${DASH}(\d{1,2})\s*월$`),
    (m) => `${month(m[1]!, m[2]!)}/${month(m[1]!, m[3]!)}`,
  ],
  [
    new RegExp(String.raw`^(\d{4})년\s*([1-9])${DASH}([1-9])\s*분기$`),
    (m) => `${m[1]}-Q${m[2]}/${m[1]}-Q${m[3]}`,
  ],
  [new RegExp(String.raw`^(\d{4})${DASH}(\d{4})\s*년?$`), (m) => `${m[1]}/${m[2]}`],
  [
    new RegExp(String.raw`^[Qq]([1-9])${DASH}[Qq]([1-9])\s+(\d{4})$`),
    (m) => `${m[3]}-Q${m[1]}/${m[3]}-Q${m[2]}`,
  ],
  [
    new RegExp(String.raw`^([A-Za-z]+\.?)${DASH}([A-Za-z]+\.?)\s+(\d{4})$`),
    (m) => {
      const [a, b] = [monthNamed(m[1]!), monthNamed(m[2]!)];
      return a && b ? `${month(m[3]!, a)}/${month(m[3]!, b)}` : null;
    },
  ],
];

/**
 * The canonical spelling of a period written as the panel and the press write it — `2021년 1~5월`,
 * `2021년 5월`, `2021년 2분기`, `2021 Q2`, `2021.05`, `2021-5`, `Jan–May 2021`, `2020~2021년`,
 * `2021년 11월~2022년 2월` — so that what `periodLabel` prints can be typed back. Text it cannot read is
 * returned as given, for `parsePeriod` to refuse with an example.
 */
export function periodSpelling(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const shared = firstSpelling(SHARED_YEAR_SPELLINGS, t);
  if (shared) return shared;
  const parts = t.split(/\s*(?:~|–|—|\/|\s-\s)\s*/);
  const point = (part: string) => firstSpelling(POINT_SPELLINGS, part);
  if (parts.length === 1) return point(t) ?? t;
  if (parts.length === 2) {
    const [a, b] = parts.map(point);
    if (a && b) return `${a}/${b}`;
  }
  return t;
}

/** Reads a period; bad text is refused with INVALID_FORMAT and an example of the right spelling. */
export function parsePeriod(text: string, field = 'period'): Validated<Period> {
  const invalid = (example: string): Validated<Period> => ({
    ok: false,
    issues: [{ field, code: 'INVALID_FORMAT', params: { example } }],
  });
  const parts = periodSpelling(text).split('/');
  if (parts.length > 2) return invalid(EXAMPLES.SPAN);
  const points: PeriodPoint[] = [];
  for (const part of parts) {
    const result = parsePoint(part.trim());
    if (!result.ok) return invalid(result.example);
    points.push(result.point);
  }
  const [from, to = from] = points as [PeriodPoint, PeriodPoint?];
  if (from.granularity !== to.granularity) return invalid(EXAMPLES.SPAN);
  if (firstMonth(to) < firstMonth(from)) {
    return { ok: false, issues: [{ field, code: 'END_BEFORE_START', params: { other: pointText(from) } }] };
  }
  return { ok: true, value: periodFrom(from, to) };
}

/** For code that holds stored (already validated) text: throws instead of answering with issues. */
export function toPeriod(period: string | Period): Period {
  if (typeof period !== 'string') return period;
  const result = parsePeriod(period);
  if (!result.ok) throw new RangeError(`Not a period: "${period}"`);
  return result.value;
}

export function formatPeriod(period: Period): string {
  return period.text;
}

/** Chronological order: by first month, then shorter first, then coarser grain (2021-Q1 before 2021-01/2021-03). */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const p = toPeriod(a);
  const q = toPeriod(b);
  return (
    firstMonth(p.from) - firstMonth(q.from) ||
    lastMonth(p.to) - lastMonth(q.to) ||
    MONTHS_IN[q.granularity] - MONTHS_IN[p.granularity]
  );
}

/** The same period one year earlier — the base of a year-on-year change. Spans shift as a whole. */
export function previousYearPeriod(period: string | Period): Period {
  const p = toPeriod(period);
  return periodFrom({ ...p.from, year: p.from.year - 1 }, { ...p.to, year: p.to.year - 1 });
}

/** How many months a period covers: 12 for a year, 3 for a quarter, 4 for January–April. */
export function periodMonthCount(period: string | Period): number {
  const p = toPeriod(period);
  return lastMonth(p.to) - firstMonth(p.from) + 1;
}

/**
 * Whether two periods are the same kind of period, whatever their year: January–April with
 * January–April, May with May, the second quarter with the second quarter, a year with a year. A
 * figure is compared only with one of the same kind (never January–May with January–April).
 */
export function isSameKindOfPeriod(a: string | Period, b: string | Period): boolean {
  const p = toPeriod(a);
  const q = toPeriod(b);
  return (
    p.kind === q.kind &&
    p.granularity === q.granularity &&
    p.from.index === q.from.index &&
    p.to.index === q.to.index &&
    p.to.year - p.from.year === q.to.year - q.from.year
  );
}

/** Whether a period runs from the start of its year: January–April, the first half, a whole year. */
export function isYearToDate(period: string | Period): boolean {
  const p = toPeriod(period);
  return p.from.index === 1 && p.from.year === p.to.year;
}

/** The period of grain `granularity` that contains a point (2021-05 is in 2021-Q2 and in 2021). */
export function containingPoint(point: PeriodPoint, granularity: Granularity): PeriodPoint {
  const month = firstMonth(point) - point.year * 12;
  return { granularity, year: point.year, index: Math.floor(month / MONTHS_IN[granularity]) + 1 };
}

/** The months a point covers, in order, as points of grain MONTH. */
export function monthsOf(point: PeriodPoint): PeriodPoint[] {
  const out: PeriodPoint[] = [];
  for (let m = firstMonth(point); m <= lastMonth(point); m++) {
    out.push({ granularity: 'MONTH', year: Math.floor(m / 12), index: (m % 12) + 1 });
  }
  return out;
}

/**
 * Whether an observation's period fits its indicator's frequency: a monthly indicator takes months
 * and spans of months (a cumulative January–April figure); IRREGULAR takes any period.
 */
export function periodMatchesFrequency(period: string | Period, frequency: Frequency): boolean {
  return frequency === 'IRREGULAR' || toPeriod(period).granularity === frequency;
}

/** The same check as an issue; a period that does not parse gets INVALID_FORMAT instead. */
export function checkPeriodFrequency(
  period: string,
  frequency: Frequency,
  field = 'period',
): ValidationIssue | null {
  const parsed = parsePeriod(period, field);
  if (!parsed.ok) return parsed.issues[0] ?? null;
  if (periodMatchesFrequency(parsed.value, frequency)) return null;
  return {
    field,
    code: 'PERIOD_FREQUENCY_MISMATCH',
    params: { period: parsed.value.text, ...labelParams(Frequency, frequency, 'frequency') },
  };
}

/** A period field in a zod schema: accepts any valid spelling, stores the canonical one. */
export const periodText = z
  .string()
  .max(PERIOD_TEXT_MAX)
  .transform((value, ctx) => {
    const parsed = parsePeriod(value);
    if (parsed.ok) return parsed.value.text;
    for (const issue of parsed.issues) {
      ctx.addIssue({ code: 'custom', message: issue.code, params: { code: issue.code, ...issue.params } });
    }
    return z.NEVER;
  });

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period as a reader says it: "2021년 1~4월" / "Jan–Apr 2021". */
export function periodLabel(period: string | Period, locale: Locale): string {
  const { from, to, kind, granularity } = toPeriod(period);
  const unit = (p: PeriodPoint) => {
    if (granularity === 'YEAR') return '';
    if (locale === 'ko') return granularity === 'QUARTER' ? `${p.index}분기` : `${p.index}월`;
    return granularity === 'QUARTER' ? `Q${p.index}` : (MONTH_EN[p.index - 1] ?? '');
  };
  const one = (p: PeriodPoint) => {
    if (granularity === 'YEAR') return locale === 'ko' ? `${p.year}년` : String(p.year);
    return locale === 'ko' ? `${p.year}년 ${unit(p)}` : `${unit(p)} ${p.year}`;
  };
  if (kind === 'SINGLE') return one(from);
  if (granularity === 'YEAR')
    return locale === 'ko' ? `${from.year}~${to.year}년` : `${from.year}–${to.year}`;
  if (from.year !== to.year) return locale === 'ko' ? `${one(from)}~${one(to)}` : `${one(from)} – ${one(to)}`;
  if (locale === 'ko') {
    const suffix = granularity === 'QUARTER' ? '분기' : '월';
    return `${from.year}년 ${from.index}~${to.index}${suffix}`;
  }
  return `${unit(from)}–${unit(to)} ${from.year}`;
}
