import { FacilityStatus, MilestoneKind } from '@bitgoeul/domain';
import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { CalendarDateField, CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

export const MilestoneShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <CodeField source="kind" list={MilestoneKind} />
      <ReferenceField source="facilityId" reference="facilities" link="show" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" emptyText="-" />
      <TextField source="title.ko" emptyText="-" />
      <CalendarDateField source="plannedOn" emptyText="-" />
      <CalendarDateField source="actualOn" emptyText="-" />
      <CodeField source="impliedStatus" list={FacilityStatus} emptyText="-" />
      <TextField source="note.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
