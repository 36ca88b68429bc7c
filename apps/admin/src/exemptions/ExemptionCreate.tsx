import { EXEMPTION_FIELD_LABELS, ExemptionInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { backToZone, ExemptionInputs, KEEP_ON_SAVE, prepareExemption } from './ExemptionInputs';

export const ExemptionCreate = () => (
  <Create redirect={backToZone}>
    <SimpleForm
      resolver={useDomainResolver(ExemptionInput, EXEMPTION_FIELD_LABELS, {
        keep: KEEP_ON_SAVE,
        prepare: prepareExemption,
      })}
    >
      <ExemptionInputs />
    </SimpleForm>
  </Create>
);
