/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Korean as mojibake),
 * CRLF line ends and RFC 4180 quoting.
 */
export const BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A text cell that starts like a formula is run by a spreadsheet when the file is opened (CSV
 * injection); a leading apostrophe keeps it text. Numbers are written as numbers, negative or not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? (FORMULA_START.test(value) ? `'${value}` : value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
