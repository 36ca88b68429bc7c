import { useTranslate } from 'react-admin';
import { formatNumber } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import type { ImportColumns } from './importColumns';
import { IMPORT_ROWS_MAX, type SheetProblem } from './sheetRows';

/** A refused file's reason as a sentence, naming the sheet's columns by the headers the person reads. */
export function useProblemText(columns: ImportColumns) {
  const translate = useTranslate();
  const locale = useUiLocale();
  return (problem: SheetProblem): string => {
    const t = (args: Record<string, unknown> = {}) =>
      translate(`bitgoeul.import.problems.${problem.key}`, args);
    switch (problem.key) {
      case 'missingColumns':
        return t({
          columns: problem.columns.map((c) => columns.label(c, locale)).join(', '),
          headers: columns.headers(locale).join(', '),
        });
      case 'tooManyRows':
        return t({ count: formatNumber(problem.count), max: formatNumber(IMPORT_ROWS_MAX) });
      case 'sheets':
        return t({ count: problem.names.length, names: problem.names.join(', ') });
      case 'unreadable':
        return t({ detail: problem.detail });
      default:
        return t();
    }
  };
}
