import { PROGRAM_FIELD_LABELS, ProgramArea, ProgramStatus, Visibility } from '@bitgoeul/domain';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import type { ProgramRecord } from '../dataProvider/resources/programs';
import { programsResource } from '../dataProvider/resources/programs';
import { codeColumn, column, type ExportColumn, instantColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const ProgramList = lazy(() => import('./ProgramList').then((m) => ({ default: m.ProgramList })));
const ProgramShow = lazy(() => import('./ProgramShow').then((m) => ({ default: m.ProgramShow })));
const ProgramEdit = lazy(() => import('./ProgramEdit').then((m) => ({ default: m.ProgramEdit })));
const ProgramCreate = lazy(() => import('./ProgramCreate').then((m) => ({ default: m.ProgramCreate })));

/** The list's CSV export, in the order a spreadsheet reads it. */
export const PROGRAM_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('area', ProgramArea),
  codeColumn('status', ProgramStatus),
  column('progress'),
  column('plannedStart'),
  column('plannedEnd'),
  column('actualStart'),
  column('actualEnd'),
  codeColumn('visibility', Visibility),
  instantColumn('updatedAt'),
];
export const programs = defineResource({
  record: programsResource,
  name: { ko: '사업', en: 'Program |||| Programs' },
  fieldLabels: PROGRAM_FIELD_LABELS,
  viewLabels: {
    children: { ko: '하위 사업', en: 'Sub-programs' },
    benefitRules: { ko: '지원 기준', en: 'Benefit rules' },
    facilities: { ko: '관련 시설', en: 'Facilities' },
    milestones: { ko: '주요 일정', en: 'Milestones' },
    indicators: { ko: '관련 지표', en: 'Indicators' },
  },
  exportColumns: PROGRAM_EXPORT_COLUMNS,
  list: ProgramList,
  show: ProgramShow,
  edit: ProgramEdit,
  create: ProgramCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (record: ProgramRecord) => nameInActiveLocale(record.name),
});
