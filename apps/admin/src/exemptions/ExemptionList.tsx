import { ExemptionKind, SEARCH_MAX } from '@bitgoeul/domain';
import { Datagrid, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { CalendarDateField, CodeField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="kind" source="kind" list={ExemptionKind} alwaysOn />,
];

export const ExemptionList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit">
      <ReferenceField source="zoneId" reference="zones" link="show" />
      <CodeField source="kind" list={ExemptionKind} />
      <TextField source="law.ko" />
      <CalendarDateField source="validFrom" emptyText="-" />
      <CalendarDateField source="validTo" emptyText="-" />
    </Datagrid>
  </List>
);
