import FactoryIcon from '@mui/icons-material/Factory';
import { lazy } from 'react';
import type { FacilityRecord } from '../dataProvider/resources/facilities';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const FacilityList = lazy(() => import('./FacilityList').then((m) => ({ default: m.FacilityList })));
const FacilityShow = lazy(() => import('./FacilityShow').then((m) => ({ default: m.FacilityShow })));
const FacilityEdit = lazy(() => import('./FacilityEdit').then((m) => ({ default: m.FacilityEdit })));
const FacilityCreate = lazy(() => import('./FacilityEdit').then((m) => ({ default: m.FacilityCreate })));

export const facilities = {
  list: FacilityList,
  show: FacilityShow,
  edit: FacilityEdit,
  create: FacilityCreate,
  icon: FactoryIcon,
  recordRepresentation: (record: FacilityRecord) => record.name.ko,
};
