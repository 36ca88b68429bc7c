import { BenefitKind, ChildOrder } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { BenefitRuleEntity } from './benefit-rule.entity.js';
import { benefitRuleRepository } from './benefit-rule.repository.js';

// Declared apart from their fields so that the mutations and the queries need not import each other.
export const BenefitKindEnum = codeListEnum(BenefitKind);
export const ChildOrderEnum = codeListEnum(ChildOrder);

export const BenefitRuleRef = builder.loadableNodeRef('BenefitRule', {
  id: { resolve: (rule: BenefitRuleEntity) => rule.id },
  load: (ids: string[], ctx) => benefitRuleRepository.byIds(ctx.em, ids),
});
