import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazy } from 'react';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const OrganisationList = lazy(() =>
  import('./OrganisationList').then((m) => ({ default: m.OrganisationList })),
);
const views = () => import('./OrganisationViews');
const OrganisationShow = lazy(() => views().then((m) => ({ default: m.OrganisationShow })));
const OrganisationEdit = lazy(() => views().then((m) => ({ default: m.OrganisationEdit })));
const OrganisationCreate = lazy(() => views().then((m) => ({ default: m.OrganisationCreate })));

export const organisations = {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: CorporateFareIcon,
  recordRepresentation: (record: { name: { ko: string } }) => record.name.ko,
};
