import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';
import type { ProgramRecord } from '../dataProvider/resources/programs';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const ProgramList = lazy(() => import('./ProgramList').then((m) => ({ default: m.ProgramList })));
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
