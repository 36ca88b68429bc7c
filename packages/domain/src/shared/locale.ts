/** The languages Bitgoeul speaks. Korean is the official language of every record; English is a translation. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A label or name in both languages. */
export interface Bilingual {
  ko: string;
  en: string;
}

/**
 * Picks the locale a caller prefers from an HTTP `Accept-Language` header (or any similar list).
 * Korean wins ties, because the people who read Bitgoeul's messages are mostly Korean speakers.
 */
export function pickLocale(acceptLanguage: string | null | undefined, fallback: Locale = 'ko'): Locale {
  if (!acceptLanguage) return fallback;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale = LOCALES.find((l) => tag === l || tag.startsWith(`${l}-`));
    if (!locale) continue;
    if (!best || q > best.q || (q === best.q && locale === 'ko')) best = { locale, q };
  }
  return best?.locale ?? fallback;
}
