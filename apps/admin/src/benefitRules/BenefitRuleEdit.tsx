import { BENEFIT_RULE_FIELD_LABELS, BenefitRuleInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { BenefitRuleInputs } from './BenefitRuleInputs';

export const BenefitRuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm resolver={useDomainResolver(BenefitRuleInput, BENEFIT_RULE_FIELD_LABELS)}>
      <BenefitRuleInputs />
    </SimpleForm>
  </Edit>
);
