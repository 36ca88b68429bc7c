import { formatIssue, type Locale, ObservationStatus } from '@bitgoeul/domain';
import {
  columnOfHeader,
  IMPORT_COLUMN_LABELS,
  IMPORT_COLUMNS,
  type ImportColumn,
  statusOf,
} from './importColumns';

/** The API takes this many rows per request (apps/api observation-import: IMPORT_ROWS_MAX). */
export const IMPORT_ROWS_MAX = 5000;

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

/** Why a row was refused: by this page (a status it cannot read) or by the server's dry run. */
export interface RowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** Why a whole file was refused before any row is checked; the page words it (bitgoeul.import.problems). */
export type SheetProblem =
  | { key: 'empty' }
  | { key: 'missingColumns'; columns: ImportColumn[] }
  | { key: 'tooManyRows'; count: number }
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
 * A cell as text. Excel turns a typed "2021-04" into a date: a date on the 1st of a month reads back as
 * that month, which is what a period column means; any other date keeps its day (and is refused there).
 */
export function cellText(cell: Cell, column?: ImportColumn): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const month = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}`;
    return column === 'period' && cell.getUTCDate() === 1 ? month : `${month}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim().replace(GUARDED, '');
}

const isBlank = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

/**
 * A sheet's cells as rows for the API: the first non-blank row is the header (Korean or English), each
 * later non-blank row keeps its own row number for messages. What only this page can see is checked
 * here — no data, a missing column, too many rows, a status that is no status — and the rest is the
 * server's dry run.
 */
export function sheetRows(cells: readonly (readonly Cell[])[], locale: Locale): SheetRows {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { ok: false, problem: { key: 'empty' } };
  const positions = new Map<ImportColumn, number>();
  cells[headerIndex]!.forEach((cell, i) => {
    const column = columnOfHeader(cellText(cell));
    if (column && !positions.has(column)) positions.set(column, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => c.key);
  if (missing.length) return { ok: false, problem: { key: 'missingColumns', columns: missing } };

  const data = cells
    .map((row, i) => ({ row, number: i + 1 }))
    .slice(headerIndex + 1)
    .filter(({ row }) => !isBlank(row));
  if (data.length === 0) return { ok: false, problem: { key: 'empty' } };
  if (data.length > IMPORT_ROWS_MAX)
    return { ok: false, problem: { key: 'tooManyRows', count: data.length } };

  const rows: ImportRowInput[] = [];
  const errors: RowError[] = [];
  for (const { row, number } of data) {
    const text = (column: ImportColumn) => {
      const at = positions.get(column);
      return at === undefined ? '' : cellText(row[at], column);
    };
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
        message: formatIssue(issue, locale, IMPORT_COLUMN_LABELS),
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

const COLUMN_ORDER: readonly string[] = IMPORT_COLUMNS.map((c) => c.key);

/** This page's and the server's refusals as one list, by row and then by column as the template has them. */
export function mergeRowErrors(...lists: readonly (readonly RowError[])[]): RowError[] {
  return lists
    .flat()
    .sort((a, b) => a.row - b.row || COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column));
}
