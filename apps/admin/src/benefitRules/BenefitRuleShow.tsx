import { BenefitKind, ChildOrder } from '@bitgoeul/domain';
import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { CalendarDateField, CodeField, CodeListField, InstantField, KrwField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

export const BenefitRuleShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" />
      <CodeField source="kind" list={BenefitKind} />
      <KrwField source="amount" />
      <TextField source="months" emptyText="-" />
      <CodeListField source="childOrders" list={ChildOrder} />
      <CalendarDateField source="effectiveFrom" />
      <CalendarDateField source="effectiveTo" emptyText="-" />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
