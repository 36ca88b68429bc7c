import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import {
  INDICATOR_FIELD_LABELS,
  IndicatorUnit,
  Multiplier,
  toBaseUnits,
  validateIndicator,
  validateObservation,
  validateTarget,
} from './indicator.js';

const births = {
  code: 'GWANGJU-BIRTHS',
  name: { ko: '출생아 수', en: 'Births' },
  unit: 'PERSONS',
  frequency: 'MONTH',
  aggregation: 'SUM',
  subject: { type: 'CITY', id: 'org-gwangju' },
};

const observation = {
  indicatorId: 'ind-births',
  period: '2021-01/2021-04',
  value: '2,769',
  status: 'PROVISIONAL',
  sourceId: 'source-hankyung',
};

describe('code lists', () => {
  it('has the units and the Korean multipliers', () => {
    expect(IndicatorUnit.codes).toEqual(
      expect.arrayContaining(['PERSONS', 'COMPANIES', 'KRW', 'PERCENT', 'COUNT', 'JOBS', 'M2']),
    );
    expect(Multiplier.label('TEN_THOUSAND', 'ko')).toBe('만');
    expect(Multiplier.label('HUNDRED_MILLION', 'ko')).toBe('억');
  });

  it('multiplies a published figure out exactly', () => {
    expect(toBaseUnits('480', 'TEN_THOUSAND')).toBe('4800000');
    expect(toBaseUnits('1.5', 'HUNDRED_MILLION')).toBe('150000000');
    expect(toBaseUnits('2.75', 'TRILLION')).toBe('2750000000000');
    expect(toBaseUnits('530', 'ONE')).toBe('530');
  });
});

describe('validateIndicator', () => {
  it('accepts births, defaulting the multiplier and direction', () => {
    const result = validateIndicator(births);
    expect(result.ok && result.value).toMatchObject({
      multiplier: 'ONE',
      direction: 'UP_IS_GOOD',
      visibility: 'PUBLIC',
    });
  });

  it('refuses an unknown frequency and a subject without an id', () => {
    const result = validateIndicator({ ...births, frequency: 'WEEK', subject: { type: 'CITY' } });
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining(['frequency:UNKNOWN_CODE', 'subject.id:REQUIRED']),
    );
  });
});

describe('validateObservation', () => {
  it('stores what the seed reports: 2,769 births January–April, as a canonical decimal', () => {
    expect(validateObservation(observation, { frequency: 'MONTH' })).toEqual({
      ok: true,
      value: { ...observation, value: '2769', note: null },
    });
  });

  it('refuses a period that does not match the frequency', () => {
    const result = validateObservation({ ...observation, period: '2021' }, { frequency: 'MONTH' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          field: 'period',
          code: 'PERIOD_FREQUENCY_MISMATCH',
          params: { period: '2021', frequency: 'MONTH', frequencyKo: '월', frequencyEn: 'Monthly' },
        },
      ],
    });
    expect(!result.ok && formatIssue(result.issues[0]!, 'ko', INDICATOR_FIELD_LABELS)).toBe(
      '기간: 기간 2021은(는) 주기(월)와 맞지 않습니다.',
    );
  });

  it('accepts any period for an irregular indicator', () => {
    expect(validateObservation({ ...observation, period: '2021' }, { frequency: 'IRREGULAR' }).ok).toBe(true);
  });

  it('refuses a float-looking value, a bad period, a missing source and an unknown status', () => {
    const result = validateObservation(
      { ...observation, value: '2.769e3', period: '2021-13', sourceId: undefined, status: 'GUESS' },
      { frequency: 'MONTH' },
    );
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining([
        'value:INVALID_FORMAT',
        'period:INVALID_FORMAT',
        'sourceId:REQUIRED',
        'status:UNKNOWN_CODE',
      ]),
    );
  });
});

describe('validateTarget', () => {
  const target = { indicatorId: 'ind-ggm-jobs', value: '1000', sourceId: 'source-hankyung' };

  it('accepts a cumulative target with a deadline or a period', () => {
    expect(validateTarget({ ...target, kind: 'CUMULATIVE', deadline: '2023-12-31' }).ok).toBe(true);
    expect(validateTarget({ ...target, kind: 'CUMULATIVE', period: '2021' }).ok).toBe(true);
  });

  it('refuses a target without a period or deadline', () => {
    expect(validateTarget({ ...target, kind: 'CUMULATIVE' })).toEqual({
      ok: false,
      issues: [{ field: 'period', code: 'TARGET_NEEDS_PERIOD', params: {} }],
    });
  });

  it('refuses a per-period target with only a deadline', () => {
    const result = validateTarget({ ...target, kind: 'PER_PERIOD', deadline: '2021-12-31' });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['TARGET_NEEDS_PERIOD']);
  });

  it('lets an end-of-program target (GGM: 1,000 direct jobs, no date given) rely on its program', () => {
    const result = validateTarget({ ...target, kind: 'END_OF_PROGRAM' });
    expect(result.ok && result.value).toMatchObject({ period: null, deadline: null, value: '1000' });
  });

  it('checks the period against the indicator when given one', () => {
    const result = validateTarget(
      { ...target, kind: 'PER_PERIOD', period: '2021-Q1' },
      { frequency: 'YEAR' },
    );
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['PERIOD_FREQUENCY_MISMATCH']);
  });

  it('refuses a badly grouped value', () => {
    const result = validateTarget({ ...target, kind: 'END_OF_PROGRAM', value: '1,0000' });
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(['value:INVALID_FORMAT']);
  });
});
