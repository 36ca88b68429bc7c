import type { Locale } from '@bitgoeul/domain';
import { formatDate, formatDateTime, formatNumber } from '../format/format';
import { codeListFor } from './fieldCodeLists';

/** One field of one write as the API records it: the dotted path, the server's label, the JSON values. */
export interface FieldChange {
  field: string;
  label?: string | null;
  before: unknown;
  after: unknown;
}

/** A value as the history shows it: `text` fits a line, `full` is the whole when `text` was shortened. */
export interface ShownValue {
  /** null: there was no value (the UI writes "(없음)"). */
  text: string | null;
  full: string | null;
}

export interface ChangeLine {
  field: string;
  label: string;
  before: ShownValue;
  after: ShownValue;
}

export interface DiffContext {
  /** The react-admin resource the record belongs to (`programs`), for its code lists. */
  resource?: string;
  locale: Locale;
  /** The admin's own label for exactly this field path, if it has one. */
  fieldLabel?: (field: string) => string | undefined;
  /** How many characters a value may take before it is shortened. */
  maxLength?: number;
  /**
   * The whole record before and after the write, when at hand: a day stored for a month or a year the
   * source gave (`actualOn` with `actualOnPrecision: 'YEAR'`) is then written as that month or year.
   */
  snapshots?: { before?: unknown; after?: unknown };
  /** The name of the record a reference field holds (a parent program's name for its id), when known. */
  referenceName?: (field: string, value: string) => string | undefined;
}

/** Book-keeping every write changes; showing it would bury what a person changed. */
const NOISE = new Set(['version', 'createdAt', 'updatedAt']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
export const DEFAULT_MAX_LENGTH = 80;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isLocalizedText = (v: Record<string, unknown>) => {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'ko' || k === 'en');
};

const isGeometry = (v: Record<string, unknown>) => typeof v.type === 'string' && Array.isArray(v.coordinates);

function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (coordinates.length > 0 && typeof coordinates[0] === 'number') return 1;
  return coordinates.reduce((n: number, c) => n + countPositions(c), 0);
}

type Precision = 'DAY' | 'MONTH' | 'YEAR';
const PRECISIONS: readonly string[] = ['DAY', 'MONTH', 'YEAR'];

function valueAt(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
  return value;
}

/** The precision recorded beside a date (`plannedOn` → `plannedOnPrecision`), if any. */
function precisionOf(record: unknown, field: string): Precision | undefined {
  const precision = valueAt(record, `${field}Precision`);
  return typeof precision === 'string' && PRECISIONS.includes(precision)
    ? (precision as Precision)
    : undefined;
}

/**
 * A recorded value in words: a code by its label in the UI language, a day and an instant the Korean way,
 * a number with separators, bilingual text in the UI language (Korean when the English is missing), a
 * list joined; `null` for no value at all.
 */
export function formatAuditValue(
  value: unknown,
  field: string,
  context: DiffContext,
  /** How much of a day value the source gave. */
  precision: Precision = 'DAY',
): string | null {
  const { locale } = context;
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => formatAuditValue(v, field, context)).filter((v) => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'boolean') {
    if (locale === 'ko') return value ? '예' : '아니요';
    return value ? 'Yes' : 'No';
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const referenced = context.referenceName?.(field, value);
    if (referenced) return referenced;
    const list = codeListFor(context.resource, field);
    if (list?.is(value)) return list.label(value, locale);
    if (DAY.test(value)) return formatDate(value, locale, precision);
    if (INSTANT.test(value)) return formatDateTime(value, locale);
    return value;
  }
  if (isObject(value)) {
    if (isLocalizedText(value)) {
      const text = value[locale] ?? value.ko ?? value.en;
      return typeof text === 'string' && text !== '' ? text : null;
    }
    if (isGeometry(value)) {
      const points = countPositions(value.coordinates);
      return locale === 'ko' ? `${value.type} (좌표 ${points}개)` : `${value.type} (${points} positions)`;
    }
    // A small record in a list (an organisation link: { organisation, role }): "GJ-CITY (주관)".
    const parts = Object.entries(value).map(([key, v]) =>
      isObject(v) || Array.isArray(v) ? undefined : formatAuditValue(v, `${field}.${key}`, context),
    );
    if (parts.every((p) => p !== undefined)) {
      const [first, ...rest] = parts.filter((p): p is string => p !== null);
      if (first === undefined) return null;
      return rest.length ? `${first} (${rest.join(', ')})` : first;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** Long text cut to one readable line; the whole stays available (a tooltip shows it). */
export function shorten(text: string | null, maxLength = DEFAULT_MAX_LENGTH): ShownValue {
  if (text === null) return { text: null, full: null };
  const oneLine = text.replace(/\s*\n\s*/g, ' ').trim();
  // By code point, so that no character is cut in half.
  const chars = Array.from(oneLine);
  if (chars.length <= maxLength && oneLine === text) return { text, full: null };
  if (chars.length <= maxLength) return { text: oneLine, full: text };
  return {
    text: `${chars
      .slice(0, maxLength - 1)
      .join('')
      .trimEnd()}…`,
    full: text,
  };
}

/** What a history entry lists: each changed field by its label, before → after, in the UI language. */
export function describeChanges(changes: readonly FieldChange[], context: DiffContext): ChangeLine[] {
  const max = context.maxLength ?? DEFAULT_MAX_LENGTH;
  return (
    changes
      .filter((change) => !NOISE.has(change.field))
      .map((change) => ({
        field: change.field,
        // The admin's label for the exact path first: for `note.ko` the server may only know `note` (비고),
        // and the admin says which language (비고(한국어)). Then the server's, then the path itself.
        label: context.fieldLabel?.(change.field) || change.label || change.field,
        before: shorten(
          formatAuditValue(
            change.before,
            change.field,
            context,
            precisionOf(context.snapshots?.before, change.field),
          ),
          max,
        ),
        after: shorten(
          formatAuditValue(
            change.after,
            change.field,
            context,
            precisionOf(context.snapshots?.after, change.field),
          ),
          max,
        ),
      }))
      // Nothing before and nothing after (an empty list where there was none) is no change to a reader.
      .filter((line) => line.before.text !== null || line.after.text !== null)
  );
}
