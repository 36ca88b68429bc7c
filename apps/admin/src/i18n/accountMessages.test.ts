import { describe, expect, it } from 'vitest';
import { accountMessages } from './accountMessages';
import { i18nProvider } from './i18nProvider';

type Messages = { [key: string]: Messages | string };

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the words of history, the audit log and accounts', () => {
  const ko = leaves(accountMessages('ko') as unknown as Messages);
  const en = leaves(accountMessages('en') as unknown as Messages);

  it('are Korean in Korean and use the same placeholders in both languages', () => {
    expect([...ko.keys()]).toEqual([...en.keys()]);
    for (const [key, text] of ko) {
      expect(text, key).toMatch(/[가-힣]|^\(|%\{/);
      expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
    }
  });

  it('reach the UI through the i18n provider, and switch to English', async () => {
    expect(i18nProvider.translate('bitgoeul.history.actions.RESTORE')).toBe('복원');
    expect(i18nProvider.translate('resources.auditEvents.name', { smart_count: 2 })).toBe('감사 기록');
    expect(i18nProvider.translate('bitgoeul.users.menu')).toBe('사용자 관리');
    await i18nProvider.changeLocale('en');
    try {
      expect(i18nProvider.translate('bitgoeul.history.actions.RESTORE')).toBe('Restored');
      expect(i18nProvider.translate('resources.users.name', { smart_count: 1 })).toBe('User');
    } finally {
      await i18nProvider.changeLocale('ko');
    }
  });
});
