import type { Bilingual, Locale } from '../shared/locale.js';
import { formatIssue } from '../shared/validation.js';
import { ObservationStatus } from '../statistics/indicator.js';
import { type ImportColumns, OBSERVATION_COLUMNS, statusOf } from './sheet-columns.js';

/**
 * Rows an import takes in one request when they are sent as JSON rows, of any kind of sheet. The request
 * body is also bounded (1 MiB): 5,000 rows of figures fit in it; rows of programs are larger (about 500
 * bytes each as the seed's are), so that about 2,000 fit. A larger sheet is uploaded as a file.
 */
export const IMPORT_ROWS_MAX = 5000;

/** Rows an import takes in one request when the file itself is uploaded; written in one transaction. */
export const IMPORT_FILE_ROWS_MAX = 50_000;

/** The largest file an import takes as an upload (CSV or XLSX). */
export const IMPORT_FILE_BYTES_MAX = 20 * 1024 * 1024;

/** A cell as a reader hands it over: CSV gives text, XLSX also numbers (as text), dates and booleans. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One row for importObservations. */
export interface ImportRowInput {
  row: number;
  indicatorCode: string;
  period: string;
  value: string;
  status: ObservationStatus;
  sourceCode: string;
  note: string | null;
}

/** Why a row was refused: while the sheet was read (a status that is none) or by the server's check. */
export interface RowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** Why a whole file was refused before any row is checked; the admin and the API each word it. */
export type SheetProblem =
  | { key: 'empty' }
  | { key: 'missingColumns'; columns: string[] }
  | { key: 'tooManyRows'; count: number; max: number }
  | { key: 'sheets'; names: string[] }
  | { key: 'fileType' }
  | { key: 'unreadable'; detail: string };

export type SheetRows =
  | { ok: true; rows: ImportRowInput[]; errors: RowError[] }
  | { ok: false; problem: SheetProblem };

const pad = (n: number) => String(n).padStart(2, '0');
// Our CSV export guards text that starts like a formula with an apostrophe; a re-import takes it off.
const GUARDED = /^'(?=[=+\-@])/;

/**
 * A cell as text. Excel turns a typed "2021-04" into a date: in a period column a date on the 1st of a
 * month reads back as that month, which is what the column means; any other date keeps its day (and is
 * refused there), and in every other column (a program's planned start) a date reads as YYYY-MM-DD.
 */
export function cellText(cell: Cell, column?: string): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const month = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}`;
    return column === 'period' && cell.getUTCDate() === 1 ? month : `${month}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim().replace(GUARDED, '');
}

const isBlank = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

/** One data row of a sheet: its own row number, and each column's cell as text ('' when blank or absent). */
export interface SheetRecord<K extends string> {
  row: number;
  text(column: K): string;
}

export type SheetRecords<K extends string> =
  | { ok: true; records: SheetRecord<K>[] }
  | { ok: false; problem: SheetProblem };

/**
 * A sheet's cells as records of a column set: the first non-blank row is the header (Korean, English or
 * the API's field names, in any order), each later non-blank row keeps its own row number for messages.
 * What holds for a whole file is checked here: no data, a missing required column, too many rows.
 */
export function sheetRecords<K extends string>(
  cells: readonly (readonly Cell[])[],
  columns: ImportColumns<K>,
  maxRows: number = IMPORT_ROWS_MAX,
): SheetRecords<K> {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { ok: false, problem: { key: 'empty' } };
  const positions = new Map<K, number>();
  cells[headerIndex]!.forEach((cell, i) => {
    const column = columns.ofHeader(cellText(cell));
    if (column && !positions.has(column)) positions.set(column, i);
  });
  const missing = columns.specs.filter((c) => c.required && !positions.has(c.key)).map((c) => c.key);
  if (missing.length) return { ok: false, problem: { key: 'missingColumns', columns: missing } };

  const data = cells
    .map((row, i) => ({ row, number: i + 1 }))
    .slice(headerIndex + 1)
    .filter(({ row }) => !isBlank(row));
  if (data.length === 0) return { ok: false, problem: { key: 'empty' } };
  if (data.length > maxRows)
    return { ok: false, problem: { key: 'tooManyRows', count: data.length, max: maxRows } };
  return {
    ok: true,
    records: data.map(({ row, number }) => ({
      row: number,
      text: (column) => {
        const at = positions.get(column);
        return at === undefined ? '' : cellText(row[at], column);
      },
    })),
  };
}

/**
 * What the templates write in the example row under their headers (a real indicator code, a period as
 * the panel spells it), so that a person sees how a row reads. A row still carrying it is refused rather
 * than imported: an example left in the file must not become a published figure.
 */
export const TEMPLATE_EXAMPLE_MARK: Bilingual = {
  ko: '예시 행: 이 행을 지우고 입력하십시오',
  en: 'Example row: delete it and enter your own',
};

const EXAMPLE_ROW_MESSAGE: Bilingual = {
  ko: '서식의 예시 행입니다. 이 행을 지운 뒤 파일을 다시 선택하십시오.',
  en: "This is the template's example row; delete it and choose the file again.",
};

/** The refusal of a row that is the template's example, at the cell carrying the mark; null for any other row. */
export function exampleRowError<K extends string>(
  record: SheetRecord<K>,
  columns: ImportColumns<K>,
  locale: Locale,
): RowError | null {
  const marks = [TEMPLATE_EXAMPLE_MARK.ko, TEMPLATE_EXAMPLE_MARK.en];
  const marked = columns.specs.find((c) => marks.includes(record.text(c.key)));
  return marked
    ? { row: record.row, column: marked.key, code: 'INVALID', message: EXAMPLE_ROW_MESSAGE[locale] }
    : null;
}

/**
 * A sheet of figures as rows for importObservations. Beyond what sheetRecords checks, only a status that
 * is no status is refused here (the API's status is an enum); the rest is the server's dry run.
 */
export function observationSheetRows(
  cells: readonly (readonly Cell[])[],
  locale: Locale,
  maxRows: number = IMPORT_ROWS_MAX,
): SheetRows {
  const sheet = sheetRecords(cells, OBSERVATION_COLUMNS, maxRows);
  if (!sheet.ok) return sheet;
  const rows: ImportRowInput[] = [];
  const errors: RowError[] = [];
  for (const record of sheet.records) {
    const { row: number, text } = record;
    const example = exampleRowError(record, OBSERVATION_COLUMNS, locale);
    if (example) {
      errors.push(example);
      continue;
    }
    const statusText = text('status');
    const status = statusOf(statusText);
    if (!status) {
      // The API's status is an enum: a row without a readable one cannot be sent, so it is refused here.
      const issue = statusText
        ? {
            field: 'status',
            code: 'UNKNOWN_CODE' as const,
            params: {
              allowed: ObservationStatus.codes.map((c) => ObservationStatus.label(c, locale)).join(', '),
            },
          }
        : { field: 'status', code: 'REQUIRED' as const };
      errors.push({
        row: number,
        column: 'status',
        code: issue.code,
        message: formatIssue(issue, locale, OBSERVATION_COLUMNS.labels),
      });
      continue;
    }
    rows.push({
      row: number,
      indicatorCode: text('indicatorCode'),
      period: text('period'),
      value: text('value'),
      status,
      sourceCode: text('sourceCode'),
      note: text('note') || null,
    });
  }
  return { ok: true, rows, errors };
}

/** This page's and the server's refusals as one list, by row and then by column as the template has them. */
export function mergeRowErrorsBy(
  columns: ImportColumns,
  ...lists: readonly (readonly RowError[])[]
): RowError[] {
  const order = columns.specs.map((c) => c.key);
  return lists.flat().sort((a, b) => a.row - b.row || order.indexOf(a.column) - order.indexOf(b.column));
}
