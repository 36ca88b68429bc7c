import type { BenefitKind, ChildOrder } from '@bitgoeul/domain';
import type { Dictionary } from '@mikro-orm/core';
import {
  type CodeFilterInput,
  type Combinable,
  codeCondition,
  combineFilter,
  containsCondition,
  type IdFilterInput,
  idCondition,
  type OrderInput,
  orderFrom,
} from '../../graphql/filters.js';
import type { BenefitRuleOrder, BenefitRuleWhere } from './benefit-rule.repository.js';

export interface BenefitRuleFilterInput extends Combinable<BenefitRuleFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  program?: IdFilterInput | null;
  kind?: CodeFilterInput<BenefitKind> | null;
  childOrder?: CodeFilterInput<ChildOrder> | null;
  effectiveOn?: string | null;
}

/** A rule covers a child order when the code is in its stored list (no code is part of another). */
function coversAny(orders: readonly ChildOrder[]): Dictionary {
  return { $or: orders.map((order) => containsCondition('child_orders', order)) };
}

export function benefitRuleWhere(filter: BenefitRuleFilterInput | null | undefined): BenefitRuleWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) parts.push({ $or: ['name_ko', 'name_en'].map((column) => containsCondition(column, term)) });
    if (f.id) parts.push({ id: idCondition(f.id, 'BenefitRule', 'filter.id') });
    if (f.program) parts.push({ program: idCondition(f.program, 'Program', 'filter.program') });
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    if (f.childOrder?.eq) parts.push(coversAny([f.childOrder.eq]));
    if (f.childOrder?.in)
      parts.push(f.childOrder.in.length ? coversAny(f.childOrder.in) : { id: { $in: [] } });
    if (f.effectiveOn) {
      parts.push({
        effectiveFrom: { $lte: f.effectiveOn },
        $or: [{ effectiveTo: null }, { effectiveTo: { $gte: f.effectiveOn } }],
      });
    }
    return parts;
  }) as BenefitRuleWhere;
}

export const BENEFIT_RULE_ORDER_FIELDS = {
  EFFECTIVE_FROM: 'effectiveFrom',
  EFFECTIVE_TO: 'effectiveTo',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  KIND: 'kind',
  AMOUNT: 'amount',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type BenefitRuleOrderField = keyof typeof BENEFIT_RULE_ORDER_FIELDS;

export function benefitRuleOrder(orderBy: OrderInput<BenefitRuleOrderField>): BenefitRuleOrder {
  return orderFrom(BENEFIT_RULE_ORDER_FIELDS, orderBy, 'EFFECTIVE_FROM') as BenefitRuleOrder;
}
