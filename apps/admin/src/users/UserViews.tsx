import {
  EMAIL_MAX,
  PASSWORD_MAX,
  PERSON_NAME_MAX,
  Role,
  SEARCH_MAX,
  USER_FIELD_LABELS,
  UserInput,
} from '@bitgoeul/domain';
import { Divider } from '@mui/material';
import {
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  PasswordInput,
  SaveButton,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useDomainResolver } from '../common/useDomainResolver';
import type { UserRecord } from '../dataProvider/resources/users';
import { Row } from '../facilities/FacilityInputs';
import { CodeField, InstantField } from '../format/fields';
import { TokensPanel } from './TokensPanel';

// A new account needs its first password; an edit changes it only when one is typed in.
const CreateUserSchema = UserInput.required({ password: true });
const EditUserSchema = UserInput.pick({ name: true, role: true, password: true });
const KEEP_DISABLED = ['disabled'];

const withoutBlankPassword = (values: Record<string, unknown>) => {
  const { password, ...rest } = values;
  return typeof password === 'string' && password !== '' ? values : rest;
};

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

export const UserCreate = () => (
  <Create redirect="edit">
    <SimpleForm
      resolver={useDomainResolver(CreateUserSchema, USER_FIELD_LABELS)}
      defaultValues={{ role: 'VIEWER' }}
    >
      <Row>
        <TextInput source="email" autoComplete="email" isRequired fullWidth {...maxLength(EMAIL_MAX)} />
        <TextInput source="name" isRequired fullWidth {...maxLength(PERSON_NAME_MAX)} />
      </Row>
      <CodeSelectInput source="role" list={Role} isRequired />
      <PasswordInput
        source="password"
        isRequired
        autoComplete="new-password"
        helperText="bitgoeul.users.passwordHint"
        {...maxLength(PASSWORD_MAX)}
      />
    </SimpleForm>
  </Create>
);

export const UserEdit = () => {
  const resolver = useDomainResolver(EditUserSchema, USER_FIELD_LABELS, {
    keep: KEEP_DISABLED,
    prepare: withoutBlankPassword,
  });
  return (
    <Edit mutationMode="pessimistic" redirect={false} transform={withoutBlankPassword}>
      {/* Accounts are disabled, never deleted: their audit trail keeps pointing at them. */}
      <SimpleForm
        resolver={resolver}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <Row>
          <TextInput source="email" disabled fullWidth />
          <TextInput source="name" isRequired fullWidth {...maxLength(PERSON_NAME_MAX)} />
        </Row>
        <CodeSelectInput source="role" list={Role} isRequired />
        <BooleanInput source="disabled" />
        <PasswordInput
          source="password"
          label="resources.users.fields.newPassword"
          autoComplete="new-password"
          helperText="bitgoeul.users.newPasswordHint"
          {...maxLength(PASSWORD_MAX)}
        />
      </SimpleForm>
      <Divider />
      <TokensPanel />
    </Edit>
  );
};
