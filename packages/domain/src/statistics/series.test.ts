import { describe, expect, it } from 'vitest';
import { baseFromYoy, cumulative, progressToTarget, yoyChange } from './series.js';

describe('yoyChange', () => {
  it('gives the difference and the percentage to one decimal', () => {
    expect(yoyChange('2769', '2583')).toEqual({ difference: '186', percent: '7.2' });
    expect(yoyChange('100', '100')).toEqual({ difference: '0', percent: '0.0' });
    expect(yoyChange('90', '100')).toEqual({ difference: '-10', percent: '-10.0' });
  });

  it('is null without a year-earlier figure, and has no percent on a zero base', () => {
    expect(yoyChange('2769', null)).toBeNull();
    expect(yoyChange('2769', undefined)).toBeNull();
    expect(yoyChange('5', '0')).toEqual({ difference: '5', percent: null });
  });

  it('reads a shrinking loss as an improvement', () => {
    expect(yoyChange('-50', '-100')).toEqual({ difference: '50', percent: '50.0' });
  });

  it('rounds half up on exact decimals', () => {
    // 0.05 % exactly: a float would make it 0.04999… and round down.
    expect(yoyChange('2000.1', '2000')?.percent).toBe('0.0');
    expect(yoyChange('1000.5', '1000')?.percent).toBe('0.1');
  });
});

describe('baseFromYoy', () => {
  it('derives the year-earlier births from 2,769 and +7.2 %', () => {
    expect(baseFromYoy('2769', '7.2')).toBe('2583');
    expect(baseFromYoy('2769', '7.2', 2)).toBe('2583.02');
  });

  it('works for falls and for no change, and is null at −100 %', () => {
    expect(baseFromYoy('90', '-10')).toBe('100');
    expect(baseFromYoy('530', '0')).toBe('530');
    expect(baseFromYoy('0', '-100')).toBeNull();
  });

  it('agrees with yoyChange on the way back', () => {
    const base = baseFromYoy('2769', '7.2')!;
    expect(yoyChange('2769', base)?.percent).toBe('7.2');
  });
});

describe('cumulative', () => {
  it('adds up in period order whatever the input order', () => {
    expect(
      cumulative([
        { period: '2021-03', value: '700' },
        { period: '2021-01', value: '690.5' },
        { period: '2021-02', value: '650' },
      ]),
    ).toEqual([
      { period: '2021-01', value: '690.5', cumulative: '690.5' },
      { period: '2021-02', value: '650', cumulative: '1340.5' },
      { period: '2021-03', value: '700', cumulative: '2040.5' },
    ]);
  });

  it('continues after a cumulative span', () => {
    expect(
      cumulative([
        { period: '2021-05', value: '600' },
        { period: '2021-01/2021-04', value: '2769' },
      ]).map((p) => p.cumulative),
    ).toEqual(['2769', '3369']);
  });

  it('is empty for no points and refuses overlapping periods', () => {
    expect(cumulative([])).toEqual([]);
    expect(() =>
      cumulative([
        { period: '2021-01/2021-04', value: '2769' },
        { period: '2021-04', value: '700' },
      ]),
    ).toThrow('Periods overlap: 2021-01/2021-04 and 2021-04');
  });
});

describe('progressToTarget', () => {
  it('measures GGM hiring against its targets', () => {
    expect(progressToTarget('530', '1000', 'UP_IS_GOOD')).toBe('53.0');
    expect(progressToTarget('530', '10000', 'UP_IS_GOOD')).toBe('5.3');
    expect(progressToTarget('61', '100', 'UP_IS_GOOD')).toBe('61.0');
  });

  it('starts from a baseline when there is one', () => {
    expect(progressToTarget('150', '200', 'UP_IS_GOOD', '100')).toBe('50.0');
  });

  it('measures a fall towards a lower target from the baseline', () => {
    expect(progressToTarget('80', '60', 'DOWN_IS_GOOD', '100')).toBe('50.0');
    expect(progressToTarget('110', '60', 'DOWN_IS_GOOD', '100')).toBe('-25.0');
    expect(progressToTarget('50', '60', 'DOWN_IS_GOOD', '100')).toBe('125.0');
  });

  it('is null when there is no distance to measure', () => {
    expect(progressToTarget('80', '60', 'DOWN_IS_GOOD')).toBeNull();
    expect(progressToTarget('5', '0', 'UP_IS_GOOD')).toBeNull();
    expect(progressToTarget('5', '100', 'UP_IS_GOOD', '100')).toBeNull();
  });

  it('does not clamp: a beaten target is over 100', () => {
    expect(progressToTarget('1200', '1000', 'UP_IS_GOOD')).toBe('120.0');
  });
});
