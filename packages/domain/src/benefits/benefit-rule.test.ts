import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import {
  BENEFIT_RULE_FIELD_LABELS,
  BenefitKind,
  ChildOrder,
  checkRuleOverlap,
  isRuleInEffect,
  validateBenefitRule,
} from './benefit-rule.js';

const allowance = {
  programId: 'program-childcare-allowance',
  name: { ko: '육아수당', en: 'Childcare allowance' },
  kind: 'MONTHLY',
  amount: 200_000,
  months: 24,
  childOrders: ['FIRST', 'SECOND', 'THIRD_OR_LATER'],
  effectiveFrom: '2021-01-01',
};

const issues = (input: unknown) => {
  const result = validateBenefitRule(input);
  return result.ok ? [] : result.issues.map((i) => `${i.field}:${i.code}`);
};

describe('code lists', () => {
  it('has the kinds and child orders', () => {
    expect(BenefitKind.codes).toEqual(['LUMP_SUM', 'MONTHLY']);
    expect(ChildOrder.codes).toEqual(['FIRST', 'SECOND', 'THIRD_OR_LATER']);
    expect(ChildOrder.label('THIRD_OR_LATER', 'ko')).toBe('셋째 이상');
  });
});

describe('validateBenefitRule', () => {
  it('accepts the childcare allowance', () => {
    const result = validateBenefitRule(allowance);
    expect(result.ok && result.value).toMatchObject({ months: 24, effectiveTo: null, sourceIds: [] });
  });

  it('accepts a lump sum without months, and puts child orders in order without repeats', () => {
    const result = validateBenefitRule({
      ...allowance,
      kind: 'LUMP_SUM',
      amount: 1_500_000,
      months: undefined,
      childOrders: ['THIRD_OR_LATER', 'SECOND', 'SECOND'],
      effectiveTo: '2022-12-31',
    });
    expect(result.ok && result.value).toMatchObject({
      months: null,
      childOrders: ['SECOND', 'THIRD_OR_LATER'],
    });
  });

  it('refuses negative, zero and fractional amounts', () => {
    expect(issues({ ...allowance, amount: -200_000 })).toEqual(['amount:TOO_SMALL']);
    expect(issues({ ...allowance, amount: 0 })).toEqual(['amount:TOO_SMALL']);
    expect(issues({ ...allowance, amount: 200_000.5 })).toEqual(['amount:INVALID_TYPE']);
    const result = validateBenefitRule({ ...allowance, amount: -1 });
    expect(!result.ok && formatIssue(result.issues[0]!, 'ko', BENEFIT_RULE_FIELD_LABELS)).toBe(
      '지급액(원)은(는) 1 이상이어야 합니다.',
    );
  });

  it('needs at least one month for a monthly rule, and none for a lump sum', () => {
    expect(issues({ ...allowance, months: undefined })).toEqual(['months:REQUIRED']);
    expect(issues({ ...allowance, months: 0 })).toEqual(['months:TOO_SMALL']);
    expect(issues({ ...allowance, months: 1.5 })).toEqual(['months:INVALID_TYPE']);
    expect(issues({ ...allowance, kind: 'LUMP_SUM' })).toEqual(['months:INVALID']);
  });

  it('refuses an empty list of child orders and an unknown order', () => {
    expect(issues({ ...allowance, childOrders: [] })).toEqual(['childOrders:TOO_SMALL']);
    expect(issues({ ...allowance, childOrders: ['FOURTH'] })).toEqual(['childOrders.0:UNKNOWN_CODE']);
  });

  it('refuses an end before the start and a missing start', () => {
    expect(issues({ ...allowance, effectiveTo: '2020-12-31' })).toEqual(['effectiveTo:END_BEFORE_START']);
    expect(issues({ ...allowance, effectiveFrom: undefined })).toEqual(['effectiveFrom:REQUIRED']);
  });
});

describe('isRuleInEffect', () => {
  it('includes both ends', () => {
    const rule = { effectiveFrom: '2021-01-01', effectiveTo: '2021-12-31' };
    expect(isRuleInEffect(rule, '2021-01-01')).toBe(true);
    expect(isRuleInEffect(rule, '2021-12-31')).toBe(true);
    expect(isRuleInEffect(rule, '2020-12-31')).toBe(false);
    expect(isRuleInEffect(rule, '2022-01-01')).toBe(false);
    expect(isRuleInEffect({ effectiveFrom: '2022-01-01', effectiveTo: null }, '2040-05-05')).toBe(true);
  });
});

describe('checkRuleOverlap', () => {
  const grant2021 = {
    id: 'grant-2021',
    programId: 'program-birth-grant',
    kind: 'LUMP_SUM' as const,
    childOrders: ['FIRST', 'SECOND', 'THIRD_OR_LATER'] as ('FIRST' | 'SECOND' | 'THIRD_OR_LATER')[],
    effectiveFrom: '2021-01-01',
    effectiveTo: null as string | null,
  };
  const second2022 = {
    ...grant2021,
    id: 'grant-2022-second',
    childOrders: ['SECOND' as const],
    effectiveFrom: '2022-01-01',
  };

  it('names the open-ended rule a new amount forgot to close', () => {
    expect(checkRuleOverlap(second2022, [grant2021])).toEqual({
      field: 'effectiveFrom',
      code: 'OVERLAPPING_RULES',
      params: { ruleId: 'grant-2021' },
    });
  });

  it('accepts consecutive rules, other child orders, other kinds, other programs and the rule itself', () => {
    const closed = { ...grant2021, effectiveTo: '2021-12-31' };
    expect(checkRuleOverlap(second2022, [closed])).toBeNull();
    expect(
      checkRuleOverlap({ ...second2022, childOrders: ['FIRST'] }, [{ ...second2022, id: 'x' }]),
    ).toBeNull();
    expect(checkRuleOverlap({ ...second2022, kind: 'MONTHLY' }, [grant2021])).toBeNull();
    expect(checkRuleOverlap({ ...second2022, programId: 'other' }, [grant2021])).toBeNull();
    expect(checkRuleOverlap(grant2021, [grant2021])).toBeNull();
  });
});
