import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { isEndBeforeStart } from '../shared/date-range.js';
import { NAME_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { recordId, recordIdList } from '../shared/record.js';
import { bilingualText, isoDate, optionalIsoDate } from '../shared/text.js';
import { type Validated, type ValidationIssue, validateWith } from '../shared/validation.js';

/** How a benefit is paid (지급 방식). */
export const BenefitKind = defineCodeList('BenefitKind', {
  LUMP_SUM: { ko: '일시 지급', en: 'Lump sum' },
  MONTHLY: { ko: '매월 지급', en: 'Monthly' },
});
export type BenefitKind = (typeof BenefitKind.codes)[number];

/** Which child of the family the benefit is for (출생 순위). */
export const ChildOrder = defineCodeList('ChildOrder', {
  FIRST: { ko: '첫째', en: 'First child' },
  SECOND: { ko: '둘째', en: 'Second child' },
  THIRD_OR_LATER: { ko: '셋째 이상', en: 'Third child or later' },
});
export type ChildOrder = (typeof ChildOrder.codes)[number];

/** 100억원 a payment and 50 years of months keep every total a safe integer. */
export const BENEFIT_AMOUNT_MAX = 10_000_000_000;
export const BENEFIT_MONTHS_MAX = 600;

/**
 * A whole number. Checked with a refinement of our own because zod's `.int()` failure reaches
 * `fromZodIssues` without the input and would read as REQUIRED; 200000.5 is present, just not whole.
 */
const wholeNumber = () =>
  z.number().refine(Number.isInteger, { params: { code: 'INVALID_TYPE', expected: 'integer' } });

/**
 * One payment rule of a program, in whole KRW. The seed's rules: a 1,000,000 birth grant for every
 * child born in 2021; from 2022 1,000,000 / 1,500,000 / 2,000,000 for a first / second / third or
 * later child; 200,000 a month for 24 months. A change of amount is a new rule: the old one gets an
 * `effectiveTo`, so entitlements of children already born keep being computed as they were.
 */
export const BenefitRuleInput = z
  .object({
    programId: recordId,
    name: bilingualText(NAME_MAX),
    kind: BenefitKind.schema,
    /** KRW per payment: a positive whole number of won. */
    amount: wholeNumber().min(1).max(BENEFIT_AMOUNT_MAX),
    /** Number of monthly payments; required for MONTHLY, absent for LUMP_SUM. */
    months: wholeNumber()
      .min(1)
      .max(BENEFIT_MONTHS_MAX)
      .nullish()
      .transform((v) => v ?? null),
    /** Repeats are dropped; an empty list would be a rule that applies to nobody, and is refused. */
    childOrders: z
      .array(ChildOrder.schema)
      .min(1)
      .transform((orders) => ChildOrder.codes.filter((c) => orders.includes(c))),
    /** The rule applies to children born on or after this date… */
    effectiveFrom: isoDate,
    /** …and on or before this one (inclusive), if it has ended. */
    effectiveTo: optionalIsoDate,
    sourceIds: recordIdList,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind === 'MONTHLY' && value.months === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['months'],
        message: 'months required',
        params: { code: 'REQUIRED' },
      });
    }
    if (value.kind === 'LUMP_SUM' && value.months !== null) {
      // A lump sum with a number of months is contradictory; saying so beats guessing which was meant.
      ctx.addIssue({
        code: 'custom',
        path: ['months'],
        message: 'months on a lump sum',
        params: { code: 'INVALID' },
      });
    }
    if (isEndBeforeStart(value.effectiveFrom, value.effectiveTo)) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveTo'],
        message: 'end before start',
        params: { code: 'END_BEFORE_START', other: 'effectiveFrom' },
      });
    }
  });
export type BenefitRuleInput = z.input<typeof BenefitRuleInput>;
export type BenefitRuleValues = z.output<typeof BenefitRuleInput>;
export interface BenefitRule extends BenefitRuleValues {
  id: string;
}

export function validateBenefitRule(input: unknown): Validated<BenefitRuleValues> {
  return validateWith(BenefitRuleInput, input);
}

/** Whether a rule applies to a child born on `birthDate` (both ends inclusive). */
export function isRuleInEffect(
  rule: Pick<BenefitRuleValues, 'effectiveFrom' | 'effectiveTo'>,
  birthDate: string,
): boolean {
  return rule.effectiveFrom <= birthDate && (rule.effectiveTo === null || birthDate <= rule.effectiveTo);
}

type RuleShape = Pick<
  BenefitRuleValues,
  'programId' | 'kind' | 'childOrders' | 'effectiveFrom' | 'effectiveTo'
>;

/**
 * A program pays one lump sum and one monthly allowance per child at a time; two rules of the same
 * program and kind that cover the same child order on overlapping dates would pay twice. The usual
 * cause is a new amount entered without closing the old rule, so the issue names the rule to close.
 */
export function checkRuleOverlap(
  candidate: RuleShape & { id?: string },
  existing: readonly (RuleShape & { id: string })[],
): ValidationIssue | null {
  const clash = existing.find(
    (other) =>
      other.id !== candidate.id &&
      other.programId === candidate.programId &&
      other.kind === candidate.kind &&
      other.childOrders.some((c) => candidate.childOrders.includes(c)) &&
      (other.effectiveTo === null || candidate.effectiveFrom <= other.effectiveTo) &&
      (candidate.effectiveTo === null || other.effectiveFrom <= candidate.effectiveTo),
  );
  return clash ? { field: 'effectiveFrom', code: 'OVERLAPPING_RULES', params: { ruleId: clash.id } } : null;
}

export const BENEFIT_RULE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  programId: { ko: '사업', en: 'Program' },
  name: { ko: '이름', en: 'Name' },
  'name.ko': { ko: '이름(한국어)', en: 'Name (Korean)' },
  'name.en': { ko: '이름(영어)', en: 'Name (English)' },
  kind: { ko: '지급 방식', en: 'Kind' },
  amount: { ko: '지급액(원)', en: 'Amount (KRW)' },
  months: { ko: '지급 개월 수', en: 'Months' },
  childOrders: { ko: '출생 순위', en: 'Child orders' },
  effectiveFrom: { ko: '적용 시작일', en: 'Effective from' },
  effectiveTo: { ko: '적용 종료일', en: 'Effective to' },
  sourceIds: { ko: '출처', en: 'Sources' },
};
