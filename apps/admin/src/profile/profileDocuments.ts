import type { Role } from '@bitgoeul/domain';
import type { UserError } from '../dataProvider/recordMapping';

/** The signed-in account as the profile page shows it. */
export interface MeNode {
  id: string;
  email: string;
  name: string;
  role: Role;
  version: number;
}

const ME = 'id email name role version';
const USER_ERRORS = 'userErrors { field message code }';

export const ME_QUERY = `
  query Me {
    me { ${ME} }
  }`;

export const UPDATE_ME_MUTATION = `
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user { ${ME} }
      ${USER_ERRORS}
    }
  }`;

export const CHANGE_MY_PASSWORD_MUTATION = `
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      user { ${ME} }
      ${USER_ERRORS}
    }
  }`;

export interface MeWritten {
  user: MeNode | null;
  userErrors: UserError[];
}

/** Each refusal's message by its field (`currentPassword`, `newPassword`, `name`), for the inputs to show. */
export function errorsByField(userErrors: readonly UserError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of userErrors) {
    const field = error.field.join('.') || 'form';
    out[field] = out[field] ? `${out[field]} ${error.message}` : error.message;
  }
  return out;
}
