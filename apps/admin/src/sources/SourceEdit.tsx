import { SOURCE_FIELD_LABELS, SourceInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { SourceInputs } from './SourceInputs';

export const SourceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useDomainResolver(SourceInput, SOURCE_FIELD_LABELS)}>
      <SourceInputs />
    </SimpleForm>
  </Edit>
);
