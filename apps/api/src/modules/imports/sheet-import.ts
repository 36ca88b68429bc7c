import {
  type Bilingual,
  type Cell,
  fillTemplate,
  formatIssue,
  IMPORT_FILE_ROWS_MAX,
  IMPORT_ROWS_MAX,
  type ImportColumns,
  type Locale,
  mergeRowErrorsBy,
  type RowError,
  type SheetProblem,
  type ValidationIssue,
} from '@bitgoeul/domain';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import type { Context } from '../../graphql/context.js';
import { badInput, type UserErrorCode } from '../../graphql/errors.js';
import { readSheetFile, sheetFileRefusal } from './sheet-file.js';

/**
 * What every sheet import (observations, programs) shares: the row cap, the shape of a refused row,
 * the wording of a refused sheet, and the rule of one reason per cell.
 */

// A sheet larger than the domain's limits is split by the caller: one transaction holds every row until
// it commits. JSON rows: IMPORT_ROWS_MAX (what the 1 MiB body holds); a file: IMPORT_FILE_ROWS_MAX.

export interface ImportRowError {
  /** The sheet's own row number, as the caller sent it. */
  row: number;
  /** The input field at fault (indicatorCode, period, … for figures; code, parentCode, … for programs). */
  column: string;
  code: UserErrorCode;
  message: string;
}

export interface ImportResult {
  imported: number;
  rowErrors: ImportRowError[];
}

export const IMPORT_MESSAGES = {
  given: { ko: '입력값', en: 'given' },
  empty: { ko: '가져올 행이 없습니다.', en: 'There are no rows to import.' },
  oneSource: {
    ko: 'file(업로드한 파일)과 rows(행 목록) 중 하나만 보내십시오.',
    en: 'Send exactly one of file (an uploaded sheet) and rows.',
  },
  fileSourceMissing: {
    ko: '파일 전체에 지정한 출처(sourceId)를 찾을 수 없습니다. 출처를 다시 고르십시오.',
    en: 'The source given for the whole file (sourceId) does not exist; choose the source again.',
  },
  tooMany: {
    ko: '한 번에 최대 {max}행까지 가져올 수 있습니다({count}행). 파일을 나누어 가져오십시오.',
    en: 'At most {max} rows can be imported at once ({count} given); split the file.',
  },
} satisfies Record<string, Bilingual>;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The refusal for a request that is not a sheet we take at all (empty, too large). */
export function checkSize(rows: readonly unknown[], locale: Locale) {
  if (rows.length === 0) throw badInput(IMPORT_MESSAGES.empty[locale], { argument: 'rows' });
  if (rows.length > IMPORT_ROWS_MAX) {
    throw badInput(
      fillTemplate(IMPORT_MESSAGES.tooMany[locale], {
        max: grouped(IMPORT_ROWS_MAX),
        count: grouped(rows.length),
      }),
      {
        argument: 'rows',
        max: IMPORT_ROWS_MAX,
      },
    );
  }
}

export interface RowErrorsOptions {
  locale: Locale;
  /** Labels by column (and by the domain's field where a column keeps its name), for formatIssue. */
  labels: Readonly<Record<string, Bilingual>>;
  /** The domain's field → the sheet's column, where they differ (indicatorId → indicatorCode). */
  columnOfField?: Readonly<Record<string, string>>;
  /** The columns in the order the sheet has them, to list a row's errors left to right. */
  columnOrder: readonly string[];
}

/**
 * The refusals of a sheet, collected row by row. One reason per cell: an empty value is "required",
 * not also "not a number"; the first reason found for a cell is the one reported.
 */
export function rowErrorList({ locale, labels, columnOfField = {}, columnOrder }: RowErrorsOptions) {
  const errors: ImportRowError[] = [];
  const refusedCells = new Set<string>();
  const columnOf = (field: string) => columnOfField[field] ?? field;
  return {
    columnOf,
    /** Whether a cell has a reason already. */
    has: (row: number, column: string) => refusedCells.has(`${row}:${column}`),
    /** A domain issue, worded in the caller's language; `given` repeats what the cell held. */
    refuse(row: number, issue: ValidationIssue, given?: string) {
      const column = columnOf(issue.field);
      if (refusedCells.has(`${row}:${column}`)) return;
      refusedCells.add(`${row}:${column}`);
      let message = formatIssue({ ...issue, field: column }, locale, labels);
      if (given !== undefined) message += ` (${IMPORT_MESSAGES.given[locale]}: "${given}")`;
      errors.push({ row, column, code: issue.code, message });
    },
    /** A reason only a sheet can have (a row that repeats another), worded by the caller. */
    add(row: number, column: string, code: UserErrorCode, message: string) {
      refusedCells.add(`${row}:${column}`);
      errors.push({ row, column, code, message });
    },
    /** Every refusal, by row and then by column as the sheet has them. */
    sorted(): ImportRowError[] {
      return errors.sort(
        (a, b) => a.row - b.row || columnOrder.indexOf(a.column) - columnOrder.indexOf(b.column),
      );
    },
  };
}

export interface SheetImport<R, C extends { rowErrors: ImportRowError[] }> {
  /** Every row against every rule, reading what it needs in a handful of queries. */
  check(em: EntityManager, rows: readonly R[], locale: Locale): Promise<C>;
  /** Writes a sheet `check` found clean (each row audited) and flushes; answers how many rows it wrote. */
  write(em: EntityManager, checked: C): Promise<number>;
}

/**
 * A sheet all or nothing: checked row by row and, unless it is a dry run or any row is refused,
 * written in one transaction. If another writer took one of the sheet's keys (a code, a figure)
 * between the check and the commit, the store's unique constraint stops the write, nothing of the
 * sheet stays, and the caller is told which rows clash now.
 */
export async function importSheet<R, C extends { rowErrors: ImportRowError[] }>(
  ctx: Context,
  rows: readonly R[],
  dryRun: boolean,
  sheet: SheetImport<R, C>,
): Promise<ImportResult> {
  checkSize(rows, ctx.locale);
  return checkAndWrite(ctx, rows, dryRun, sheet);
}

async function checkAndWrite<R, C extends { rowErrors: ImportRowError[] }>(
  ctx: Context,
  rows: readonly R[],
  dryRun: boolean,
  sheet: SheetImport<R, C>,
): Promise<ImportResult> {
  try {
    return await ctx.em.transactional(async (em) => {
      const checked = await sheet.check(em, rows, ctx.locale);
      if (dryRun || checked.rowErrors.length > 0) return { imported: 0, rowErrors: checked.rowErrors };
      return { imported: await sheet.write(em, checked), rowErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const { rowErrors } = await sheet.check(ctx.em.fork(), rows, ctx.locale);
    if (rowErrors.length === 0) throw error;
    return { imported: 0, rowErrors };
  }
}

/** What an import mutation is given: the rows read by the caller, or the file itself. */
export interface SheetInput<R> {
  rows?: readonly R[] | null;
  file?: File | null;
  /** The store id of the source every row that names none cites (the page picks one for the file). */
  sourceId?: string | null;
  dryRun: boolean;
}

/** The source a sheet names for all its rows, as a row would name it; null when it names none. */
export interface FileSource {
  id: string;
  code: string;
}

/**
 * The source given for the whole file, read in the import's transaction by `find` (the importing
 * module knows the sources; this one stays below it). One that does not exist is the sheet's refusal
 * as a whole (BAD_USER_INPUT naming `sourceId`), before any row is checked.
 */
export async function fileSourceOf(
  sourceId: string | null | undefined,
  locale: Locale,
  find: (id: string) => Promise<FileSource | null>,
): Promise<FileSource | null> {
  if (sourceId == null) return null;
  const found = isStoreId(sourceId) ? await find(sourceId) : null;
  if (!found) throw badInput(IMPORT_MESSAGES.fileSourceMissing[locale], { argument: 'sourceId' });
  return { id: found.id, code: found.code };
}

/** How a kind of sheet reads its cells: its columns, and the rows (and refusals) its cells make. */
export interface SheetReader<R> {
  columns: ImportColumns;
  rowsOf(
    cells: readonly (readonly Cell[])[],
    locale: Locale,
    maxRows: number,
  ): { ok: true; rows: R[]; errors?: RowError[] } | { ok: false; problem: SheetProblem };
}

/**
 * An import from either form, all or nothing. Rows as JSON are taken up to IMPORT_ROWS_MAX; a file is
 * read on the server by the domain's column rules, up to IMPORT_FILE_ROWS_MAX rows. A file that is no
 * sheet, or one the rules refuse as a whole, is a BAD_USER_INPUT error naming the problem; a cell the
 * reader cannot take (a status that is none) is a row error beside the check's, and nothing is written.
 */
export async function importSheetInput<R, C extends { rowErrors: ImportRowError[] }>(
  ctx: Context,
  input: SheetInput<R>,
  reader: SheetReader<R>,
  sheet: SheetImport<R, C>,
): Promise<ImportResult> {
  const { locale } = ctx;
  if ((input.rows == null) === (input.file == null)) {
    throw badInput(IMPORT_MESSAGES.oneSource[locale], { argument: input.file ? 'file' : 'rows' });
  }
  if (input.rows) return importSheet(ctx, input.rows, input.dryRun, sheet);

  const read = await readSheetFile(input.file!);
  if (!read.ok) throw sheetFileRefusal(read.problem, reader.columns, locale);
  const sheetRows = reader.rowsOf(read.cells, locale, IMPORT_FILE_ROWS_MAX);
  if (!sheetRows.ok) throw sheetFileRefusal(sheetRows.problem, reader.columns, locale);
  const refused = (sheetRows.errors ?? []) as ImportRowError[];
  if (sheetRows.rows.length === 0) return { imported: 0, rowErrors: refused };
  // A row the reader refused cannot be written: the rest are checked (and reported) as in a dry run.
  const result = await checkAndWrite(ctx, sheetRows.rows, input.dryRun || refused.length > 0, sheet);
  if (refused.length === 0) return result;
  return {
    imported: 0,
    rowErrors: mergeRowErrorsBy(reader.columns, refused, result.rowErrors) as ImportRowError[],
  };
}
