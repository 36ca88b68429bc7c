import { OrganisationKind, SEARCH_MAX, Visibility } from '@bitgoeul/domain';
import { BulkDeleteButton, Datagrid, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { codeColumn, column } from '../export/exportColumns';
import { useCsvExporter } from '../export/useCsvExporter';
import { CodeField } from '../format/fields';

export const ORGANISATION_EXPORT_COLUMNS = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', OrganisationKind),
  codeColumn('visibility', Visibility),
  column('updatedAt'),
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={OrganisationKind} alwaysOn />,
];

export const OrganisationList = () => (
  <List
    filters={filters}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    exporter={useCsvExporter('organisations', ORGANISATION_EXPORT_COLUMNS)}
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" />
      <CodeField source="kind" list={OrganisationKind} />
      <ReferenceField source="parentId" reference="organisations" link="show" emptyText="-" />
    </Datagrid>
  </List>
);
