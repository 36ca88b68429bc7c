import type { Locale } from '@bitgoeul/domain';
import { toCsv } from '../export/csv';
import { IMPORT_COLUMNS } from './importColumns';

/** The sheet to fill in: a BOM so that Excel reads the Korean headers, and nothing else. */
export function templateCsv(locale: Locale = 'ko'): string {
  return toCsv(
    IMPORT_COLUMNS.map((c) => c.label[locale]),
    [],
  );
}
