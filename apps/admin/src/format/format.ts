import type { Locale } from '@bitgoeul/domain';

/**
 * How the admin writes dates, numbers and money: Korean first ("2021년 4월 30일", "2,769", "1,000,000원"),
 * English after the switch. Pure functions, so the calculator, the dashboard and the fields agree.
 */

const INTL_LOCALES: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar date (`YYYY-MM-DD`, a day in Gwangju) as "2019년 1월 31일" / "Jan 31, 2019". Read and written
 * in UTC, so every viewer sees the same day whatever their own time zone. Anything else is shown as given.
 */
export function formatDate(
  value: string | null | undefined,
  locale: Locale,
  /** How much of the date the source gave: a MONTH date is "2021년 4월", not the 1st it is stored as. */
  precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY',
): string {
  if (!value) return '';
  if (!DAY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  const parts: Intl.DateTimeFormatOptions =
    precision === 'YEAR'
      ? { year: 'numeric' }
      : precision === 'MONTH'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
}

/**
 * An instant (createdAt) as the clock in Gwangju showed it, on the 24-hour clock: "2024년 1월 1일 09:00".
 * (The 12-hour marker is written 오전/AM depending on the ICU data a runtime ships; 24 hours read alike.)
 */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Seoul',
  }).format(date);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A number with thousands separators. Statistics are decimal strings ("2769", "1234.50") and are
 * written digit for digit — never through a float, which could change a published figure.
 */
export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return String(value);
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Plain digits for a JS number (no exponent), up to the precision the number holds. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Whole won: "1,000,000원" in Korean, "KRW 1,000,000" in English. */
export function formatKrw(amount: number | string | null | undefined, locale: Locale): string {
  const number = formatNumber(amount);
  if (number === '') return '';
  return locale === 'ko' ? `${number}원` : `KRW ${number}`;
}

/** A change in percent with its sign: "+7.2%", "-3.0%", "0.0%". */
export function formatPercentChange(percent: string | null | undefined): string {
  if (percent === null || percent === undefined || percent === '') return '';
  const sign = percent.startsWith('-') || /^0(\.0*)?$/.test(percent) ? '' : '+';
  return `${sign}${formatNumber(percent)}%`;
}
