import type { BenefitRule } from '@bitgoeul/domain';

/** Every benefit rule, for the calculator (a few dozen at most; the API pages at 100). */
export const BENEFIT_RULES_QUERY = /* GraphQL */ `
  query CalculatorBenefitRules {
    benefitRules(first: 100) {
      nodes {
        id
        name { ko en }
        kind
        amount
        months
        childOrders
        effectiveFrom
        effectiveTo
        program { id }
      }
    }
  }
`;

interface BenefitRuleNode extends Omit<BenefitRule, 'programId' | 'sourceIds'> {
  program: { id: string } | null;
}

export interface BenefitRulesResult {
  benefitRules: { nodes: BenefitRuleNode[] };
}

/** The API's rules in the shape the domain's `computeEntitlement` reads. */
export function toDomainRules(result: BenefitRulesResult): BenefitRule[] {
  return result.benefitRules.nodes.map(({ program, ...rule }) => ({
    ...rule,
    programId: program?.id ?? '',
    sourceIds: [],
  }));
}
