import type { Locale } from '@bitgoeul/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { ko } from './ko';

export { asDomainLocale } from './locale';

export const DEFAULT_LOCALE: Locale = 'ko';

// Both catalogues are a few kB; loading them up front keeps the locale switch instant.
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : ko), DEFAULT_LOCALE, [
  { locale: 'ko', name: '한국어' },
  { locale: 'en', name: 'English' },
]);
