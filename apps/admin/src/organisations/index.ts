import { ORGANISATION_FIELD_LABELS, OrganisationKind, Visibility } from '@bitgoeul/domain';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { organisationsResource } from '../dataProvider/resources/organisations';
import { codeColumn, column, type ExportColumn, instantColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const OrganisationList = lazy(() =>
  import('./OrganisationList').then((m) => ({ default: m.OrganisationList })),
);
const OrganisationShow = lazy(() =>
  import('./OrganisationShow').then((m) => ({ default: m.OrganisationShow })),
);
const OrganisationEdit = lazy(() =>
  import('./OrganisationEdit').then((m) => ({ default: m.OrganisationEdit })),
);
const OrganisationCreate = lazy(() =>
  import('./OrganisationCreate').then((m) => ({ default: m.OrganisationCreate })),
);

/** The list's CSV export, in the order a spreadsheet reads it. */
export const ORGANISATION_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', OrganisationKind),
  codeColumn('visibility', Visibility),
  instantColumn('updatedAt'),
];
export const organisations = defineResource({
  record: organisationsResource,
  name: { ko: '기관', en: 'Organisation |||| Organisations' },
  fieldLabels: ORGANISATION_FIELD_LABELS,
  viewLabels: {
    children: { ko: '하위 기관', en: 'Sub-organisations' },
    operatedFacilities: { ko: '운영 시설', en: 'Facilities operated' },
    programs: { ko: '참여 사업', en: 'Programs' },
    zones: { ko: '참여 구역', en: 'Zones' },
    indicators: { ko: '관련 지표', en: 'Indicators' },
  },
  exportColumns: ORGANISATION_EXPORT_COLUMNS,
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: CorporateFareIcon,
  recordRepresentation: (record: { name: { ko: string; en?: string | null } }) =>
    nameInActiveLocale(record.name),
});
