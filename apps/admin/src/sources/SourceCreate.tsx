import { SOURCE_FIELD_LABELS, SourceInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { SourceInputs } from './SourceInputs';

export const SourceCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(SourceInput, SOURCE_FIELD_LABELS)}
      defaultValues={{ kind: 'PRESS' }}
    >
      <SourceInputs />
    </SimpleForm>
  </Create>
);
