import {
  BenefitKind,
  type BenefitRule,
  type Bilingual,
  computeEntitlement,
  EntitlementQuery,
  formatIssue,
  fromZodIssues,
  type Locale,
} from '@bitgoeul/domain';
import { formatDate, formatKrw } from '../format/format';

/** The calculator's two questions, labelled as the domain labels its fields. */
export const ENTITLEMENT_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  birthDate: { ko: '출생일', en: 'Birth date' },
  childOrder: { ko: '출생 순위', en: 'Child order' },
};

export interface PaymentRow {
  key: string;
  date: string;
  dateText: string;
  ruleName: string;
  kindText: string;
  /** "3 / 24" for a monthly payment, empty for a lump sum. */
  instalmentText: string;
  amount: number;
  amountText: string;
}

export interface RuleSubtotal {
  ruleId: string;
  ruleName: string;
  count: number;
  total: number;
  totalText: string;
}

export type EntitlementView =
  | { ok: false; errors: Record<string, string> }
  | { ok: true; rows: PaymentRow[]; subtotals: RuleSubtotal[]; total: number; totalText: string };

/**
 * What the calculator shows for one child: every payment with its date and the total, from the domain's
 * `computeEntitlement` over the rules given, written the Korean way. A question the domain refuses (no
 * date, 2021-13-01, no child order) comes back as a message per field instead.
 */
export function describeEntitlement(
  rules: readonly BenefitRule[],
  input: { birthDate?: unknown; childOrder?: unknown },
  locale: Locale,
): EntitlementView {
  const parsed = EntitlementQuery.safeParse(
    { birthDate: input.birthDate || undefined, childOrder: input.childOrder || undefined },
    { reportInput: true },
  );
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of fromZodIssues(parsed.error.issues)) {
      errors[issue.field] ??= formatIssue(issue, locale, ENTITLEMENT_FIELD_LABELS);
    }
    return { ok: false, errors };
  }
  const entitlement = computeEntitlement(rules, parsed.data);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const nameOf = (ruleId: string) => {
    const name = byId.get(ruleId)?.name;
    return (locale === 'en' && name?.en) || name?.ko || ruleId;
  };
  const rows = entitlement.payments.map(
    (p): PaymentRow => ({
      key: `${p.ruleId}:${p.instalment}`,
      date: p.date,
      dateText: formatDate(p.date, locale),
      ruleName: nameOf(p.ruleId),
      kindText: BenefitKind.label(p.kind, locale),
      instalmentText: p.kind === 'MONTHLY' ? `${p.instalment} / ${p.instalments}` : '',
      amount: p.amount,
      amountText: formatKrw(p.amount, locale),
    }),
  );
  const subtotals = entitlement.ruleIds.map((ruleId): RuleSubtotal => {
    const payments = entitlement.payments.filter((p) => p.ruleId === ruleId);
    const total = payments.reduce((sum, p) => sum + p.amount, 0);
    return {
      ruleId,
      ruleName: nameOf(ruleId),
      count: payments.length,
      total,
      totalText: formatKrw(total, locale),
    };
  });
  return {
    ok: true,
    rows,
    subtotals,
    total: entitlement.total,
    totalText: formatKrw(entitlement.total, locale),
  };
}
