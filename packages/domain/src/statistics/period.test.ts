import { describe, expect, it } from 'vitest';
import { formatIssue, validateWith } from '../shared/validation.js';
import {
  checkPeriodFrequency,
  comparePeriods,
  containingPoint,
  monthsOf,
  parsePeriod,
  periodLabel,
  periodMatchesFrequency,
  periodText,
  previousYearPeriod,
  toPeriod,
} from './period.js';

const parsed = (text: string) => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`did not parse: ${text}`);
  return result.value;
};

describe('parsePeriod', () => {
  it('reads a year, a quarter and a month with their first and last days', () => {
    expect(parsed('2021')).toMatchObject({
      kind: 'SINGLE',
      granularity: 'YEAR',
      text: '2021',
      start: '2021-01-01',
      end: '2021-12-31',
    });
    expect(parsed('2021-Q2')).toMatchObject({
      granularity: 'QUARTER',
      start: '2021-04-01',
      end: '2021-06-30',
    });
    expect(parsed('2020-02')).toMatchObject({ granularity: 'MONTH', start: '2020-02-01', end: '2020-02-29' });
    expect(parsed('2021-02').end).toBe('2021-02-28');
  });

  it('reads a span of months: births January to April', () => {
    expect(parsed('2021-01/2021-04')).toEqual({
      kind: 'SPAN',
      granularity: 'MONTH',
      from: { granularity: 'MONTH', year: 2021, index: 1 },
      to: { granularity: 'MONTH', year: 2021, index: 4 },
      text: '2021-01/2021-04',
      start: '2021-01-01',
      end: '2021-04-30',
    });
  });

  it('canonicalises: lower-case q, spaces, and a span with equal ends', () => {
    expect(parsed(' 2021-q3 ').text).toBe('2021-Q3');
    expect(parsed('2021-04 / 2021-06').text).toBe('2021-04/2021-06');
    expect(parsed('2021-04/2021-04')).toMatchObject({ kind: 'SINGLE', text: '2021-04' });
    expect(parsed('2019/2021')).toMatchObject({ kind: 'SPAN', granularity: 'YEAR', end: '2021-12-31' });
  });

  it.each([
    ['2021-13', '2021-04'],
    ['2021-00', '2021-04'],
    ['2021-Q5', '2021-Q2'],
    ['2021-Q0', '2021-Q2'],
    ['21-04', '2021, 2021-Q2, 2021-04, 2021-01/2021-04'],
    ['2021-4-1', '2021, 2021-Q2, 2021-04, 2021-01/2021-04'],
    ['0999', '2021, 2021-Q2, 2021-04, 2021-01/2021-04'],
    ['', '2021, 2021-Q2, 2021-04, 2021-01/2021-04'],
    ['2021-01/2021-Q2', '2021-01/2021-04'],
    ['2021-01/2021-02/2021-03', '2021-01/2021-04'],
  ])('refuses %s with INVALID_FORMAT and the example %s', (text, example) => {
    expect(parsePeriod(text)).toEqual({
      ok: false,
      issues: [{ field: 'period', code: 'INVALID_FORMAT', params: { example } }],
    });
  });

  it('refuses a span that ends before it starts', () => {
    expect(parsePeriod('2021-04/2021-01', 'observations.0.period')).toEqual({
      ok: false,
      issues: [{ field: 'observations.0.period', code: 'END_BEFORE_START', params: { other: '2021-04' } }],
    });
  });

  it('gives a person a readable message', () => {
    const result = parsePeriod('2021-13');
    expect(!result.ok && formatIssue(result.issues[0]!, 'ko', { period: { ko: '기간', en: 'Period' } })).toBe(
      '기간의 형식이 올바르지 않습니다. 예: 2021-04',
    );
  });
});

describe('periodText (zod)', () => {
  it('stores the canonical text and reports parse failures at the field', () => {
    expect(periodText.parse('2021-q1')).toBe('2021-Q1');
    expect(validateWith(periodText, '2021-Q5')).toEqual({
      ok: false,
      issues: [{ field: '', code: 'INVALID_FORMAT', params: { example: '2021-Q2' } }],
    });
    expect(validateWith(periodText, 2021).ok).toBe(false);
  });
});

describe('comparePeriods', () => {
  it('orders chronologically, shorter first, coarser first on a tie', () => {
    const periods = [
      '2021-Q2',
      '2021',
      '2021-01/2021-04',
      '2020-12',
      '2021-01',
      '2021-Q1',
      '2021-01/2021-03',
      '2021-04',
    ];
    expect([...periods].sort(comparePeriods)).toEqual([
      '2020-12',
      '2021-01',
      '2021-Q1',
      '2021-01/2021-03',
      '2021-01/2021-04',
      '2021',
      '2021-04',
      '2021-Q2',
    ]);
  });

  it('throws on text that is not a period', () => {
    expect(() => comparePeriods('2021', 'soon')).toThrow(RangeError);
    expect(() => toPeriod('2021-13')).toThrow('Not a period');
  });
});

describe('previousYearPeriod', () => {
  it('shifts every kind of period back one year', () => {
    expect(previousYearPeriod('2021').text).toBe('2020');
    expect(previousYearPeriod('2021-Q2').text).toBe('2020-Q2');
    expect(previousYearPeriod('2021-01/2021-04').text).toBe('2020-01/2020-04');
    expect(previousYearPeriod('2020-11/2021-02').text).toBe('2019-11/2020-02');
  });

  it('keeps the last day right across leap years', () => {
    expect(previousYearPeriod('2021-02').end).toBe('2020-02-29');
  });
});

describe('frequency', () => {
  it('matches months and spans of months to a monthly indicator, anything to an irregular one', () => {
    expect(periodMatchesFrequency('2021-04', 'MONTH')).toBe(true);
    expect(periodMatchesFrequency('2021-01/2021-04', 'MONTH')).toBe(true);
    expect(periodMatchesFrequency('2021', 'MONTH')).toBe(false);
    expect(periodMatchesFrequency('2021-Q1', 'QUARTER')).toBe(true);
    expect(periodMatchesFrequency('2021-03', 'QUARTER')).toBe(false);
    expect(periodMatchesFrequency('2021-Q1', 'IRREGULAR')).toBe(true);
  });

  it('explains a mismatch in both languages', () => {
    const issue = checkPeriodFrequency('2021', 'MONTH');
    expect(issue).toEqual({
      field: 'period',
      code: 'PERIOD_FREQUENCY_MISMATCH',
      params: { period: '2021', frequency: 'MONTH', frequencyKo: '월', frequencyEn: 'Monthly' },
    });
    expect(formatIssue(issue!, 'en')).toBe('period: period 2021 does not match the frequency (Monthly).');
    expect(checkPeriodFrequency('2021-04', 'MONTH')).toBeNull();
    expect(checkPeriodFrequency('2021-13', 'MONTH')?.code).toBe('INVALID_FORMAT');
  });
});

describe('grains', () => {
  it('finds the quarter and year containing a month', () => {
    const may = parsed('2021-05').from;
    expect(containingPoint(may, 'QUARTER')).toEqual({ granularity: 'QUARTER', year: 2021, index: 2 });
    expect(containingPoint(may, 'YEAR')).toEqual({ granularity: 'YEAR', year: 2021, index: 1 });
    expect(containingPoint(parsed('2021-12').from, 'QUARTER').index).toBe(4);
  });

  it('lists the months of a quarter', () => {
    expect(monthsOf(parsed('2021-Q4').from).map((m) => m.index)).toEqual([10, 11, 12]);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2021', '2021년', '2021'],
    ['2021-Q2', '2021년 2분기', 'Q2 2021'],
    ['2021-04', '2021년 4월', 'Apr 2021'],
    ['2021-01/2021-04', '2021년 1~4월', 'Jan–Apr 2021'],
    ['2021-Q1/2021-Q2', '2021년 1~2분기', 'Q1–Q2 2021'],
    ['2020-11/2021-02', '2020년 11월~2021년 2월', 'Nov 2020 – Feb 2021'],
    ['2019/2021', '2019~2021년', '2019–2021'],
  ])('%s reads "%s" / "%s"', (text, ko, en) => {
    expect(periodLabel(text, 'ko')).toBe(ko);
    expect(periodLabel(text, 'en')).toBe(en);
  });
});

describe('periods as the panel and the press write them', () => {
  it.each([
    ['2021년 1~5월', '2021-01/2021-05'],
    ['2021년 5월', '2021-05'],
    ['2021년', '2021'],
    ['2021년 2분기', '2021-Q2'],
    ['2021년 1~2분기', '2021-Q1/2021-Q2'],
    ['2020~2021년', '2020/2021'],
    ['2021년 11월~2022년 2월', '2021-11/2022-02'],
    ['2021 Q2', '2021-Q2'],
    ['2021Q2', '2021-Q2'],
    ['Q2 2021', '2021-Q2'],
    ['2021-5', '2021-05'],
    ['2021-4', '2021-04'],
    ['2021.05', '2021-05'],
    ['May 2021', '2021-05'],
    ['Jan–May 2021', '2021-01/2021-05'],
    ['Nov 2021 – Feb 2022', '2021-11/2022-02'],
    ['2021-01 ~ 2021-04', '2021-01/2021-04'],
  ])('reads %j as %s', (text, canonical) => {
    const parsed = parsePeriod(text);
    expect(parsed.ok && parsed.value.text).toBe(canonical);
  });

  it('reads back every label it prints, in both languages', () => {
    for (const text of [
      '2021',
      '2021-Q2',
      '2021-04',
      '2021-01/2021-05',
      '2021-Q1/2021-Q3',
      '2019/2021',
      '2021-11/2022-02',
    ]) {
      for (const locale of ['ko', 'en'] as const) {
        const parsed = parsePeriod(periodLabel(text, locale));
        expect(parsed.ok && parsed.value.text).toBe(text);
      }
    }
  });

  it('still refuses what is not a period, with an example', () => {
    for (const text of ['2021년 13월', '2021-Q5', '5월', 'Mayday 2021', '2021년 5~3월']) {
      const parsed = parsePeriod(text);
      expect(parsed.ok).toBe(false);
    }
  });
});
