import { Visibility, ZONE_FIELD_LABELS, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import LayersIcon from '@mui/icons-material/Layers';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { zonesResource } from '../dataProvider/resources/zones';
import { codeColumn, column, type ExportColumn, instantColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const ZoneList = lazy(() => import('./ZoneList').then((m) => ({ default: m.ZoneList })));
const ZoneShow = lazy(() => import('./ZoneShow').then((m) => ({ default: m.ZoneShow })));
const ZoneEdit = lazy(() => import('./ZoneEdit').then((m) => ({ default: m.ZoneEdit })));
const ZoneCreate = lazy(() => import('./ZoneCreate').then((m) => ({ default: m.ZoneCreate })));

/** The list's CSV export, in the order a spreadsheet reads it. */
export const ZONE_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', ZoneKind),
  codeColumn('status', ZoneStatus),
  column('designation.designatedOn'),
  column('area.value'),
  column('area.unit'),
  column('areaSquareMetres'),
  codeColumn('visibility', Visibility),
  instantColumn('updatedAt'),
];
export const zones = defineResource({
  record: zonesResource,
  name: { ko: '구역', en: 'Zone |||| Zones' },
  fieldLabels: ZONE_FIELD_LABELS,
  viewLabels: {
    children: { ko: '지구', en: 'Districts' },
    facilities: { ko: '시설', en: 'Facilities' },
    exemptions: { ko: '특례', en: 'Exemptions' },
    areaSquareMetres: { ko: '면적(㎡)', en: 'Area (m²)' },
    within: { ko: '포함 구역', en: 'Within zone' },
    'designation.authority.ko': { ko: '지정 기관(한국어)', en: 'Designating authority (Korean)' },
    'designation.authority.en': { ko: '지정 기관(영어)', en: 'Designating authority (English)' },
  },
  exportColumns: ZONE_EXPORT_COLUMNS,
  list: ZoneList,
  show: ZoneShow,
  edit: ZoneEdit,
  create: ZoneCreate,
  icon: LayersIcon,
  recordRepresentation: (record: { name: { ko: string; en?: string | null } }) =>
    nameInActiveLocale(record.name),
});
