import type { ImportColumns, Locale } from '@bitgoeul/domain';
import { type CsvCell, toCsv } from '../export/csv';

/**
 * The sheet to fill in: a BOM so that Excel reads the Korean headers, and an example row (cells by
 * column key) showing how a row reads. The example carries the domain's TEMPLATE_EXAMPLE_MARK, so a row
 * left in is refused rather than imported.
 */
export function templateCsv(
  locale: Locale,
  columns: ImportColumns,
  example?: Readonly<Record<string, CsvCell>>,
): string {
  const rows = example ? [columns.specs.map((c) => example[c.key] ?? '')] : [];
  return toCsv(columns.headers(locale), rows);
}
