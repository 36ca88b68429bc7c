/** What other modules may use of benefits: everything else in this folder is its own. */
export { BenefitRule } from './benefit-rule.entity.js';
export { BenefitRuleRef } from './benefit-rule.ref.js';
