import { ORGANISATION_FIELD_LABELS, OrganisationInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationInputs, prepareOrganisation } from './OrganisationInputs';

export const OrganisationCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(OrganisationInput, ORGANISATION_FIELD_LABELS, {
        prepare: prepareOrganisation,
      })}
      defaultValues={{ visibility: 'PUBLIC', parentId: null }}
    >
      <OrganisationInputs />
    </SimpleForm>
  </Create>
);
