import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';

const views = () => import('./ExemptionViews');
const ExemptionList = lazy(() => views().then((m) => ({ default: m.ExemptionList })));
const ExemptionShow = lazy(() => views().then((m) => ({ default: m.ExemptionShow })));
const ExemptionEdit = lazy(() => views().then((m) => ({ default: m.ExemptionEdit })));
const ExemptionCreate = lazy(() => views().then((m) => ({ default: m.ExemptionCreate })));

export const exemptions = {
  list: ExemptionList,
  show: ExemptionShow,
  edit: ExemptionEdit,
  create: ExemptionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: { law: { ko: string } }) => record.law.ko,
};
