import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import type { UserRecord } from '../dataProvider/resources/users';

// Admins only (auth/access.ts): loaded when an admin opens them, never part of the first load.
const views = () => import('./UserViews');
const UserList = lazy(() => views().then((m) => ({ default: m.UserList })));
const UserEdit = lazy(() => views().then((m) => ({ default: m.UserEdit })));
const UserCreate = lazy(() => views().then((m) => ({ default: m.UserCreate })));

export const users = {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  options: { label: 'bitgoeul.users.menu' },
  recordRepresentation: (record: UserRecord) => record.name || record.email,
};
