import { PASSWORD_MAX, PERSON_NAME_MAX, Role, USER_FIELD_LABELS, UserInput } from '@bitgoeul/domain';
import { Divider } from '@mui/material';
import { BooleanInput, Edit, PasswordInput, SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';
import { TokensPanel } from './TokensPanel';

const KEEP_DISABLED = ['disabled'];

const withoutBlankPassword = (values: Record<string, unknown>) => {
  const { password, ...rest } = values;
  return typeof password === 'string' && password !== '' ? values : rest;
};

const EditUserSchema = UserInput.pick({ name: true, role: true, password: true });

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
