import type { Cell, SheetProblem } from '@bitgoeul/domain';
import Papa from 'papaparse';

export type ReadSheet = { ok: true; cells: Cell[][] } | { ok: false; problem: SheetProblem };

const kindOf = (file: File): 'csv' | 'xlsx' | null => {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
};

/**
 * CSV text: UTF-8 with or without a BOM, as the template is. A file that is not UTF-8 is read as
 * EUC-KR (CP949), what Excel in Korean writes when told "CSV" rather than "CSV UTF-8".
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('euc-kr').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

export function parseCsv(text: string): Cell[][] {
  // Blank lines are kept so that row numbers stay the file's own.
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

/**
 * A chosen file as cells: a CSV, or the one sheet of an XLSX. A workbook with several sheets is
 * refused (which one was meant?). The XLSX reader loads only when an XLSX is chosen.
 */
export async function readSheet(file: File): Promise<ReadSheet> {
  const kind = kindOf(file);
  if (!kind) return { ok: false, problem: { key: 'fileType' } };
  try {
    if (kind === 'csv')
      return { ok: true, cells: parseCsv(decodeCsv(new Uint8Array(await file.arrayBuffer()))) };
    const { default: readXlsxFile, readSheetNames } = await import('read-excel-file');
    const names = await readSheetNames(file);
    if (names.length > 1) return { ok: false, problem: { key: 'sheets', names } };
    // Numbers stay the text the sheet stores ("7.2", "2769"): a float could change a published figure.
    const cells = await readXlsxFile(file, { parseNumber: (text: string) => text, trim: true });
    return { ok: true, cells: cells as Cell[][] };
  } catch (error) {
    return { ok: false, problem: { key: 'unreadable', detail: (error as Error).message } };
  }
}
