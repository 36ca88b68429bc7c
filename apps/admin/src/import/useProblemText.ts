import type { ImportColumns, SheetProblem } from '@bitgoeul/domain';
import { useTranslate } from 'react-admin';
import { formatNumber } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';

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
        return t({ count: formatNumber(problem.count), max: formatNumber(problem.max) });
      case 'sheets':
        return t({ count: problem.names.length, names: problem.names.join(', ') });
      case 'unreadable':
        return t({ detail: problem.detail });
      default:
        return t();
    }
  };
}
