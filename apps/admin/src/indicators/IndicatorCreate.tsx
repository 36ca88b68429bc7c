import { INDICATOR_FIELD_LABELS, IndicatorInput } from '@bitgoeul/domain';
import { Create, SimpleForm } from 'react-admin';
import { useDomainResolver } from '../common/useDomainResolver';
import { IndicatorInputs, prepareIndicator } from './IndicatorInputs';

export const IndicatorCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(IndicatorInput, INDICATOR_FIELD_LABELS, { prepare: prepareIndicator })}
      defaultValues={{ multiplier: 'ONE', direction: 'UP_IS_GOOD', visibility: 'PUBLIC' }}
    >
      <IndicatorInputs />
    </SimpleForm>
  </Create>
);
