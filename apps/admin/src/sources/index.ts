import { SOURCE_FIELD_LABELS, SourceKind } from '@bitgoeul/domain';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { type SourceRecord, sourcesResource } from '../dataProvider/resources/sources';
import { codeColumn, column, type ExportColumn } from '../export/exportColumns';

const SourceList = lazy(() => import('./SourceList').then((m) => ({ default: m.SourceList })));
const SourceShow = lazy(() => import('./SourceShow').then((m) => ({ default: m.SourceShow })));
const SourceEdit = lazy(() => import('./SourceEdit').then((m) => ({ default: m.SourceEdit })));
const SourceCreate = lazy(() => import('./SourceCreate').then((m) => ({ default: m.SourceCreate })));

/** The list's CSV export, in the order a spreadsheet reads it. */
export const SOURCE_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('title'),
  codeColumn('kind', SourceKind),
  column('publisher'),
  column('author'),
  column('url'),
  column('publishedOn'),
  column('retrievedOn'),
  column('updatedAt'),
];

export const sources = defineResource({
  record: sourcesResource,
  name: { ko: '출처', en: 'Source |||| Sources' },
  fieldLabels: SOURCE_FIELD_LABELS,
  viewLabels: {
    usedBy: { ko: '이 출처를 인용한 기록', en: 'Cited by' },
    type: { ko: '기록 종류', en: 'Kind of record' },
    count: { ko: '개수', en: 'Count' },
  },
  exportColumns: SOURCE_EXPORT_COLUMNS,
  list: SourceList,
  show: SourceShow,
  edit: SourceEdit,
  create: SourceCreate,
  icon: MenuBookIcon,
  // A source is known by its title (a headline); the code tells two with the same title apart.
  recordRepresentation: (record: Pick<SourceRecord, 'title' | 'code'>) => record.title,
});
