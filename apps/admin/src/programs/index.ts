import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';
import type { ProgramRecord } from '../dataProvider/programRecord';
import { ProgramList } from './ProgramList';

// The list is the first screen and ships in the main bundle; the forms and the detail view load on demand.
const ProgramShow = lazy(() => import('./ProgramShow').then((m) => ({ default: m.ProgramShow })));
const ProgramEdit = lazy(() => import('./ProgramEdit').then((m) => ({ default: m.ProgramEdit })));
const ProgramCreate = lazy(() => import('./ProgramCreate').then((m) => ({ default: m.ProgramCreate })));

export const programs = {
  list: ProgramList,
  show: ProgramShow,
  edit: ProgramEdit,
  create: ProgramCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (record: ProgramRecord) => record.name.ko,
};
