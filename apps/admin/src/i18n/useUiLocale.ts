import type { Locale } from '@bitgoeul/domain';
import { useLocaleState } from 'react-admin';
import { asDomainLocale } from './locale';

/** The language the person chose in the app bar, in the domain's terms (for code-list labels and messages). */
export function useUiLocale(): Locale {
  const [locale] = useLocaleState();
  return asDomainLocale(locale);
}
