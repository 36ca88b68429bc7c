import type { ImportColumns, Locale } from '@bitgoeul/domain';
import { toCsv } from '../export/csv';

/** The sheet to fill in: a BOM so that Excel reads the Korean headers, and nothing else. */
export function templateCsv(locale: Locale, columns: ImportColumns): string {
  return toCsv(columns.headers(locale), []);
}
