import { describe, expect, it } from 'vitest';
import { historyMessages } from './historyMessages';

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

describe('the words of history and the audit log', () => {
  const ko = leaves(historyMessages('ko') as unknown as Messages);
  const en = leaves(historyMessages('en') as unknown as Messages);

  it('are Korean in Korean and use the same placeholders in both languages', () => {
    expect([...ko.keys()]).toEqual([...en.keys()]);
    for (const [key, text] of ko) {
      expect(text, key).toMatch(/[가-힣]|^\(|%\{/);
      expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
    }
  });
});
