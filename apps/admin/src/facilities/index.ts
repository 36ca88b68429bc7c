import {
  FACILITY_FIELD_LABELS,
  FacilityKind,
  FacilityStatus,
  LocationPrecision,
  Visibility,
} from '@bitgoeul/domain';
import FactoryIcon from '@mui/icons-material/Factory';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import type { FacilityRecord } from '../dataProvider/resources/facilities';
import { facilitiesResource } from '../dataProvider/resources/facilities';
import { codeColumn, column, type ExportColumn, instantColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const FacilityList = lazy(() => import('./FacilityList').then((m) => ({ default: m.FacilityList })));
const FacilityShow = lazy(() => import('./FacilityShow').then((m) => ({ default: m.FacilityShow })));
const FacilityEdit = lazy(() => import('./FacilityEdit').then((m) => ({ default: m.FacilityEdit })));
const FacilityCreate = lazy(() => import('./FacilityCreate').then((m) => ({ default: m.FacilityCreate })));

/** The list's CSV export, in the order a spreadsheet reads it. */
export const FACILITY_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', FacilityKind),
  codeColumn('status', FacilityStatus),
  column('location.address.ko'),
  column('location.coordinates.lon'),
  column('location.coordinates.lat'),
  codeColumn('location.precision', LocationPrecision),
  column('capacity.value'),
  codeColumn('visibility', Visibility),
  instantColumn('updatedAt'),
];
export const facilities = defineResource({
  record: facilitiesResource,
  name: { ko: '시설', en: 'Facility |||| Facilities' },
  fieldLabels: FACILITY_FIELD_LABELS,
  viewLabels: {
    nextStatuses: { ko: '다음 단계', en: 'Next steps' },
    statusFromMilestones: { ko: '일정상 단계', en: 'Status by milestones' },
    milestones: { ko: '추진 경과', en: 'Lifecycle' },
    zoneWithin: { ko: '구역(하위 포함)', en: 'Zone (with sub-zones)' },
    'location.address.en': { ko: '주소(영어)', en: 'Address (English)' },
    'location.coordinates': { ko: '좌표', en: 'Coordinates' },
  },
  exportColumns: FACILITY_EXPORT_COLUMNS,
  list: FacilityList,
  show: FacilityShow,
  edit: FacilityEdit,
  create: FacilityCreate,
  icon: FactoryIcon,
  recordRepresentation: (record: FacilityRecord) => nameInActiveLocale(record.name),
});
