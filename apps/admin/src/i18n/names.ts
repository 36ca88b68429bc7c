import type { Locale } from '@bitgoeul/domain';
import { useUiLocale } from './useUiLocale';

type Named = { ko: string; en?: string | null };

/** A record's name in the given language, the Korean one when it has no other. */
export const nameIn = (name: Named, locale: Locale): string => (locale === 'en' && name.en) || name.ko;

/** `nameIn` for the panel's current language, for components. */
export function useNameOf(): (name: Named) => string {
  const locale = useUiLocale();
  return (name) => nameIn(name, locale);
}
