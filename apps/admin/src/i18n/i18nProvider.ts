import type { Locale } from '@bitgoeul/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { setActiveLocale } from './activeLocale';
import { en } from './en';
import { ko } from './ko';

export { asDomainLocale } from './locale';

export const DEFAULT_LOCALE: Locale = 'ko';

// Both catalogues are a few kB; loading them up front keeps the locale switch instant.
const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? en : ko), DEFAULT_LOCALE, [
  { locale: 'ko', name: '한국어' },
  { locale: 'en', name: 'English' },
]);

export const i18nProvider: typeof polyglot = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setActiveLocale(locale);
  },
};
