import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import { type RolledUpValue, rollUp } from './roll-up.js';

const months = [
  { period: '2021-01', value: '700' },
  { period: '2021-02', value: '650' },
  { period: '2021-03', value: '720' },
  { period: '2021-04', value: '699' },
];

const values = (result: ReturnType<typeof rollUp>) =>
  result.ok ? result.value.map((v: RolledUpValue) => [v.period, v.value, v.complete]) : result.issues;

describe('rollUp', () => {
  it('sums months into quarters, flagging the incomplete one', () => {
    expect(rollUp(months, 'QUARTER', 'SUM')).toEqual({
      ok: true,
      value: [
        { period: '2021-Q1', value: '2070', count: 3, expected: 3, complete: true },
        { period: '2021-Q2', value: '699', count: 1, expected: 3, complete: false },
      ],
    });
  });

  it("sums months into a year: the seed's 2,769 births for January–April", () => {
    expect(values(rollUp(months, 'YEAR', 'SUM'))).toEqual([['2021', '2769', false]]);
  });

  it('takes the last month present for LAST, whatever the input order', () => {
    const shuffled = [months[2]!, months[0]!, months[1]!];
    expect(values(rollUp(shuffled, 'QUARTER', 'LAST'))).toEqual([['2021-Q1', '720', true]]);
  });

  it('averages exactly, keeping two more places than the inputs', () => {
    expect(values(rollUp(months.slice(0, 3), 'QUARTER', 'AVERAGE'))).toEqual([['2021-Q1', '690', true]]);
    const rates = [
      { period: '2021-01', value: '1.5' },
      { period: '2021-02', value: '1.5' },
      { period: '2021-03', value: '1.6' },
    ];
    expect(values(rollUp(rates, 'QUARTER', 'AVERAGE'))).toEqual([['2021-Q1', '1.533', true]]);
  });

  it('rolls quarters into years and keeps years apart', () => {
    const quarters = ['2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].map((period) => ({
      period,
      value: '10',
    }));
    expect(values(rollUp(quarters, 'YEAR', 'SUM'))).toEqual([
      ['2020', '10', false],
      ['2021', '40', true],
    ]);
  });

  it('returns the same periods when the grain does not change', () => {
    expect(values(rollUp(months.slice(0, 2), 'MONTH', 'SUM'))).toEqual([
      ['2021-01', '700', true],
      ['2021-02', '650', true],
    ]);
  });

  it('answers nothing for nothing', () => {
    expect(rollUp([], 'YEAR', 'SUM')).toEqual({ ok: true, value: [] });
  });

  it('refuses a finer target than the source', () => {
    const result = rollUp([{ period: '2021', value: '2769' }], 'QUARTER', 'SUM');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          field: 'toFrequency',
          code: 'FREQUENCY_TOO_FINE',
          params: {
            from: 'YEAR',
            fromKo: '연',
            fromEn: 'Yearly',
            to: 'QUARTER',
            toKo: '분기',
            toEn: 'Quarterly',
          },
        },
      ],
    });
    expect(!result.ok && formatIssue(result.issues[0]!, 'en')).toBe(
      'toFrequency: Yearly figures cannot be split into a finer frequency (Quarterly).',
    );
  });

  it('refuses spans, mixed grains, repeats and bad periods', () => {
    expect(values(rollUp([...months, { period: '2021-01/2021-04', value: '2769' }], 'YEAR', 'SUM'))).toEqual([
      expect.objectContaining({ field: 'points.4.period', code: 'PERIOD_FREQUENCY_MISMATCH' }),
    ]);
    expect(values(rollUp([months[0]!, { period: '2021-Q2', value: '1' }], 'YEAR', 'SUM'))).toEqual([
      expect.objectContaining({ field: 'points.1.period', code: 'PERIOD_FREQUENCY_MISMATCH' }),
    ]);
    expect(values(rollUp([months[0]!, { period: '2021-01', value: '1' }], 'YEAR', 'SUM'))).toEqual([
      { field: 'points.1.period', code: 'DUPLICATE', params: { value: '2021-01' } },
    ]);
    expect(values(rollUp([{ period: '2021-13', value: '1' }], 'YEAR', 'SUM'))).toEqual([
      { field: 'points.0.period', code: 'INVALID_FORMAT', params: { example: '2021-04' } },
    ]);
  });

  it('refuses a target grain that is not a calendar grain', () => {
    // @ts-expect-error IRREGULAR is a frequency but not a grain: nothing rolls up into it.
    expect(values(rollUp(months, 'IRREGULAR', 'SUM'))).toEqual([
      { field: 'toFrequency', code: 'UNKNOWN_CODE', params: { allowed: 'YEAR, QUARTER, MONTH' } },
    ]);
  });
});
