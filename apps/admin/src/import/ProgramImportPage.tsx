import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { downloadCSV, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useUiLocale } from '../i18n/useUiLocale';
import { PROGRAM_COLUMNS } from './importColumns';
import { IMPORT_PROGRAMS_MUTATION, type ImportProgramsResult } from './importDocuments';
import { type ProgramImportRowInput, programSheetRows } from './programSheetRows';
import { RowErrorsTable } from './RowErrorsTable';
import { readSheet } from './readSheet';
import { mergeRowErrorsBy, type RowError, type SheetProblem } from './sheetRows';
import { templateCsv } from './template';
import { useProblemText } from './useProblemText';

type Step =
  | { at: 'idle' }
  | { at: 'busy' }
  | { at: 'refused'; problem: SheetProblem | { key: 'server'; message: string } }
  | { at: 'checked'; rows: ProgramImportRowInput[]; errors: RowError[] }
  | { at: 'imported'; count: number };

/**
 * Programs from a sheet (CSV or XLSX), all or nothing, as observations are imported: the file is read
 * here, the server checks every row in a dry run and lists each refusal (row, column, reason); only a
 * clean dry run can be committed, and the commit creates every program in one transaction or none.
 */
export const ProgramImportPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const problemText = useProblemText(PROGRAM_COLUMNS);
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The page's own words; the buttons, the table and the file problems are the observation import's.
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.import.${key}`, args);
  const own = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.programImport.${key}`, args);
  const send = (rows: ProgramImportRowInput[], dryRun: boolean) =>
    dataProvider
      .query<ImportProgramsResult>(IMPORT_PROGRAMS_MUTATION, { input: { rows, dryRun } })
      .then((r) => r.importPrograms);
  const serverRefusal = (error: unknown): Step => ({
    at: 'refused',
    problem: { key: 'server', message: (error as Error).message },
  });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setStep({ at: 'busy' });
    const read = await readSheet(file);
    const sheet = read.ok ? programSheetRows(read.cells) : read;
    if (!sheet.ok) return setStep({ at: 'refused', problem: sheet.problem });
    try {
      const dryRun = await send(sheet.rows, true);
      setStep({
        at: 'checked',
        rows: sheet.rows,
        errors: mergeRowErrorsBy(PROGRAM_COLUMNS, dryRun.rowErrors),
      });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  const commit = async (rows: ProgramImportRowInput[]) => {
    setStep({ at: 'busy' });
    try {
      const result = await send(rows, false);
      if (result.rowErrors.length) {
        return setStep({ at: 'checked', rows, errors: mergeRowErrorsBy(PROGRAM_COLUMNS, result.rowErrors) });
      }
      // The program list, its pickers and the dashboard read afresh.
      await queryClient.invalidateQueries();
      notify('bitgoeul.programImport.done', { type: 'success', messageArgs: { count: result.imported } });
      setStep({ at: 'imported', count: result.imported });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={own('title')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-line' }}>
          {own('intro')}
        </Typography>
        <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mb: 2 }}>
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
            {t('choose')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            onClick={() => downloadCSV(templateCsv(locale, PROGRAM_COLUMNS), 'programs-template')}
          >
            {t('template')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            data-testid="import-file"
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              // Choosing the same file again (after fixing it) must read it again.
              e.target.value = '';
            }}
          />
        </Stack>
        {fileName ? (
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {t('file', { name: fileName })}
          </Typography>
        ) : null}
        {step.at === 'busy' ? <Alert severity="info">{t('checking')}</Alert> : null}
        {step.at === 'refused' ? (
          <Alert severity="error" data-testid="import-problem">
            {step.problem.key === 'server' ? step.problem.message : problemText(step.problem)}
          </Alert>
        ) : null}
        {step.at === 'checked' ? (
          <Box>
            {step.errors.length ? (
              <Alert severity="error" sx={{ mb: 1 }} data-testid="import-summary">
                {t('refused', {
                  rows: new Set(step.errors.map((e) => e.row)).size,
                  errors: step.errors.length,
                })}
              </Alert>
            ) : (
              <Alert severity="success" sx={{ mb: 1 }} data-testid="import-summary">
                {t('clean', { count: step.rows.length })}
              </Alert>
            )}
            {step.errors.length ? <RowErrorsTable errors={step.errors} columns={PROGRAM_COLUMNS} /> : null}
            <Button
              variant="contained"
              sx={{ mt: 2 }}
              disabled={step.errors.length > 0 || step.rows.length === 0}
              onClick={() => void commit(step.rows)}
            >
              {t('commit')}
            </Button>
          </Box>
        ) : null}
        {step.at === 'imported' ? (
          <Alert
            severity="success"
            data-testid="import-done"
            action={
              <Button component={Link} to="/programs" color="inherit" size="small">
                {own('toList')}
              </Button>
            }
          >
            {own('done', { count: step.count })}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
};
