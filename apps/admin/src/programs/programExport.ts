import { ProgramArea, ProgramStatus, Visibility } from '@bitgoeul/domain';
import { codeColumn, column, type ExportColumn } from '../export/exportColumns';

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
  column('updatedAt'),
];
