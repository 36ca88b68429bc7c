import type { ImportColumns, Locale } from '@bitgoeul/domain';
import { type Cell, mergeRowErrorsBy, type RowError, type SheetProblem } from '@bitgoeul/domain';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { downloadCSV, Title, useNotify, useTranslate } from 'react-admin';
import type { CsvCell } from '../export/csv';
import { useUiLocale } from '../i18n/useUiLocale';
import { FileSource } from './FileSource';
import { RowErrorsTable } from './RowErrorsTable';
import { readSheet } from './readSheet';
import { SheetPreview, type SheetPreviewData, sheetPreview } from './SheetPreview';
import { templateCsv } from './template';
import { useProblemText } from './useProblemText';

/** What a sheet's rows became on this page: rows to send, and refusals this page made itself. */
export type ReadRows<R> = { ok: true; rows: R[]; errors?: RowError[] } | { ok: false; problem: SheetProblem };

/** The server's answer to an import, dry run or not. */
export interface ImportAnswer {
  imported: number;
  rowErrors: RowError[];
}

export interface SheetImportProps<R> {
  title: string;
  intro: string;
  columns: ImportColumns;
  /** The template's file name (without .csv). */
  templateName: string;
  /** The template's example row, by column key, in the UI language. */
  example?(locale: Locale): Readonly<Record<string, CsvCell>>;
  /** The rows a file holds, read here for what a whole file can get wrong (no data, a missing column). */
  rowsOf(cells: readonly (readonly Cell[])[], locale: Locale): ReadRows<R>;
  /**
   * Sends the file itself with the source chosen for it (the global id, or null): the server reads it by
   * the same rules and checks (or writes) every row.
   */
  send(file: File, dryRun: boolean, sourceId: string | null): Promise<ImportAnswer>;
  /** The success notice's translation key (with `count`). */
  doneKey: string;
  /** Buttons beside "choose a file" and "template". */
  actions?: ReactNode;
  /** What the page shows once the rows are written. */
  imported(rows: R[], count: number): ReactNode;
}

type Step<R> =
  | { at: 'idle' }
  | { at: 'busy' }
  | { at: 'refused'; problem: SheetProblem | { key: 'server'; message: string } }
  | { at: 'checked'; file: File; rows: R[]; errors: RowError[]; preview: SheetPreviewData }
  | { at: 'imported'; rows: R[]; count: number };

/**
 * A sheet (CSV or XLSX) imported all or nothing, whatever its rows are: the file is read here for what
 * a whole file can get wrong, then sent itself (up to the API's upload limits, far above what a JSON
 * body holds); the server checks every row in a dry run and each refusal is listed (row, column,
 * reason); only a clean dry run can be committed, and the commit writes every row in one transaction
 * or none.
 */
export function SheetImport<R>(props: SheetImportProps<R>) {
  const { columns } = props;
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const problemText = useProblemText(columns);
  const [step, setStep] = useState<Step<R>>({ at: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  // undefined until the most recent source is known (FileSource preselects it).
  const [sourceId, setSourceId] = useState<string | null | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.import.${key}`, args);
  const serverRefusal = (error: unknown): Step<R> => ({
    at: 'refused',
    problem: { key: 'server', message: (error as Error).message },
  });

  /** The server's dry run of a file already read here, with the file's source as chosen now. */
  const check = async (file: File, rows: R[], preview: SheetPreviewData, source: string | null) => {
    setStep({ at: 'busy' });
    try {
      // The server reads the file by the same rules: its refusals include those a reading here finds.
      const dryRun = await props.send(file, true, source);
      setStep({ at: 'checked', file, rows, preview, errors: mergeRowErrorsBy(columns, dryRun.rowErrors) });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setStep({ at: 'busy' });
    const read = await readSheet(file);
    const sheet = read.ok ? props.rowsOf(read.cells, locale) : read;
    if (!sheet.ok) return setStep({ at: 'refused', problem: sheet.problem });
    await check(file, sheet.rows, sheetPreview(read.ok ? read.cells : [], columns), sourceId ?? null);
  };

  // Another source for a file already checked: its rows are checked again against it. Refs, because the
  // picker reports through a callback that stays the same across renders.
  const latest = useRef({ step, sourceId, check });
  latest.current = { step, sourceId, check };
  const chooseSource = useCallback((id: string | null) => {
    const { step: current, sourceId: before, check: recheck } = latest.current;
    latest.current.sourceId = id;
    setSourceId(id);
    if (before !== undefined && before !== id && current.at === 'checked') {
      void recheck(current.file, current.rows, current.preview, id);
    }
  }, []);

  const commit = async (file: File, rows: R[], preview: SheetPreviewData) => {
    setStep({ at: 'busy' });
    try {
      const result = await props.send(file, false, sourceId ?? null);
      if (result.rowErrors.length) {
        return setStep({
          at: 'checked',
          file,
          rows,
          preview,
          errors: mergeRowErrorsBy(columns, result.rowErrors),
        });
      }
      // Every page that shows what was written (lists, show pages, charts, the dashboard) reads afresh.
      await queryClient.invalidateQueries();
      notify(props.doneKey, { type: 'success', messageArgs: { count: result.imported } });
      setStep({ at: 'imported', rows, count: result.imported });
    } catch (error) {
      setStep(serverRefusal(error));
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={props.title} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-line' }}>
          {props.intro}
        </Typography>
        <Box sx={{ maxWidth: 720 }}>
          <FileSource value={sourceId} onChange={chooseSource} />
        </Box>
        <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mb: 2 }}>
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
            {t('choose')}
          </Button>
          <Button
            startIcon={<DownloadIcon />}
            onClick={() =>
              downloadCSV(templateCsv(locale, columns, props.example?.(locale)), props.templateName)
            }
          >
            {t('template')}
          </Button>
          {props.actions}
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
            <SheetPreview preview={step.preview} columns={columns} />
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
            {step.errors.length ? <RowErrorsTable errors={step.errors} columns={columns} /> : null}
            <Button
              variant="contained"
              sx={{ mt: 2 }}
              disabled={step.errors.length > 0 || step.rows.length === 0}
              onClick={() => void commit(step.file, step.rows, step.preview)}
            >
              {t('commit')}
            </Button>
          </Box>
        ) : null}
        {step.at === 'imported' ? props.imported(step.rows, step.count) : null}
      </CardContent>
    </Card>
  );
}
