import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const IndicatorList = lazy(() => import('./IndicatorList').then((m) => ({ default: m.IndicatorList })));
const views = () => import('./IndicatorViews');
const IndicatorShow = lazy(() => views().then((m) => ({ default: m.IndicatorShow })));
const IndicatorEdit = lazy(() => views().then((m) => ({ default: m.IndicatorEdit })));
const IndicatorCreate = lazy(() => views().then((m) => ({ default: m.IndicatorCreate })));

export const indicators = {
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: InsightsIcon,
  recordRepresentation: (record: { name: { ko: string } }) => record.name.ko,
};
