import { FACILITY_FIELD_LABELS, FacilityInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationLinksAfterCreate } from '../organisations/OrganisationLinksEditor';
import { FacilityInputs } from './FacilityInputs';
import { prepareFacility } from './normaliseFacility';

export const FacilityCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(FacilityInput, FACILITY_FIELD_LABELS, { prepare: prepareFacility })}
      defaultValues={{ status: 'PLANNED', visibility: 'PUBLIC', location: null, capacity: null }}
    >
      <FacilityInputs />
      <OrganisationLinksAfterCreate />
    </SimpleForm>
  </Create>
);
