import { describe, expect, it } from 'vitest';
import type { BenefitRule } from './benefit-rule.js';
import { addMonthsClamped, computeEntitlement, monthlyPaymentDates, rulesFor } from './entitlement.js';

/** The seed's rules: 출생축하금 (birth grant) and 육아수당 (childcare allowance). */
const ALL: BenefitRule['childOrders'] = ['FIRST', 'SECOND', 'THIRD_OR_LATER'];
const grant = (
  id: string,
  amount: number,
  childOrders: BenefitRule['childOrders'],
  from: string,
  to: string | null,
) => ({
  id,
  programId: 'program-birth-grant',
  name: { ko: '출생축하금', en: 'Birth celebration grant' },
  kind: 'LUMP_SUM' as const,
  amount,
  months: null,
  childOrders,
  effectiveFrom: from,
  effectiveTo: to,
  sourceIds: ['source-hankyung'],
});
const rules: BenefitRule[] = [
  grant('grant-2021', 1_000_000, ALL, '2021-01-01', '2021-12-31'),
  grant('grant-2022-first', 1_000_000, ['FIRST'], '2022-01-01', null),
  grant('grant-2022-second', 1_500_000, ['SECOND'], '2022-01-01', null),
  grant('grant-2022-third', 2_000_000, ['THIRD_OR_LATER'], '2022-01-01', null),
  {
    id: 'allowance',
    programId: 'program-childcare-allowance',
    name: { ko: '육아수당', en: 'Childcare allowance' },
    kind: 'MONTHLY',
    amount: 200_000,
    months: 24,
    childOrders: ALL,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    sourceIds: ['source-hankyung'],
  },
];

describe('computeEntitlement (the seed)', () => {
  it('a second child born 2022-03-15 gets 1,500,000 + 24 × 200,000 = 6,300,000', () => {
    const e = computeEntitlement(rules, { birthDate: '2022-03-15', childOrder: 'SECOND' });
    expect(e.total).toBe(6_300_000);
    expect(e.ruleIds).toEqual(['grant-2022-second', 'allowance']);
    expect(e.payments).toHaveLength(25);
    expect(e.payments[0]).toEqual({
      ruleId: 'allowance',
      programId: 'program-childcare-allowance',
      kind: 'MONTHLY',
      date: '2022-03-15',
      amount: 200_000,
      instalment: 1,
      instalments: 24,
    });
    expect(e.payments[1]).toMatchObject({
      ruleId: 'grant-2022-second',
      date: '2022-03-15',
      amount: 1_500_000,
    });
    expect(e.payments.at(-1)).toMatchObject({ date: '2024-02-15', instalment: 24 });
  });

  it('a first child born 2021-06-01 gets 1,000,000 + 4,800,000 = 5,800,000', () => {
    const e = computeEntitlement(rules, { birthDate: '2021-06-01', childOrder: 'FIRST' });
    expect(e.total).toBe(5_800_000);
    expect(e.ruleIds).toEqual(['grant-2021', 'allowance']);
  });

  it('a third child born in 2021 still gets the 2021 grant, and 2,000,000 from 2022', () => {
    expect(computeEntitlement(rules, { birthDate: '2021-12-31', childOrder: 'THIRD_OR_LATER' }).total).toBe(
      5_800_000,
    );
    expect(computeEntitlement(rules, { birthDate: '2022-01-01', childOrder: 'THIRD_OR_LATER' }).total).toBe(
      6_800_000,
    );
  });

  it('a child born before any rule is entitled to nothing', () => {
    expect(computeEntitlement(rules, { birthDate: '2020-12-31', childOrder: 'FIRST' })).toEqual({
      payments: [],
      total: 0,
      ruleIds: [],
    });
  });

  it('sorts payments by date and sums to integers', () => {
    const { payments, total } = computeEntitlement(rules, { birthDate: '2021-06-01', childOrder: 'SECOND' });
    const dates = payments.map((p) => p.date);
    expect(dates).toEqual([...dates].sort());
    expect(Number.isSafeInteger(total)).toBe(true);
    expect(payments.reduce((s, p) => s + p.amount, 0)).toBe(total);
  });

  it('refuses an impossible birth date or an unknown child order', () => {
    expect(() => computeEntitlement(rules, { birthDate: '2022-02-30', childOrder: 'FIRST' })).toThrow(
      RangeError,
    );
    // @ts-expect-error a child order outside the code list
    expect(() => computeEntitlement(rules, { birthDate: '2022-02-01', childOrder: 'FOURTH' })).toThrow(
      RangeError,
    );
  });
});

describe('monthly payment dates', () => {
  it('start in the birth month, on the birth day', () => {
    expect(monthlyPaymentDates('2022-03-15', 3)).toEqual(['2022-03-15', '2022-04-15', '2022-05-15']);
  });

  it('clamp to the end of shorter months, and come back to the birth day after', () => {
    expect(monthlyPaymentDates('2021-01-31', 4)).toEqual([
      '2021-01-31',
      '2021-02-28',
      '2021-03-31',
      '2021-04-30',
    ]);
    expect(addMonthsClamped('2023-01-30', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2024-01-29', 1)).toBe('2024-02-29');
  });

  it('cross years', () => {
    expect(addMonthsClamped('2021-11-15', 3)).toBe('2022-02-15');
    expect(monthlyPaymentDates('2021-06-01', 24).at(-1)).toBe('2023-05-01');
  });
});

describe('rulesFor', () => {
  it('keeps the rules in effect on the birth date for the child order', () => {
    expect(rulesFor(rules, { birthDate: '2022-03-15', childOrder: 'FIRST' }).map((r) => r.id)).toEqual([
      'grant-2022-first',
      'allowance',
    ]);
  });
});
