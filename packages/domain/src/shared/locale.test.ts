import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.js';

describe('pickLocale', () => {
  it.each([
    [undefined, 'ko'],
    ['', 'ko'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['ko-KR,ko;q=0.9,en;q=0.8', 'ko'],
    ['en;q=0.5,ko;q=0.8', 'ko'],
    ['en,ko', 'ko'],
    ['fr-FR,en;q=0.3', 'en'],
    ['fr-FR', 'ko'],
    ['en;q=0', 'ko'],
  ])('%s → %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});
