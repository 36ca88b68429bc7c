import { ExemptionKind, SEARCH_MAX } from '@bitgoeul/domain';
import { List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { RecordDatagrid } from '../common/RecordList';
import { CalendarDateField, CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={ExemptionKind} alwaysOn />,
];

/** What a phone row reads of an exemption: its kind and the law that grants it. */
type ExemptionRow = { id: string; kind: ExemptionKind; law?: { ko: string; en?: string | null } | null };

export const ExemptionList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'ASC' }} perPage={25}>
    <RecordDatagrid<ExemptionRow>
      phone={{
        primary: (record, locale) => ExemptionKind.label(record.kind, locale),
        secondary: (record, locale) => (locale === 'en' && record.law?.en) || record.law?.ko,
      }}
    >
      <ReferenceField source="zoneId" reference="zones" link="show" />
      <CodeField source="kind" list={ExemptionKind} />
      <TextField source="law.ko" />
      <CalendarDateField source="validFrom" emptyText="-" />
      <CalendarDateField source="validTo" emptyText="-" />
    </RecordDatagrid>
  </List>
);
