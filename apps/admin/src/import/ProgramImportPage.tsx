import {
  IMPORT_FILE_ROWS_MAX,
  PROGRAM_COLUMNS,
  type ProgramImportRowInput,
  programSheetRows,
} from '@bitgoeul/domain';
import { Alert, Button } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { IMPORT_PROGRAMS_MUTATION, type ImportProgramsResult } from './importDocuments';
import { SheetImport } from './SheetImport';

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
      rowsOf={(cells) => programSheetRows(cells, IMPORT_FILE_ROWS_MAX)}
      send={(file, dryRun) =>
        dataProvider
          .upload<ImportProgramsResult>(
            IMPORT_PROGRAMS_MUTATION,
            { input: { dryRun } },
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
