import { OrganisationKind, SEARCH_MAX } from '@bitgoeul/domain';
import { BulkDeleteButton, Datagrid, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useCsvExporter } from '../export/useCsvExporter';
import { CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={OrganisationKind} alwaysOn />,
];

export const OrganisationList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={useCsvExporter()}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" />
      <CodeField source="kind" list={OrganisationKind} />
      <ReferenceField source="parentId" reference="organisations" link="show" emptyText="-" />
    </Datagrid>
  </List>
);
