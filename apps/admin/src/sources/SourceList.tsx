import { SEARCH_MAX, SourceKind } from '@bitgoeul/domain';
import { BulkDeleteButton, Datagrid, List, SearchInput, TextField } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useCsvExporter } from '../export/useCsvExporter';
import { CalendarDateField, CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={SourceKind} alwaysOn />,
];

/** Sources by title, the most recently published first (those without a date last). */
export const SourceList = () => (
  <List
    filters={filters}
    sort={{ field: 'publishedOn', order: 'DESC' }}
    perPage={25}
    exporter={useCsvExporter()}
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="title" />
      <CodeField source="kind" list={SourceKind} />
      <TextField source="publisher" emptyText="-" />
      <CalendarDateField source="publishedOn" emptyText="-" />
      <TextField source="code" />
    </Datagrid>
  </List>
);
