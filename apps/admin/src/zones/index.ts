import LayersIcon from '@mui/icons-material/Layers';
import { lazy } from 'react';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const ZoneList = lazy(() => import('./ZoneList').then((m) => ({ default: m.ZoneList })));
const views = () => import('./ZoneViews');
const ZoneShow = lazy(() => views().then((m) => ({ default: m.ZoneShow })));
const ZoneEdit = lazy(() => views().then((m) => ({ default: m.ZoneEdit })));
const ZoneCreate = lazy(() => views().then((m) => ({ default: m.ZoneCreate })));

export const zones = {
  list: ZoneList,
  show: ZoneShow,
  edit: ZoneEdit,
  create: ZoneCreate,
  icon: LayersIcon,
  recordRepresentation: (record: { name: { ko: string } }) => record.name.ko,
};
