import { ChildOrder, ProgramStatus } from '@bitgoeul/domain';
import type { ReactNode } from 'react';
import { I18nContextProvider, memoryStore, RecordContextProvider, StoreContextProvider } from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { CalendarDateField, CodeField, CodeListField, DecimalField, InstantField, KrwField } from './fields';

const record = {
  id: 'x',
  plannedStart: '2019-01-31',
  updatedAt: '2021-06-30T15:30:00.000Z',
  value: '2769',
  amount: 1_500_000,
  status: 'IMPLEMENTATION',
  childOrders: ['SECOND', 'THIRD_OR_LATER'],
};

/** Renders fields as a page shows them, in the language the store holds (Korean unless switched). */
function text(node: ReactNode, locale = 'ko'): string {
  const store = memoryStore({ locale });
  const html = renderToStaticMarkup(
    <StoreContextProvider value={store}>
      <I18nContextProvider value={i18nProvider}>
        <RecordContextProvider value={record}>{node}</RecordContextProvider>
      </I18nContextProvider>
    </StoreContextProvider>,
  );
  // Emotion writes its styles inline when rendering on a server; only the text matters here.
  return html.replace(/<style[^>]*>.*?<\/style>/g, '').replace(/<[^>]+>/g, '');
}

describe('fields', () => {
  it('write a record the Korean way', () => {
    expect(text(<CalendarDateField source="plannedStart" />)).toBe('2019년 1월 31일');
    expect(text(<InstantField source="updatedAt" />)).toBe('2021년 7월 1일 00:30');
    expect(text(<DecimalField source="value" />)).toBe('2,769');
    expect(text(<KrwField source="amount" />)).toBe('1,500,000원');
    expect(text(<CodeField source="status" list={ProgramStatus} />)).toBe('추진 중');
    expect(text(<CodeListField source="childOrders" list={ChildOrder} />)).toBe('둘째, 셋째 이상');
  });

  it('switch with the UI language', async () => {
    // The i18n provider renders nothing while it changes language; switch it first, as the app bar does.
    await i18nProvider.changeLocale('en');
    try {
      expect(text(<KrwField source="amount" />, 'en')).toBe('KRW 1,500,000');
      expect(text(<CodeField source="status" list={ProgramStatus} />, 'en')).toBe('Implementation');
    } finally {
      await i18nProvider.changeLocale('ko');
    }
  });

  it('show the empty text for a missing value', () => {
    expect(text(<CalendarDateField source="plannedEnd" emptyText="-" />)).toBe('-');
  });
});
