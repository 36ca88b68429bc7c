import { INDICATOR_FIELD_LABELS, IndicatorInput } from '@bitgoeul/domain';
import { Edit, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { IndicatorInputs, prepareIndicator } from './IndicatorInputs';

export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm
      resolver={useDomainResolver(IndicatorInput, INDICATOR_FIELD_LABELS, { prepare: prepareIndicator })}
    >
      <IndicatorInputs />
    </SimpleForm>
  </Edit>
);
