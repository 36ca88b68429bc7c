import type { Locale } from '@bitgoeul/domain';
import { nameIn } from './names';

/**
 * The panel's current language, for the few places react-admin asks for plain text outside a component
 * (a record's representation: page titles, reference chips). The i18n provider keeps it up to date.
 */
let active: Locale = 'ko';

export function setActiveLocale(locale: string): void {
  active = locale === 'en' ? 'en' : 'ko';
}

export const activeLocale = (): Locale => active;

/** A record's name in the panel's language, the Korean one when it has no other. */
export const nameInActiveLocale = (name: { ko: string; en?: string | null }): string => nameIn(name, active);
