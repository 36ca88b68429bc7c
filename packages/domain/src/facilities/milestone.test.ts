import { describe, expect, it } from 'vitest';
import {
  furthestStatus,
  MILESTONE_IMPLIES,
  MilestoneKind,
  statusImpliedBy,
  validateMilestone,
} from './milestone.js';

describe('MilestoneKind', () => {
  it('lists the seven kinds, each with what it implies', () => {
    expect(MilestoneKind.codes).toEqual([
      'AGREEMENT_SIGNED',
      'GROUNDBREAKING',
      'COMPLETION',
      'PRODUCTION_START',
      'OPENING',
      'EVENT_HELD',
      'BID',
    ]);
    expect(Object.keys(MILESTONE_IMPLIES)).toEqual(MilestoneKind.codes);
  });
});

describe('validateMilestone', () => {
  it('accepts the AI data centre agreement in February (month precision)', () => {
    const result = validateMilestone({
      kind: 'AGREEMENT_SIGNED',
      title: { ko: '국가 AI 데이터센터 투자협약 및 착수식' },
      actualOn: '2021-02-01',
      actualOnPrecision: 'MONTH',
      sourceIds: ['source-hankyung'],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      plannedOn: null,
      plannedOnPrecision: 'DAY',
      note: null,
    });
  });

  it('accepts a planned-only milestone', () => {
    expect(
      validateMilestone({ kind: 'PRODUCTION_START', plannedOn: '2021-09-01', plannedOnPrecision: 'MONTH' })
        .ok,
    ).toBe(true);
  });

  it('refuses a milestone with no date', () => {
    expect(validateMilestone({ kind: 'BID' })).toEqual({
      ok: false,
      issues: [{ field: 'plannedOn', code: 'REQUIRED', params: {} }],
    });
  });

  it('refuses a day given at year precision and an impossible date', () => {
    const result = validateMilestone({
      kind: 'BID',
      plannedOn: '2025-03-01',
      plannedOnPrecision: 'YEAR',
      actualOn: '2021-02-29',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'actualOn:INVALID_DATE',
      'plannedOn:DATE_NOT_AT_PRECISION',
    ]);
    const precision = validateMilestone({ kind: 'BID', plannedOn: '2025-03-01', plannedOnPrecision: 'YEAR' });
    expect(!precision.ok && precision.issues).toEqual([
      {
        field: 'plannedOn',
        code: 'DATE_NOT_AT_PRECISION',
        params: { example: '2021-01-01', precision: 'YEAR', precisionKo: '연', precisionEn: 'Year' },
      },
    ]);
  });
});

describe('statusImpliedBy and furthestStatus', () => {
  it('implies a status only once the milestone has happened', () => {
    expect(statusImpliedBy({ kind: 'COMPLETION', actualOn: '2021-04-01' })).toBe('COMPLETED');
    expect(statusImpliedBy({ kind: 'COMPLETION', actualOn: null })).toBeNull();
    expect(statusImpliedBy({ kind: 'EVENT_HELD', actualOn: '2019-07-12' })).toBeNull();
  });

  it('puts GGM at COMPLETED: completed in April, production only planned for September', () => {
    expect(
      furthestStatus([
        { kind: 'COMPLETION', actualOn: '2021-04-01' },
        { kind: 'PRODUCTION_START', actualOn: null },
        { kind: 'GROUNDBREAKING', actualOn: '2019-12-01' },
      ]),
    ).toBe('COMPLETED');
  });

  it('takes the furthest step whatever the order, and null without any', () => {
    expect(
      furthestStatus([
        { kind: 'OPENING', actualOn: '2021-05-01' },
        { kind: 'AGREEMENT_SIGNED', actualOn: '2020-01-01' },
      ]),
    ).toBe('OPERATING');
    expect(furthestStatus([{ kind: 'BID', actualOn: '2021-01-01' }])).toBeNull();
    expect(furthestStatus([])).toBeNull();
  });
});
