import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { downloadCSV, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { IndicatorChart } from '../charts/IndicatorChart';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  IMPORT_OBSERVATIONS_MUTATION,
  type ImportObservationsResult,
  INDICATORS_BY_CODE_QUERY,
  type IndicatorsByCode,
} from './importDocuments';
import { RowErrorsTable } from './RowErrorsTable';
import { readSheet } from './readSheet';
import {
  type ImportRowInput,
  mergeRowErrors,
  type RowError,
  type SheetProblem,
  sheetRows,
} from './sheetRows';
import { templateCsv } from './template';
import { useProblemText } from './useProblemText';

type Step =
  | { at: 'idle' }
  | { at: 'busy' }
  | { at: 'refused'; problem: SheetProblem | { key: 'server'; message: string } }
  | { at: 'checked'; rows: ImportRowInput[]; errors: RowError[] }
  | { at: 'imported'; count: number; codes: string[] };

/**
 * Observations from a sheet (CSV or XLSX), all or nothing: the file is read and checked here, then the
 * server checks every row in a dry run and lists each refusal (row, column, reason); only a clean dry run
 * can be committed, and the commit writes every row in one transaction or none.
 */
export const ObservationImportPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const problemText = useProblemText();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.import.${key}`, args);
  const send = (rows: ImportRowInput[], dryRun: boolean) =>
    dataProvider
      .query<ImportObservationsResult>(IMPORT_OBSERVATIONS_MUTATION, { input: { rows, dryRun } })
      .then((r) => r.importObservations);
  const serverRefusal = (error: unknown): Step => ({
    at: 'refused',
    problem: { key: 'server', message: (error as Error).message },
  });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setStep({ at: 'busy' });
    const read = await readSheet(file);
    const sheet = read.ok ? sheetRows(read.cells, locale) : read;
    if (!sheet.ok) return setStep({ at: 'refused', problem: sheet.problem });
    try {
      const dryRun = sheet.rows.length ? await send(sheet.rows, true) : { rowErrors: [] };
      setStep({ at: 'checked', rows: sheet.rows, errors: mergeRowErrors(sheet.errors, dryRun.rowErrors) });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  const commit = async (rows: ImportRowInput[]) => {
    setStep({ at: 'busy' });
    try {
      const result = await send(rows, false);
      if (result.rowErrors.length) return setStep({ at: 'checked', rows, errors: result.rowErrors });
      // Every page that shows these indicators (lists, show pages, charts, the dashboard) reads afresh.
      await queryClient.invalidateQueries();
      notify('bitgoeul.import.done', { type: 'success', messageArgs: { count: result.imported } });
      setStep({
        at: 'imported',
        count: result.imported,
        codes: [...new Set(rows.map((r) => r.indicatorCode))],
      });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  const indicatorId = params.get('indicator');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-line' }}>
          {t('intro')}
        </Typography>
        <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mb: 2 }}>
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
            {t('choose')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            onClick={() => downloadCSV(templateCsv(locale), 'observations-template')}
          >
            {t('template')}
          </Button>
          {indicatorId ? (
            <Button component={Link} to={`/indicators/${encodeURIComponent(indicatorId)}/show`}>
              {t('backToIndicator')}
            </Button>
          ) : null}
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
            {step.errors.length ? <RowErrorsTable errors={step.errors} /> : null}
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
        {step.at === 'imported' ? <Imported count={step.count} codes={step.codes} /> : null}
      </CardContent>
    </Card>
  );
};

/** After the commit: what was written, and each indicator's chart with its new points. */
const Imported = ({ count, codes }: { count: number; codes: string[] }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const { data } = useGraphqlQuery<IndicatorsByCode>('indicatorsByCode', INDICATORS_BY_CODE_QUERY, { codes });
  return (
    <Box data-testid="import-done">
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate('bitgoeul.import.done', { count })}
      </Alert>
      {(data?.indicators.nodes ?? []).slice(0, 3).map((indicator) => (
        <Box key={indicator.id} sx={{ mb: 3 }}>
          <Typography
            variant="subtitle1"
            component={Link}
            to={`/indicators/${encodeURIComponent(indicator.id)}/show`}
          >
            {(locale === 'en' && indicator.name.en) || indicator.name.ko} ({indicator.code})
          </Typography>
          <IndicatorChart id={indicator.id} />
        </Box>
      ))}
    </Box>
  );
};
