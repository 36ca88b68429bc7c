import { USER_FIELD_LABELS } from '@bitgoeul/domain';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import type { UserRecord } from '../dataProvider/resources/users';
import { usersResource } from '../dataProvider/resources/users';

// Admins only (auth/access.ts): loaded when an admin opens them, never part of the first load.
const UserList = lazy(() => import('./UserList').then((m) => ({ default: m.UserList })));
const UserEdit = lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit })));
const UserCreate = lazy(() => import('./UserCreate').then((m) => ({ default: m.UserCreate })));

export const users = defineResource({
  record: usersResource,
  name: { ko: '사용자', en: 'User |||| Users' },
  fieldLabels: USER_FIELD_LABELS,
  viewLabels: {
    disabled: { ko: '사용 중지', en: 'Disabled' },
    newPassword: { ko: '새 비밀번호', en: 'New password' },
    tokens: { ko: 'API 토큰', en: 'API tokens' },
  },
  menuLabel: 'bitgoeul.users.menu',
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: (record: UserRecord) => record.name || record.email,
});
