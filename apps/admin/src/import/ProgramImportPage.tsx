import {
  IMPORT_FILE_ROWS_MAX,
  type Locale,
  PROGRAM_COLUMNS,
  ProgramArea,
  type ProgramImportRowInput,
  ProgramStatus,
  programSheetRows,
  TEMPLATE_EXAMPLE_MARK,
} from '@bitgoeul/domain';
import { Alert, Button } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { IMPORT_PROGRAMS_MUTATION, type ImportProgramsResult } from './importDocuments';
import { SheetImport } from './SheetImport';

/** The template's example row: area and status by their labels, a date as the API takes it. */
const programExample = (locale: Locale) => ({
  code: 'GWANGJU-AI-CAMPUS',
  nameKo: '광주 AI 캠퍼스 조성',
  nameEn: 'Gwangju AI campus',
  summaryKo: '인공지능 인재 양성을 위한 교육 시설 조성',
  summaryEn: TEMPLATE_EXAMPLE_MARK[locale],
  area: ProgramArea.label('AI', locale),
  status: ProgramStatus.label('PIPELINE', locale),
  plannedStart: '2022-03-01',
  progress: '0',
});

/**
 * Programs from a sheet (CSV or XLSX), all or nothing (SheetImport); the commit creates every
 * program, parents before their children, in one transaction or none.
 */
export const ProgramImportPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  // The page's own words; the buttons, the table and the file problems are every import's.
  const own = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.programImport.${key}`, args);
  return (
    <SheetImport<ProgramImportRowInput>
      title={own('title')}
      intro={own('intro')}
      columns={PROGRAM_COLUMNS}
      templateName="programs-template"
      example={programExample}
      rowsOf={(cells, locale) => programSheetRows(cells, IMPORT_FILE_ROWS_MAX, locale)}
      send={(file, dryRun, sourceId) =>
        dataProvider
          .upload<ImportProgramsResult>(
            IMPORT_PROGRAMS_MUTATION,
            { input: { dryRun, sourceId } },
            { 'input.file': file },
          )
          .then((r) => r.importPrograms)
      }
      doneKey="bitgoeul.programImport.done"
      imported={(_, count) => (
        <Alert
          severity="success"
          data-testid="import-done"
          action={
            <Button component={Link} to="/programs" color="inherit" size="small">
              {own('toList')}
            </Button>
          }
        >
          {own('done', { count })}
        </Alert>
      )}
    />
  );
};
