import { FacilityKind, FacilityStatus, SEARCH_MAX } from '@bitgoeul/domain';
import {
  AutocompleteInput,
  BulkDeleteButton,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  ShowButton,
  TextField,
} from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { optionText } from '../common/ReferencePickers';
import { useCsvExporter } from '../export/useCsvExporter';
import { CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="status" source="status" list={FacilityStatus} alwaysOn />,
  <CodeSelectInput key="kind" source="kind" list={FacilityKind} alwaysOn />,
  <ReferenceInput key="zone" source="zoneWithin" reference="zones">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
  <ReferenceInput key="operator" source="operatorId" reference="organisations">
    <AutocompleteInput optionText={optionText} />
  </ReferenceInput>,
];

export const FacilityList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={useCsvExporter()}>
    <Datagrid
      rowClick="show"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      sx={{ '& .column-status, & .column-kind': { whiteSpace: 'nowrap' } }}
    >
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" />
      <CodeField source="kind" list={FacilityKind} />
      <CodeField source="status" list={FacilityStatus} />
      <ReferenceField source="zoneId" reference="zones" link="show" emptyText="-" />
      <ReferenceField source="operatorId" reference="organisations" link="show" emptyText="-" />
      <ShowButton />
    </Datagrid>
  </List>
);
