import type { BenefitRule as DomainBenefitRule } from '@bitgoeul/domain';
import type { BenefitRuleEntity } from '../../modules/benefits/benefit-rule.entity.js';

/** A stored rule as the domain's entitlement calculator and validators read it (the seed tests' view). */
export function toDomainRule(rule: BenefitRuleEntity): DomainBenefitRule {
  return {
    id: rule.id,
    programId: rule.program.id,
    name: { ko: rule.nameKo, en: rule.nameEn ?? null },
    kind: rule.kind,
    amount: rule.amount,
    months: rule.months ?? null,
    childOrders: rule.childOrders.split(',') as DomainBenefitRule['childOrders'],
    effectiveFrom: String(rule.effectiveFrom),
    effectiveTo: rule.effectiveTo ? String(rule.effectiveTo) : null,
    sourceIds: [],
  };
}
