import { ProgramArea, ProgramStatus } from '../programs/program.js';
import type { Locale } from '../shared/locale.js';
import { codeOfText, PROGRAM_COLUMNS } from './sheet-columns.js';
import {
  type Cell,
  exampleRowError,
  IMPORT_ROWS_MAX,
  type RowError,
  type SheetProblem,
  sheetRecords,
} from './sheet-rows.js';

/** One row for importPrograms: every cell as text, a blank optional cell as null. */
export interface ProgramImportRowInput {
  row: number;
  code: string;
  nameKo: string;
  nameEn: string | null;
  summaryKo: string;
  summaryEn: string | null;
  area: string;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  parentCode: string | null;
  sourceCodes: string | null;
  progress: string | null;
}

export type ProgramSheetRows =
  | { ok: true; rows: ProgramImportRowInput[]; errors: RowError[] }
  | { ok: false; problem: SheetProblem };

/**
 * A sheet of programs as rows for importPrograms. Area and status may be written as the code
 * (POPULATION_CHILDCARE), the Korean label (인구·보육) or the English one, and are sent as codes; a value
 * that is none of these is sent as written, and the server's dry run names it with the values it takes.
 * The template's example row left in is refused here (exampleRowError); every other check is the
 * server's, so that each refusal is worded once.
 */
export function programSheetRows(
  cells: readonly (readonly Cell[])[],
  maxRows: number = IMPORT_ROWS_MAX,
  locale: Locale = 'ko',
): ProgramSheetRows {
  const sheet = sheetRecords(cells, PROGRAM_COLUMNS, maxRows);
  if (!sheet.ok) return sheet;
  const errors: RowError[] = [];
  const records = sheet.records.filter((record) => {
    const example = exampleRowError(record, PROGRAM_COLUMNS, locale);
    if (example) errors.push(example);
    return !example;
  });
  return {
    ok: true,
    errors,
    rows: records.map(({ row, text }) => {
      const optional = (column: Parameters<typeof text>[0]) => text(column) || null;
      return {
        row,
        code: text('code'),
        nameKo: text('nameKo'),
        nameEn: optional('nameEn'),
        summaryKo: text('summaryKo'),
        summaryEn: optional('summaryEn'),
        area: codeOfText(ProgramArea, text('area')) ?? text('area'),
        status: codeOfText(ProgramStatus, text('status')) ?? text('status'),
        plannedStart: optional('plannedStart'),
        plannedEnd: optional('plannedEnd'),
        actualStart: optional('actualStart'),
        actualEnd: optional('actualEnd'),
        parentCode: optional('parentCode'),
        sourceCodes: optional('sourceCodes'),
        progress: optional('progress'),
      };
    }),
  };
}
