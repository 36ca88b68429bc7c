import {
  EMAIL_MAX,
  PASSWORD_MAX,
  PERSON_NAME_MAX,
  Role,
  USER_FIELD_LABELS,
  UserInput,
} from '@bitgoeul/domain';
import { Create, PasswordInput, SimpleForm, TextInput } from 'react-admin';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';

// A new account needs its first password; an edit changes it only when one is typed in.
const CreateUserSchema = UserInput.required({ password: true });

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
