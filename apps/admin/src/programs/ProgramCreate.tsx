import { Create, SimpleForm } from 'react-admin';
import { OrganisationLinksAfterCreate } from '../organisations/OrganisationLinksEditor';
import { ProgramInputs } from './ProgramInputs';
import { useProgramResolver } from './useProgramResolver';

const DEFAULTS = { status: 'PIPELINE', progress: null, parentId: null };

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm resolver={useProgramResolver()} defaultValues={DEFAULTS}>
      <ProgramInputs />
      <OrganisationLinksAfterCreate />
    </SimpleForm>
  </Create>
);
