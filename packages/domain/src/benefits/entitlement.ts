import { z } from 'zod';
import { isoDate } from '../shared/text.js';
import { type BenefitKind, type BenefitRule, ChildOrder, isRuleInEffect } from './benefit-rule.js';

/** A family's question: a child born on this date, of this order. */
export const EntitlementQuery = z.object({ birthDate: isoDate, childOrder: ChildOrder.schema }).strict();
export type EntitlementQuery = z.output<typeof EntitlementQuery>;

export interface Payment {
  ruleId: string;
  programId: string;
  kind: BenefitKind;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Whole KRW. */
  amount: number;
  /** 1-based position among the rule's payments (1 of 24). */
  instalment: number;
  instalments: number;
}

export interface Entitlement {
  /** Every payment, by date (then rule id, for a stable order). */
  payments: Payment[];
  /** The sum of all payments, whole KRW. */
  total: number;
  /** The rules that applied, in the order given. */
  ruleIds: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The k-th month after a date, on the same day of the month or the month's last day when it is
 * shorter (born 31 January → 28 or 29 February, 31 March, …).
 */
export function addMonthsClamped(date: string, k: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + k;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/**
 * When monthly payments fall: one a month for `months` months, the first in the month of birth,
 * each on the birth day (clamped to the month's end). "출생 후 2년간 매달" — 24 payments covering the
 * child's first 24 months of life — is read as starting with the month the child is born in.
 * The real payout day is an administrative detail of each office; this gives a stable schedule
 * whose count and total are what the rule promises.
 */
export function monthlyPaymentDates(birthDate: string, months: number): string[] {
  return Array.from({ length: months }, (_, k) => addMonthsClamped(birthDate, k));
}

/** The rules that apply to a child: in effect on the birth date and covering the child's order. */
export function rulesFor(rules: readonly BenefitRule[], query: EntitlementQuery): BenefitRule[] {
  return rules.filter((r) => isRuleInEffect(r, query.birthDate) && r.childOrders.includes(query.childOrder));
}

/**
 * Everything a family is entitled to for one child: each rule in effect on the birth date pays a
 * lump sum on the birth date or `months` monthly payments (see `monthlyPaymentDates`). The rule in
 * effect on the birth date governs every later payment, even if the amount changes afterwards.
 * Throws a RangeError for a query that is not a real date and a known child order — validate
 * user input with `EntitlementQuery` first.
 */
export function computeEntitlement(rules: readonly BenefitRule[], query: EntitlementQuery): Entitlement {
  const parsed = EntitlementQuery.safeParse(query);
  if (!parsed.success) {
    throw new RangeError(
      `Not an entitlement query: ${JSON.stringify(query)} (birthDate YYYY-MM-DD, childOrder FIRST|SECOND|THIRD_OR_LATER)`,
    );
  }
  const applied = rulesFor(rules, parsed.data);
  const payments: Payment[] = [];
  for (const rule of applied) {
    const dates =
      rule.kind === 'LUMP_SUM'
        ? [parsed.data.birthDate]
        : monthlyPaymentDates(parsed.data.birthDate, rule.months ?? 0);
    dates.forEach((date, i) => {
      payments.push({
        ruleId: rule.id,
        programId: rule.programId,
        kind: rule.kind,
        date,
        amount: rule.amount,
        instalment: i + 1,
        instalments: dates.length,
      });
    });
  }
  payments.sort(
    (a, b) => a.date.localeCompare(b.date) || a.ruleId.localeCompare(b.ruleId) || a.instalment - b.instalment,
  );
  return {
    payments,
    total: payments.reduce((sum, p) => sum + p.amount, 0),
    ruleIds: applied.map((r) => r.id),
  };
}
