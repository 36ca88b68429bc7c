import { FacilityStatus, MilestoneKind } from '@bitgoeul/domain';
import { Datagrid, List, ReferenceField } from 'react-admin';
import { CalendarDateField, CodeField } from '../format/fields';

export const MilestoneList = () => (
  <List sort={{ field: 'date', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit">
      <CodeField source="kind" list={MilestoneKind} />
      <ReferenceField source="facilityId" reference="facilities" link="show" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" emptyText="-" />
      <CalendarDateField source="plannedOn" emptyText="-" />
      <CalendarDateField source="actualOn" emptyText="-" />
      <CodeField source="impliedStatus" list={FacilityStatus} emptyText="-" />
    </Datagrid>
  </List>
);
