import { BENEFIT_RULE_FIELD_LABELS, BenefitRuleInput, ChildOrder } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { BenefitRuleInputs } from './BenefitRuleInputs';

export const BenefitRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm
      resolver={useDomainResolver(BenefitRuleInput, BENEFIT_RULE_FIELD_LABELS)}
      defaultValues={{ kind: 'LUMP_SUM', months: null, childOrders: [...ChildOrder.codes] }}
    >
      <BenefitRuleInputs />
    </SimpleForm>
  </Create>
);
