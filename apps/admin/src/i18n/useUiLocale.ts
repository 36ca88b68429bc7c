import type { Locale } from '@bitgoeul/domain';
import { useLocaleState } from 'react-admin';
import { asDomainLocale } from './i18nProvider';

/** The language the person chose in the app bar, in the domain's terms (for code-list labels and messages). */
export function useUiLocale(): Locale {
  const [locale] = useLocaleState();
  return asDomainLocale(locale);
}

const DATE_LOCALES: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };

/**
 * How DateField writes a calendar date: "2019년 1월 31일" in Korean. Dates are `YYYY-MM-DD` days in
 * Gwangju, not instants, so they are read and written in UTC to keep every viewer on the same day.
 */
export function useDateFormat() {
  const locale = useUiLocale();
  return {
    locales: DATE_LOCALES[locale],
    options: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const,
  };
}

/** How DateField writes an instant (createdAt, updatedAt): in the city's own time zone. */
export function useDateTimeFormat() {
  const locale = useUiLocale();
  return {
    locales: DATE_LOCALES[locale],
    options: { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' } as const,
  };
}
