import { Edit, SimpleForm } from 'react-admin';
import { OrganisationLinksSection } from '../organisations/OrganisationLinksEditor';
import { ProgramInputs } from './ProgramInputs';
import { useProgramResolver } from './useProgramResolver';

// Pessimistic: react-admin puts the server's userErrors under the inputs only when it waits for the answer.
export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useProgramResolver()}>
      <ProgramInputs />
    </SimpleForm>
    <OrganisationLinksSection subject="Program" />
  </Edit>
);
