import type { Locale } from '@bitgoeul/domain';
import { toCsv } from '../export/csv';
import { type ImportColumns, OBSERVATION_COLUMNS } from './importColumns';

/** The sheet to fill in: a BOM so that Excel reads the Korean headers, and nothing else. */
export function templateCsv(locale: Locale = 'ko', columns: ImportColumns = OBSERVATION_COLUMNS): string {
  return toCsv(columns.headers(locale), []);
}
