import { Role, SEARCH_MAX } from '@bitgoeul/domain';
import { Datagrid, List, SearchInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import type { UserRecord } from '../dataProvider/resources/users';
import { CodeField, InstantField } from '../format/fields';

const StateField = (_props: { label?: string }) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(record.disabled ? 'resources.users.fields.disabled' : 'bitgoeul.users.active')}</>;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="role" source="role" list={Role} alwaysOn />,
];

/** Accounts by email (the API's one order, so the columns do not sort). */
export const UserList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="email" sortable={false} />
      <TextField source="name" sortable={false} />
      <CodeField source="role" list={Role} sortable={false} />
      <StateField label="bitgoeul.users.state" />
      <InstantField source="createdAt" sortable={false} />
    </Datagrid>
  </List>
);
