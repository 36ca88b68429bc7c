import { defineCodeList } from '../shared/code-list.js';

/** How often an indicator is measured (작성 주기). IRREGULAR takes figures whenever a source gives one. */
export const Frequency = defineCodeList('Frequency', {
  MONTH: { ko: '월', en: 'Monthly' },
  QUARTER: { ko: '분기', en: 'Quarterly' },
  YEAR: { ko: '연', en: 'Yearly' },
  IRREGULAR: { ko: '부정기', en: 'Irregular' },
});
export type Frequency = (typeof Frequency.codes)[number];

/** The calendar grains a period can have; the regular frequencies are exactly these. */
export const Granularity = defineCodeList('Granularity', {
  YEAR: { ko: '연', en: 'Year' },
  QUARTER: { ko: '분기', en: 'Quarter' },
  MONTH: { ko: '월', en: 'Month' },
});
export type Granularity = (typeof Granularity.codes)[number];

/** Months in one unit of each grain, which is also the order from coarse to fine. */
export const MONTHS_IN: Readonly<Record<Granularity, number>> = { YEAR: 12, QUARTER: 3, MONTH: 1 };
