import { ExemptionKind } from '@bitgoeul/domain';
import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { CalendarDateField, CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

export const ExemptionShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <ReferenceField source="zoneId" reference="zones" link="show" />
      <CodeField source="kind" list={ExemptionKind} />
      <TextField source="law.ko" />
      <TextField source="law.en" emptyText="-" />
      <TextField source="conditions.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CalendarDateField source="validFrom" emptyText="-" />
      <CalendarDateField source="validTo" emptyText="-" />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
