import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  DataProviderContext,
  I18nContextProvider,
  memoryStore,
  StoreContextProvider,
  testDataProvider,
} from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { ChangesTable } from './ChangesTable';

function text(node: ReactNode, locale = 'ko'): string {
  const html = renderToStaticMarkup(
    // A static render does not wait for the names of referenced records; the e2e history test reads them.
    <MemoryRouter>
      <QueryClientProvider client={new QueryClient()}>
        <DataProviderContext.Provider value={testDataProvider()}>
          <StoreContextProvider value={memoryStore({ locale })}>
            <I18nContextProvider value={i18nProvider}>{node}</I18nContextProvider>
          </StoreContextProvider>
        </DataProviderContext.Provider>
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return html
    .replace(/<style[^>]*>.*?<\/style>/g, '')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

const changes = [
  { field: 'status', label: null, before: 'PIPELINE', after: 'IMPLEMENTATION' },
  { field: 'plannedEnd', label: null, before: null, after: '2030-12-31' },
];

describe('the changes of a write, as the History tab shows them', () => {
  it('reads in Korean: label, before → after, "(없음)" for no value', () => {
    const shown = text(<ChangesTable resource="programs" changes={changes} />);
    expect(shown).toContain('상태 | 추진 예정 | | 추진 중 |');
    expect(shown).toContain('계획 종료일 | (없음) | | 2030년 12월 31일 |');
  });

  it('reads in English after the switch', async () => {
    // The i18n provider renders nothing while it changes language; switch it first, as the app bar does.
    await i18nProvider.changeLocale('en');
    try {
      const shown = text(<ChangesTable resource="programs" changes={changes} />, 'en');
      expect(shown).toContain('Status | Pipeline | | Implementation |');
      expect(shown).toContain('Planned end | (none) | | December 31, 2030 |');
    } finally {
      await i18nProvider.changeLocale('ko');
    }
  });

  it('says so when no field changed', () => {
    expect(
      text(<ChangesTable resource="programs" changes={[{ field: 'version', before: 1, after: 2 }]} />),
    ).toBe('바뀐 필드가 없습니다.');
  });
});
