import { PROGRAM_FIELD_LABELS } from '@bitgoeul/domain';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { i18nProvider } from './i18nProvider';
import { ko } from './ko';

type Messages = { [key: string]: Messages | string | undefined };

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value) for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Korean messages', () => {
  const english = leaves(englishMessages as Messages);
  const korean = leaves(ko as Messages);

  it("translate every one of react-admin's keys and invent none", () => {
    const ra = [...korean.keys()].filter((k) => k.startsWith('ra.'));
    expect(ra.sort()).toEqual([...english.keys()].sort());
  });

  it('are Korean, not English left in place', () => {
    const untranslated = [...korean]
      .filter(([key]) => key.startsWith('ra.'))
      // Latin words outside placeholders betray an untranslated message; 'dataProvider' is a code name.
      .filter(([, text]) => /[A-Za-z]{2,}/.test(text.replace(/%\{\w+\}|dataProvider|ID/g, '')))
      .filter(([, text]) => !/[가-힣]/.test(text));
    expect(untranslated).toEqual([]);
  });

  it('use only the placeholders react-admin fills in, and all of them where there are no plural forms', () => {
    const broken = [...english]
      .filter(([key, text]) => {
        const mine = new Set(placeholders(korean.get(key) ?? ''));
        const forms = text.split('||||').map(placeholders);
        const given = new Set(forms.flat());
        // Polyglot gives Korean a single form for every count, so it may use only what every call passes.
        if ([...mine].some((p) => !given.has(p))) return true;
        return forms.length === 1 && given.size !== mine.size;
      })
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  it("never name the record in a message that also serves several, where react-admin doesn't pass it", () => {
    const plural = [...english].filter(([, text]) => text.includes('||||')).map(([key]) => key);
    expect(plural.filter((key) => korean.get(key)?.includes('%{recordRepresentation}'))).toEqual([]);
  });
});

/**
 * Latin words a Korean message may hold: names of file formats and geometry types, web addresses' schemes,
 * and the API's own column names that an import sheet may use as its headers (they are codes, typed as-is).
 */
const LATIN_IN_KOREAN = new Set([
  'GeoJSON',
  'Feature',
  'FeatureCollection',
  'Polygon',
  'MultiPolygon',
  'http',
  'https',
  ...['indicatorCode', 'period', 'value', 'status', 'sourceCode', 'note'],
  ...['code', 'nameKo', 'summaryKo', 'area'],
]);

describe('our messages', () => {
  const korean = leaves(ko as Messages);
  const english = leaves(en as Messages);
  const ours = (messages: Map<string, string>) => [...messages.keys()].filter((k) => !k.startsWith('ra.'));

  it('have every key in both languages', () => {
    const koKeys = new Set(ours(korean));
    const enKeys = new Set(ours(english));
    expect(ours(korean).filter((k) => !enKeys.has(k))).toEqual([]);
    expect(ours(english).filter((k) => !koKeys.has(k))).toEqual([]);
  });

  it('are Korean in Korean: no Latin words but codes, acronyms and the names of formats', () => {
    const latin = ours(korean).flatMap((key) => {
      const text = korean
        .get(key)!
        .replace(/%\{\w+\}/g, '')
        // Codes and acronyms (GWANGJU-TYPE-JOBS, CSV, SGIS) are written in capitals in either language.
        .replace(/\b[A-Z0-9][A-Z0-9-]*[A-Z0-9]\b/g, '');
      const words = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_IN_KOREAN.has(w));
      return words.length ? [`${key}: ${words.join(' ')}`] : [];
    });
    expect(latin).toEqual([]);
  });
});

describe('our labels', () => {
  it.each([
    ['ko', ko],
    ['en', en],
  ] as const)('name every field the domain names, in %s, with the domain label', (locale, messages) => {
    const fields = leaves(messages as Messages);
    for (const [field, label] of Object.entries(PROGRAM_FIELD_LABELS)) {
      expect(fields.get(`resources.programs.fields.${field}`)).toBe(label[locale]);
    }
  });

  it('are what the provider translates, Korean first and English after the switch', async () => {
    expect(i18nProvider.getLocale()).toBe('ko');
    expect(i18nProvider.translate('resources.programs.fields.name.ko')).toBe('이름(한국어)');
    expect(
      i18nProvider.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 10, total: 42 }),
    ).toBe('42개 중 1-10');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('resources.programs.name', { smart_count: 2 })).toBe('Programs');
    expect(i18nProvider.translate('resources.programs.fields.name.ko')).toBe('Name (Korean)');
    await i18nProvider.changeLocale('ko');
  });
});
