import type { Locale } from '@bitgoeul/domain';

/** The UI locale in the domain's terms; anything the domain does not speak falls back to Korean. */
export function asDomainLocale(locale: string | undefined): Locale {
  return locale === 'en' ? 'en' : 'ko';
}
