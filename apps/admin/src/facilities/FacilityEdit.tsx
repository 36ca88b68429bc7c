import { FACILITY_FIELD_LABELS, FacilityInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationLinksSection } from '../organisations/OrganisationLinksEditor';
import { FacilityInputs } from './FacilityInputs';
import { prepareFacility } from './normaliseFacility';

// Pessimistic: react-admin puts the server's userErrors under the inputs only when it waits for the answer.
export const FacilityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm
      resolver={useDomainResolver(FacilityInput, FACILITY_FIELD_LABELS, { prepare: prepareFacility })}
    >
      <FacilityInputs />
    </SimpleForm>
    <OrganisationLinksSection subject="Facility" />
  </Edit>
);
