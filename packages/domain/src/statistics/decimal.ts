import { z } from 'zod';
import { FIGURE_DECIMAL_PLACES_MAX, FIGURE_WHOLE_DIGITS_MAX } from '../shared/limits.js';

/**
 * Exact decimals for statistics. Observation values are kept as canonical decimal strings ("2769",
 * "7.2", "-0.05") and computed on as BigInt-scaled integers, so 0.1 + 0.2 is 0.3 and a value read
 * back is the value that was entered. A tiny helper rather than a library because the package's only
 * runtime dependency is zod and we need five operations.
 *
 * Canonical form: an optional "-", no leading zeros, no trailing fractional zeros, no exponent,
 * and zero is "0" (never "-0").
 *
 * Rounding: HALF_UP by default — halves go away from zero (7.25 → 7.3, -7.25 → -7.3), which is
 * 반올림 as Korean statistical tables and readers expect. HALF_EVEN (banker's rounding) is there
 * for callers who sum many rounded figures and want the bias to cancel.
 */
export type Rounding = 'HALF_UP' | 'HALF_EVEN';

interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/;
const GROUPED_PATTERN = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const MAX_PLACES = 100;

export function isDecimal(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

function parse(value: string): Scaled {
  const match = DECIMAL_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a decimal: "${value}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);

function format({ units, scale }: Scaled): string {
  const negative = units < 0n;
  // Padding guarantees at least one digit before the point (5 at scale 2 is "0.05").
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative ? `-${text}` : text;
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

/** Integer division of n by a positive d, rounded as asked. */
function divideRounded(n: bigint, d: bigint, rounding: Rounding): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice > d) return q + sign;
  if (twice < d) return q;
  if (rounding === 'HALF_UP') return q + sign;
  return q % 2n === 0n ? q : q + sign;
}

function checkPlaces(places: number) {
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    throw new RangeError(`Decimal places must be an integer from 0 to ${MAX_PLACES}, not ${places}`);
  }
}

/** The canonical spelling of a decimal ("+007.50" → "7.5"). Throws RangeError on anything else. */
export function canonicalDecimal(value: string): string {
  return format(parse(value));
}

export function addDecimals(a: string, b: string): string {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ units: x + y, scale });
}

export function subtractDecimals(a: string, b: string): string {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ units: x - y, scale });
}

export function multiplyDecimals(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  return format({ units: x.units * y.units, scale: x.scale + y.scale });
}

export function sumDecimals(values: Iterable<string>): string {
  let total = '0';
  for (const v of values) total = addDecimals(total, v);
  return total;
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(parse(a), parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalSign(a: string): -1 | 0 | 1 {
  return compareDecimals(a, '0');
}

export function negateDecimal(a: string): string {
  const x = parse(a);
  return format({ units: -x.units, scale: x.scale });
}

export function absDecimal(a: string): string {
  return decimalSign(a) < 0 ? negateDecimal(a) : canonicalDecimal(a);
}

/** `a / b` to `places` decimal places. Throws RangeError when b is zero. */
export function divideDecimals(a: string, b: string, places: number, rounding: Rounding = 'HALF_UP'): string {
  checkPlaces(places);
  const x = parse(a);
  const y = parse(b);
  if (y.units === 0n) throw new RangeError('Division by zero');
  // a / b = (xu / 10^xs) / (yu / 10^ys); scaled by 10^places to keep `places` digits as an integer.
  let n = x.units * pow10(y.scale + places);
  let d = y.units * pow10(x.scale);
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  return format({ units: divideRounded(n, d, rounding), scale: places });
}

/** Rounds to at most `places` decimal places (canonical form: "7.0" comes back as "7"). */
export function roundDecimal(a: string, places: number, rounding: Rounding = 'HALF_UP'): string {
  checkPlaces(places);
  const x = parse(a);
  if (x.scale <= places) return format(x);
  return format({ units: divideRounded(x.units, pow10(x.scale - places), rounding), scale: places });
}

/** Rounds and shows exactly `places` decimals, for display ("7" → "7.0"). Not canonical on purpose. */
export function toFixedDecimal(a: string, places: number, rounding: Rounding = 'HALF_UP'): string {
  const rounded = roundDecimal(a, places, rounding);
  if (places === 0) return rounded;
  const [whole, fraction = ''] = rounded.split('.');
  return `${whole}.${fraction.padEnd(places, '0')}`;
}

/** For charts and other approximate uses only; the string stays the record. */
export function decimalToNumber(a: string): number {
  return Number(canonicalDecimal(a));
}

const FIGURE_LIMIT = '9'.repeat(FIGURE_WHOLE_DIGITS_MAX).replace(/\B(?=(\d{3})+$)/g, ',');

/** A figure within FIGURE_WHOLE_DIGITS_MAX whole digits and FIGURE_DECIMAL_PLACES_MAX places. */
function refineFigure(value: string, ctx: z.RefinementCtx) {
  const match = DECIMAL_PATTERN.exec(value);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: 'not a decimal',
      params: { code: 'INVALID_FORMAT', example: '2769, 2,769 or 7.2' },
    });
    return;
  }
  const [, sign, whole = '', fraction = ''] = match;
  if (whole.replace(/^0+(?=\d)/, '').length > FIGURE_WHOLE_DIGITS_MAX) {
    ctx.addIssue(
      sign === '-'
        ? { code: 'custom', message: 'too small', params: { code: 'TOO_SMALL', min: `-${FIGURE_LIMIT}` } }
        : { code: 'custom', message: 'too large', params: { code: 'TOO_LARGE', max: FIGURE_LIMIT } },
    );
  }
  if (fraction.replace(/0+$/, '').length > FIGURE_DECIMAL_PLACES_MAX) {
    ctx.addIssue({
      code: 'custom',
      message: 'too precise',
      params: { code: 'TOO_PRECISE', max: FIGURE_DECIMAL_PLACES_MAX },
    });
  }
}

/**
 * A decimal as a person or a spreadsheet gives it: "2769", "2,769", "7.2", or a JSON number. Output
 * is the canonical string. Exponents ("1e3") are refused: a statistic is never written that way,
 * and a number too large for that is better sent as a string. At most 18 whole digits and 12
 * decimal places (FIGURE_WHOLE_DIGITS_MAX, FIGURE_DECIMAL_PLACES_MAX): 1e308 is TOO_LARGE.
 */
export const decimalString = z.preprocess((v) => {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // A whole number too large for plain notation (1e308) is spelled out, so it is refused as too large.
    return Number.isInteger(v) && Math.abs(v) >= 1e21 ? BigInt(v).toString() : String(v);
  }
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return GROUPED_PATTERN.test(t) ? t.replaceAll(',', '') : t;
}, z.string().min(1).max(400).superRefine(refineFigure).transform(canonicalDecimal));
