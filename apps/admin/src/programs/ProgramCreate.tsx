import { Create, SimpleForm } from 'react-admin';
import { ProgramInputs } from './ProgramInputs';
import { useProgramResolver } from './useProgramResolver';

const DEFAULTS = { status: 'PIPELINE', progress: null, parentId: null };

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm resolver={useProgramResolver()} defaultValues={DEFAULTS}>
      <ProgramInputs />
    </SimpleForm>
  </Create>
);
