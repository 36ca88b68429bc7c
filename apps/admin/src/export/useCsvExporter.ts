import { useMemo } from 'react';
import {
  downloadCSV,
  type Exporter,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import type { AdminResourceOptions } from '../adminResource';
import { useUiLocale } from '../i18n/useUiLocale';
import { toCsv } from './csv';
import { cellOf, type ExportColumn } from './exportColumns';
import { seoulDate } from './seoulTime';

const NO_COLUMNS: readonly ExportColumn[] = [];

/**
 * The `exporter` of a list: the columns its resource definition gives (`exportColumns`, handed to the
 * `<Resource>` in its options), headed by their labels in the UI language (Korean by default), code lists
 * as labels, saved as `<resource>-<YYYY-MM-DD>.csv` with a BOM for Excel.
 */
export function useCsvExporter(): Exporter {
  const resource = useResourceContext()!;
  const options = useResourceDefinition({ resource }).options as AdminResourceOptions | undefined;
  const columns = options?.exportColumns ?? NO_COLUMNS;
  const translate = useTranslate();
  const locale = useUiLocale();
  return useMemo(() => {
    const header = columns.map((c) => translate(`resources.${resource}.fields.${c.source}`, { _: c.source }));
    return (records: Record<string, unknown>[]) => {
      const rows = records.map((record) => columns.map((c) => cellOf(record, c, locale)));
      downloadCSV(toCsv(header, rows), `${resource}-${seoulDate(new Date())}`);
    };
  }, [resource, columns, translate, locale]);
}
