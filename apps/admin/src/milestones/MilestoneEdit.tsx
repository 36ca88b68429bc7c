import { MILESTONE_FIELD_LABELS, MilestoneInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { backToParent, KEEP_ON_SAVE, MilestoneInputs, prepareMilestone } from './MilestoneInputs';

export const MilestoneEdit = () => (
  <Edit mutationMode="pessimistic" redirect={backToParent}>
    <SimpleForm
      resolver={useDomainResolver(MilestoneInput, MILESTONE_FIELD_LABELS, {
        keep: KEEP_ON_SAVE,
        prepare: prepareMilestone,
      })}
    >
      <MilestoneInputs />
    </SimpleForm>
  </Edit>
);
