import { ORGANISATION_FIELD_LABELS, OrganisationInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationInputs, prepareOrganisation } from './OrganisationInputs';

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm
      resolver={useDomainResolver(OrganisationInput, ORGANISATION_FIELD_LABELS, {
        prepare: prepareOrganisation,
      })}
    >
      <OrganisationInputs />
    </SimpleForm>
  </Edit>
);
