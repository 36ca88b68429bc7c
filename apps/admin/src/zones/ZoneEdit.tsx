import { ZONE_FIELD_LABELS, ZoneInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { OrganisationLinksSection } from '../organisations/OrganisationLinksEditor';
import { prepareZone, ZoneInputs } from './ZoneInputs';

export const ZoneEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useDomainResolver(ZoneInput, ZONE_FIELD_LABELS, { prepare: prepareZone })}>
      <ZoneInputs />
    </SimpleForm>
    <OrganisationLinksSection subject="Zone" />
  </Edit>
);
