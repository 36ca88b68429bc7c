import { Frequency, INDICATOR_FIELD_LABELS, IndicatorUnit, SubjectType, Visibility } from '@bitgoeul/domain';
import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { indicatorsResource } from '../dataProvider/resources/indicators';
import { codeColumn, column, type ExportColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

// Every screen loads on demand, the first (the dashboard) too: the first load is react-admin's shell.
const IndicatorList = lazy(() => import('./IndicatorList').then((m) => ({ default: m.IndicatorList })));
const IndicatorShow = lazy(() => import('./IndicatorShow').then((m) => ({ default: m.IndicatorShow })));
const IndicatorEdit = lazy(() => import('./IndicatorEdit').then((m) => ({ default: m.IndicatorEdit })));
const IndicatorCreate = lazy(() => import('./IndicatorCreate').then((m) => ({ default: m.IndicatorCreate })));

/** The list's CSV export, in the order a spreadsheet reads it. */
export const INDICATOR_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('unit', IndicatorUnit),
  codeColumn('frequency', Frequency),
  codeColumn('subjectType', SubjectType),
  column('latest.periodLabel'),
  column('latest.value'),
  column('progress.percent'),
  codeColumn('visibility', Visibility),
];
export const indicators = defineResource({
  record: indicatorsResource,
  name: { ko: '지표', en: 'Indicator |||| Indicators' },
  fieldLabels: INDICATOR_FIELD_LABELS,
  viewLabels: {
    subjectType: { ko: '대상 유형', en: 'Subject type' },
    subjectId: { ko: '대상', en: 'Subject' },
    latest: { ko: '최근 값', en: 'Latest figure' },
    'latest.value': { ko: '최근 값', en: 'Latest figure' },
    'latest.periodLabel': { ko: '최근 기간', en: 'Latest period' },
    'progress.percent': { ko: '목표 달성률(%)', en: 'Progress to target (%)' },
    observations: { ko: '관측값', en: 'Observations' },
    targets: { ko: '목표', en: 'Targets' },
    series: { ko: '추이', en: 'Series' },
  },
  exportColumns: INDICATOR_EXPORT_COLUMNS,
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: InsightsIcon,
  recordRepresentation: (record: { name: { ko: string; en?: string | null } }) =>
    nameInActiveLocale(record.name),
});
