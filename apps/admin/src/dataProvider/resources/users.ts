import { Role } from '@bitgoeul/domain';
import { search, value } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

/** An account as the admin holds it; the password is never readable, only written. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Accounts (admins only). The API lists them by email and filters them without ids, so a reference to
 * an account is read through `user(id:)`; the email is set once, when the account is created.
 */
export const usersResource: ResourceDefinition = {
  name: 'users',
  typeName: 'User',
  plural: 'Users',
  codeLists: { role: Role },
  selection: `
    id
    email
    name
    role
    disabled
    version
    createdAt
    updatedAt`,
  inputFields: ['email', 'name', 'role', 'password'],
  updateFields: ['name', 'role', 'disabled', 'password'],
  orderFields: {},
  filters: {
    q: search(),
    role: value('role'),
    disabled: value('disabled'),
  },
  mutations: { delete: false },
  manyBy: 'single',
};
