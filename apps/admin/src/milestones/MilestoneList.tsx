import { FacilityStatus, MilestoneKind } from '@bitgoeul/domain';
import { List, ReferenceField } from 'react-admin';
import { RecordDatagrid } from '../common/RecordList';
import { CalendarDateField, CodeField } from '../format/fields';
import { formatDate } from '../format/format';

/** What a phone row reads of a milestone: its kind and its dates. */
type MilestoneRow = { id: string; kind: MilestoneKind; plannedOn?: string | null; actualOn?: string | null };

export const MilestoneList = () => (
  <List sort={{ field: 'date', order: 'ASC' }} perPage={25}>
    <RecordDatagrid<MilestoneRow>
      phone={{
        primary: (record, locale) => MilestoneKind.label(record.kind, locale),
        secondary: (record, locale) => formatDate(record.actualOn ?? record.plannedOn ?? null, locale),
      }}
    >
      <CodeField source="kind" list={MilestoneKind} />
      <ReferenceField source="facilityId" reference="facilities" link="show" emptyText="-" />
      <ReferenceField source="programId" reference="programs" link="show" emptyText="-" />
      <CalendarDateField source="plannedOn" emptyText="-" />
      <CalendarDateField source="actualOn" emptyText="-" />
      <CodeField source="impliedStatus" list={FacilityStatus} emptyText="-" />
    </RecordDatagrid>
  </List>
);
