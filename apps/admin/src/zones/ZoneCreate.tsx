import { ZONE_FIELD_LABELS, ZoneInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationLinksAfterCreate } from '../organisations/OrganisationLinksEditor';
import { prepareZone, ZoneInputs } from './ZoneInputs';

export const ZoneCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(ZoneInput, ZONE_FIELD_LABELS, { prepare: prepareZone })}
      defaultValues={{ status: 'DESIGNATED', visibility: 'PUBLIC', parentId: null, specialisations: [] }}
    >
      <ZoneInputs />
      <OrganisationLinksAfterCreate />
    </SimpleForm>
  </Create>
);
