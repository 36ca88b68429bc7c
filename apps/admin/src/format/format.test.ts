import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatKrw, formatNumber, formatPercentChange } from './format';

describe('dates', () => {
  it('write a calendar date the Korean way, the same day in every time zone', () => {
    expect(formatDate('2019-01-31', 'ko')).toBe('2019년 1월 31일');
    expect(formatDate('2021-12-01', 'ko')).toBe('2021년 12월 1일');
    expect(formatDate('2019-01-31', 'en')).toBe('January 31, 2019');
  });

  it('write only as much of a date as the source gave', () => {
    expect(formatDate('2021-04-01', 'ko', 'MONTH')).toBe('2021년 4월');
    expect(formatDate('2021-01-01', 'ko', 'YEAR')).toBe('2021년');
    expect(formatDate('2021-04-01', 'en', 'MONTH')).toBe('April 2021');
  });

  it('leave what is not a date as it was given, and nothing as nothing', () => {
    expect(formatDate('2021-13-01', 'ko')).toBe('2021-13-01');
    expect(formatDate('2021', 'ko')).toBe('2021');
    expect(formatDate(null, 'ko')).toBe('');
  });

  it('write an instant on the clock in Gwangju', () => {
    // 15:30 UTC on 30 June is half past midnight on 1 July in Seoul.
    expect(formatDateTime('2021-06-30T15:30:00.000Z', 'ko')).toBe('2021년 7월 1일 00:30');
    expect(formatDateTime('2021-06-30T15:30:00.000Z', 'en')).toMatch(/^July 1, 2021(,| at) 00:30$/);
  });
});

describe('numbers', () => {
  it.each([
    [2769, '2,769'],
    ['2769', '2,769'],
    [1_000_000, '1,000,000'],
    ['-1234567.50', '-1,234,567.50'],
    ['7.2', '7.2'],
    [0, '0'],
    [530, '530'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('keep every digit of a large published figure, which a float would round', () => {
    expect(formatNumber('12345678901234567890.12')).toBe('12,345,678,901,234,567,890.12');
  });

  it('leave what is not a number as given', () => {
    expect(formatNumber('n/a')).toBe('n/a');
    expect(formatNumber(null)).toBe('');
  });
});

describe('money and change', () => {
  it('write whole won as 원 in Korean and KRW in English', () => {
    expect(formatKrw(1_500_000, 'ko')).toBe('1,500,000원');
    expect(formatKrw(4_800_000, 'en')).toBe('KRW 4,800,000');
    expect(formatKrw(null, 'ko')).toBe('');
  });

  it('write a year-on-year change with its sign', () => {
    expect(formatPercentChange('7.2')).toBe('+7.2%');
    expect(formatPercentChange('-3.0')).toBe('-3.0%');
    expect(formatPercentChange('0.0')).toBe('0.0%');
    expect(formatPercentChange('1234.5')).toBe('+1,234.5%');
    expect(formatPercentChange(null)).toBe('');
  });
});
