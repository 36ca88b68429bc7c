import { SEARCH_MAX, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import {
  AutocompleteInput,
  BulkDeleteButton,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { optionText } from '../common/ReferencePickers';
import { useCsvExporter } from '../export/useCsvExporter';
import { CalendarDateField, CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={ZoneKind} alwaysOn />,
  <CodeSelectInput key="status" source="status" list={ZoneStatus} alwaysOn />,
  <ReferenceInput key="within" source="within" reference="zones">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
];

export const ZoneList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={useCsvExporter()}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" />
      <CodeField source="kind" list={ZoneKind} />
      <CodeField source="status" list={ZoneStatus} />
      <ReferenceField source="parentId" reference="zones" link="show" emptyText="-" />
      <CalendarDateField source="designation.designatedOn" emptyText="-" />
    </Datagrid>
  </List>
);
