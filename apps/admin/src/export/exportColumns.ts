import type { CodeList, Locale } from '@bitgoeul/domain';
import type { CsvCell } from './csv';
import { seoulDateTime } from './seoulTime';

/** One column of a list's CSV export; the header is the field's label in the UI language. */
export interface ExportColumn {
  /** The record path (`name.ko`); also names the label `resources.<resource>.fields.<source>`. */
  source: string;
  /** How a value is written; by default as it is stored (numbers stay numbers, dates stay YYYY-MM-DD). */
  value?: (record: Record<string, unknown>, locale: Locale) => CsvCell;
}

export function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      record,
    );
}

/** A code-list column written as its label (추진 중), which is what a person reads in a spreadsheet. */
export function codeColumn<C extends string>(source: string, list: CodeList<C>): ExportColumn {
  return {
    source,
    value: (record, locale) => {
      const code = valueAt(record, source);
      if (Array.isArray(code))
        return code.map((c) => (list.is(c) ? list.label(c, locale) : String(c))).join(', ');
      return list.is(code) ? list.label(code, locale) : (code as CsvCell);
    },
  };
}

/** A column of a record's value as it is: text, number, date. */
export const column = (source: string): ExportColumn => ({ source });

/** An instant written in Gwangju time (`2026-12-04 09:30:00`), not as the API's UTC stamp. */
export const instantColumn = (source: string): ExportColumn => ({
  source,
  value: (record) => {
    const value = valueAt(record, source);
    return typeof value === 'string' ? seoulDateTime(value) : null;
  },
});

export function cellOf(record: Record<string, unknown>, col: ExportColumn, locale: Locale): CsvCell {
  if (col.value) return col.value(record, locale);
  const value = valueAt(record, col.source);
  if (Array.isArray(value)) return value.join(', ');
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : (value as CsvCell);
}
