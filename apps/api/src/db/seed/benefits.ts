import type { BenefitKind, Bilingual, ChildOrder } from '@bitgoeul/domain';

/**
 * The payments the article states, as rules the domain's entitlement calculator reads:
 * "올해부터 출생축하금 100만원, 출생 후 2년간 매달 20만원씩 총 480만원의 육아수당 …
 *  내년부터는 둘째 150만원, 셋째 이상은 200만원으로 다자녀 출생축하금을 늘리기로 했다."
 * The article raises only the second and third grants from 2022, so a first child keeps 1,000,000.
 * The 2021 grant is closed on 31 December 2021 because the 2022 amounts replace it; the allowance
 * has no stated end and stays open.
 */
export interface SeedBenefitRule {
  program: string;
  name: Bilingual;
  kind: BenefitKind;
  amount: number;
  months?: number;
  childOrders: ChildOrder[];
  effectiveFrom: string;
  effectiveTo?: string;
}

const ALL_ORDERS: ChildOrder[] = ['FIRST', 'SECOND', 'THIRD_OR_LATER'];

export const seedBenefitRules: SeedBenefitRule[] = [
  {
    program: 'BIRTH-CELEBRATION-GRANT',
    name: { ko: '출생축하금 (2021년 출생아)', en: 'Birth celebration grant (children born in 2021)' },
    kind: 'LUMP_SUM',
    amount: 1_000_000,
    childOrders: ALL_ORDERS,
    effectiveFrom: '2021-01-01',
    effectiveTo: '2021-12-31',
  },
  {
    program: 'BIRTH-CELEBRATION-GRANT',
    name: { ko: '출생축하금 첫째 (2022년부터)', en: 'Birth celebration grant, first child (from 2022)' },
    kind: 'LUMP_SUM',
    amount: 1_000_000,
    childOrders: ['FIRST'],
    effectiveFrom: '2022-01-01',
  },
  {
    program: 'BIRTH-CELEBRATION-GRANT',
    name: { ko: '출생축하금 둘째 (2022년부터)', en: 'Birth celebration grant, second child (from 2022)' },
    kind: 'LUMP_SUM',
    amount: 1_500_000,
    childOrders: ['SECOND'],
    effectiveFrom: '2022-01-01',
  },
  {
    program: 'BIRTH-CELEBRATION-GRANT',
    name: {
      ko: '출생축하금 셋째 이상 (2022년부터)',
      en: 'Birth celebration grant, third child or later (from 2022)',
    },
    kind: 'LUMP_SUM',
    amount: 2_000_000,
    childOrders: ['THIRD_OR_LATER'],
    effectiveFrom: '2022-01-01',
  },
  {
    program: 'CHILDCARE-ALLOWANCE',
    name: { ko: '육아수당 (출생 후 2년간 매월)', en: 'Childcare allowance (monthly for two years)' },
    kind: 'MONTHLY',
    amount: 200_000,
    months: 24,
    childOrders: ALL_ORDERS,
    effectiveFrom: '2021-01-01',
  },
];
