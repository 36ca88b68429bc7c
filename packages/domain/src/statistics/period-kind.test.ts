import { describe, expect, it } from 'vitest';
import { isSameKindOfPeriod, isYearToDate, periodMonthCount, previousYearPeriod } from './period.js';

describe('the kind of a period', () => {
  it('counts the months a period covers', () => {
    expect(periodMonthCount('2021')).toBe(12);
    expect(periodMonthCount('2021-Q2')).toBe(3);
    expect(periodMonthCount('2021-05')).toBe(1);
    expect(periodMonthCount('2021-01/2021-04')).toBe(4);
    expect(periodMonthCount('2021-Q1/2021-Q2')).toBe(6);
    expect(periodMonthCount('2020-11/2021-02')).toBe(4);
    expect(periodMonthCount('2019/2021')).toBe(36);
  });

  it('matches a period with the same kind of period in another year, and with nothing else', () => {
    expect(isSameKindOfPeriod('2021-01/2021-04', '2020-01/2020-04')).toBe(true);
    expect(isSameKindOfPeriod('2021-07', '2020-07')).toBe(true);
    expect(isSameKindOfPeriod('2021-Q2', '2019-Q2')).toBe(true);
    expect(isSameKindOfPeriod('2021', '2020')).toBe(true);
    expect(isSameKindOfPeriod('2021-01/2021-05', '2020-01/2020-04')).toBe(false);
    expect(isSameKindOfPeriod('2021-07', '2021-06')).toBe(false);
    expect(isSameKindOfPeriod('2021-Q1', '2020-01/2020-03')).toBe(false);
    expect(isSameKindOfPeriod('2021-04', '2020-01/2020-04')).toBe(false);
    expect(isSameKindOfPeriod('2020-11/2021-02', '2019-11/2020-02')).toBe(true);
    expect(isSameKindOfPeriod('2021-11/2022-02', '2021-11/2023-02')).toBe(false);
  });

  it('is what the same period a year earlier is', () => {
    for (const text of ['2021', '2021-Q3', '2021-12', '2021-01/2021-04', '2020-11/2021-02']) {
      expect(isSameKindOfPeriod(text, previousYearPeriod(text))).toBe(true);
    }
  });

  it('tells figures to date within a year from other spans', () => {
    expect(isYearToDate('2021-01/2021-04')).toBe(true);
    expect(isYearToDate('2021-Q1/2021-Q2')).toBe(true);
    expect(isYearToDate('2021')).toBe(true);
    expect(isYearToDate('2021-01')).toBe(true);
    expect(isYearToDate('2021-03/2021-05')).toBe(false);
    expect(isYearToDate('2021-Q2')).toBe(false);
    expect(isYearToDate('2021-01/2022-02')).toBe(false);
  });
});
