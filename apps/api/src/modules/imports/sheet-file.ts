import {
  type Bilingual,
  type Cell,
  fillTemplate,
  IMPORT_FILE_BYTES_MAX,
  type ImportColumns,
  type Locale,
  type SheetProblem,
} from '@bitgoeul/domain';
import Papa from 'papaparse';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { badInput } from '../../graphql/errors.js';

/**
 * An uploaded sheet (the importPrograms / importObservations `file`) read as cells on the server.
 * The column rules that turn cells into rows are the domain's, the same the admin reads a file by.
 */

export type SheetFileProblem = SheetProblem | { key: 'tooLarge'; size: number };

export type SheetFile = { ok: true; cells: Cell[][] } | { ok: false; problem: SheetFileProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function kindOf(file: File, bytes: Uint8Array): 'csv' | 'xlsx' | null {
  const name = (file.name ?? '').toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv') || file.type?.startsWith('text/csv')) return 'csv';
  // A file without a telling name: an XLSX is a zip archive; anything else is no sheet we know.
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return 'xlsx';
  return null;
}

/**
 * CSV text: UTF-8 with or without a BOM, as the template is; a file that is not UTF-8 is read as
 * EUC-KR (CP949), what Excel in Korean writes when told "CSV" rather than "CSV UTF-8" (as the admin
 * does). A NUL byte means the file is binary, not text: it is no CSV.
 */
function decodeCsv(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('euc-kr').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** A CSV or the one sheet of an XLSX as cells; a workbook with several sheets is refused (which one?). */
export async function readSheetFile(file: File): Promise<SheetFile> {
  if (file.size > IMPORT_FILE_BYTES_MAX) return { ok: false, problem: { key: 'tooLarge', size: file.size } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return { ok: false, problem: { key: 'empty' } };
  const kind = kindOf(file, bytes);
  if (!kind) return { ok: false, problem: { key: 'fileType' } };
  if (kind === 'csv') {
    const text = decodeCsv(bytes);
    if (text === null) return { ok: false, problem: { key: 'fileType' } };
    // Blank lines are kept so that row numbers stay the file's own.
    return { ok: true, cells: Papa.parse<string[]>(text, { skipEmptyLines: false }).data };
  }
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names = await readSheetNames(buffer);
    if (names.length > 1) return { ok: false, problem: { key: 'sheets', names } };
    // Numbers stay the text the sheet stores ("7.2", "2769"): a float could change a published figure.
    const cells = await readXlsxFile(buffer, { parseNumber: (text: string) => text, trim: true });
    return { ok: true, cells: cells as Cell[][] };
  } catch (error) {
    return { ok: false, problem: { key: 'unreadable', detail: (error as Error).message } };
  }
}

const MESSAGES = {
  empty: { ko: '가져올 행이 없습니다.', en: 'There are no rows to import.' },
  fileType: {
    ko: 'CSV(UTF-8) 또는 XLSX 파일만 가져올 수 있습니다.',
    en: 'Only a CSV (UTF-8) or XLSX file can be imported.',
  },
  unreadable: {
    ko: '파일을 읽을 수 없습니다. CSV(UTF-8) 또는 XLSX 파일인지, 손상되지 않았는지 확인하십시오.',
    en: 'The file cannot be read. Check that it is an undamaged CSV (UTF-8) or XLSX file.',
  },
  missingColumns: {
    ko: '필수 열이 없습니다: {columns}. 첫 행에 열 이름({headers})을 넣으십시오.',
    en: 'Required columns are missing: {columns}. Put the headers ({headers}) in the first row.',
  },
  tooManyRows: {
    ko: '한 번에 최대 {max}행까지 가져올 수 있습니다({count}행). 파일을 나누어 가져오십시오.',
    en: 'At most {max} rows can be imported at once ({count} given); split the file.',
  },
  sheets: {
    ko: '이 XLSX 파일에는 시트가 {count}개({names}) 있습니다. 가져올 시트 하나만 남기십시오.',
    en: 'This XLSX file has {count} sheets ({names}); keep only the sheet to import.',
  },
  tooLarge: {
    ko: '파일이 너무 큽니다({size}바이트). 최대 {max}바이트까지 가져올 수 있습니다.',
    en: 'The file is too large ({size} bytes); at most {max} bytes can be imported.',
  },
} satisfies Record<SheetFileProblem['key'], Bilingual>;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The refusal of a whole file, in the caller's language; nothing of it is written. */
export function sheetFileRefusal(problem: SheetFileProblem, columns: ImportColumns, locale: Locale) {
  const params: Record<string, string | number> = {};
  switch (problem.key) {
    case 'missingColumns':
      params.columns = problem.columns.map((c) => columns.label(c, locale)).join(', ');
      params.headers = columns.headers(locale).join(', ');
      break;
    case 'tooManyRows':
      Object.assign(params, { max: grouped(problem.max), count: grouped(problem.count) });
      break;
    case 'sheets':
      Object.assign(params, { count: problem.names.length, names: problem.names.join(', ') });
      break;
    case 'tooLarge':
      Object.assign(params, { size: grouped(problem.size), max: grouped(IMPORT_FILE_BYTES_MAX) });
      break;
  }
  const extensions: Record<string, unknown> = { argument: 'file', problem: problem.key };
  if (problem.key === 'tooManyRows') extensions.max = problem.max;
  if (problem.key === 'missingColumns') extensions.columns = problem.columns;
  return badInput(fillTemplate(MESSAGES[problem.key][locale], params), extensions);
}
