import { MILESTONE_FIELD_LABELS, MilestoneInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { backToParent, KEEP_ON_SAVE, MilestoneInputs, prepareMilestone } from './MilestoneInputs';

export const MilestoneCreate = () => (
  <Create redirect={backToParent}>
    <SimpleForm
      resolver={useDomainResolver(MilestoneInput, MILESTONE_FIELD_LABELS, {
        keep: KEEP_ON_SAVE,
        prepare: prepareMilestone,
      })}
      defaultValues={{ plannedOnPrecision: 'DAY', actualOnPrecision: 'DAY' }}
    >
      <MilestoneInputs />
    </SimpleForm>
  </Create>
);
