import type { BenefitRule } from '@bitgoeul/domain';
import { describe, expect, it } from 'vitest';
import { describeEntitlement } from './entitlementView';

const grant = { programId: 'grant', kind: 'LUMP_SUM' as const, months: null, sourceIds: [] };
/** The article's rules, as the seed stores them. */
const rules: BenefitRule[] = [
  {
    ...grant,
    id: 'grant-2021',
    name: { ko: '출생축하금 (2021년 출생아)', en: 'Birth grant (2021)' },
    amount: 1_000_000,
    childOrders: ['FIRST', 'SECOND', 'THIRD_OR_LATER'],
    effectiveFrom: '2021-01-01',
    effectiveTo: '2021-12-31',
  },
  {
    ...grant,
    id: 'grant-2022-2',
    name: { ko: '출생축하금 둘째 (2022년부터)', en: null },
    amount: 1_500_000,
    childOrders: ['SECOND'],
    effectiveFrom: '2022-01-01',
    effectiveTo: null,
  },
  {
    programId: 'allowance',
    id: 'allowance',
    name: { ko: '육아수당', en: 'Childcare allowance' },
    kind: 'MONTHLY',
    amount: 200_000,
    months: 24,
    childOrders: ['FIRST', 'SECOND', 'THIRD_OR_LATER'],
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    sourceIds: [],
  },
];

describe('the benefit calculator', () => {
  it('lists every payment of a second child born in 2022 with its date, and the total in 원', () => {
    const view = describeEntitlement(rules, { birthDate: '2022-03-15', childOrder: 'SECOND' }, 'ko');
    if (!view.ok) throw new Error(JSON.stringify(view.errors));
    expect(view.rows).toHaveLength(25);
    expect(view.total).toBe(6_300_000);
    expect(view.totalText).toBe('6,300,000원');
    // Same day: the lump sum and the first allowance, by rule id.
    expect(
      view.rows.slice(0, 2).map((r) => [r.dateText, r.ruleName, r.kindText, r.instalmentText, r.amountText]),
    ).toEqual([
      ['2022년 3월 15일', '육아수당', '매월 지급', '1 / 24', '200,000원'],
      ['2022년 3월 15일', '출생축하금 둘째 (2022년부터)', '일시 지급', '', '1,500,000원'],
    ]);
    expect(view.rows.at(-1)).toMatchObject({ date: '2024-02-15', instalmentText: '24 / 24' });
    expect(view.subtotals).toEqual([
      expect.objectContaining({ ruleId: 'grant-2022-2', count: 1, totalText: '1,500,000원' }),
      expect.objectContaining({ ruleId: 'allowance', count: 24, totalText: '4,800,000원' }),
    ]);
  });

  it('applies the rule in effect on the birth date: a second child born in 2021 gets the 2021 grant', () => {
    const view = describeEntitlement(rules, { birthDate: '2021-12-31', childOrder: 'SECOND' }, 'ko');
    expect(view.ok && view.total).toBe(5_800_000);
  });

  it('clamps monthly payments to the end of shorter months', () => {
    const view = describeEntitlement(rules, { birthDate: '2022-01-31', childOrder: 'FIRST' }, 'ko');
    expect(view.ok && view.rows.slice(0, 3).map((r) => r.date)).toEqual([
      '2022-01-31',
      '2022-02-28',
      '2022-03-31',
    ]);
  });

  it('speaks English after the switch, falling back to the Korean name where there is no translation', () => {
    const view = describeEntitlement(rules, { birthDate: '2022-03-15', childOrder: 'SECOND' }, 'en');
    expect(view.ok && [view.totalText, view.rows[1]!.ruleName, view.rows[0]!.ruleName]).toEqual([
      'KRW 6,300,000',
      '출생축하금 둘째 (2022년부터)',
      'Childcare allowance',
    ]);
  });

  it('explains in Korean what is wrong with the question, and computes nothing', () => {
    expect(describeEntitlement(rules, { birthDate: '2021-13-01', childOrder: 'FIRST' }, 'ko')).toEqual({
      ok: false,
      errors: { birthDate: '출생일은(는) 실제 날짜(YYYY-MM-DD)여야 합니다.' },
    });
    expect(describeEntitlement(rules, { birthDate: '', childOrder: '' }, 'ko')).toEqual({
      ok: false,
      errors: { birthDate: '출생일은(는) 필수 항목입니다.', childOrder: '출생 순위은(는) 필수 항목입니다.' },
    });
  });

  it('shows no payment, not an error, for a birth before any rule', () => {
    const view = describeEntitlement(rules, { birthDate: '2020-06-01', childOrder: 'FIRST' }, 'ko');
    expect(view).toMatchObject({ ok: true, rows: [], total: 0, totalText: '0원' });
  });
});
