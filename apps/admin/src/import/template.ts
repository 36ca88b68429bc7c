import type { Locale } from '@bitgoeul/domain';
import { toCsv } from '../export/csv';
import type { ImportColumns } from './importColumns';

/** The sheet to fill in: a BOM so that Excel reads the Korean headers, and nothing else. */
export function templateCsv(locale: Locale, columns: ImportColumns): string {
  return toCsv(columns.headers(locale), []);
}
