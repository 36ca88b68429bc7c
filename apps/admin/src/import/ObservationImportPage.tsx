import {
  IMPORT_FILE_ROWS_MAX,
  type ImportRowInput,
  type Locale,
  OBSERVATION_COLUMNS,
  ObservationStatus,
  observationSheetRows,
  periodLabel,
  TEMPLATE_EXAMPLE_MARK,
  toPeriod,
} from '@bitgoeul/domain';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
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
import { SheetImport } from './SheetImport';

/**
 * The template's example: a figure of an indicator on record, its period written as the panel writes
 * it (2021년 1~5월), its status by its label; the mark in the note keeps it from being imported.
 */
const observationExample = (locale: Locale) => ({
  indicatorCode: 'GWANGJU-BIRTHS',
  period: periodLabel(toPeriod('2021-01/2021-05'), locale),
  value: '3,412',
  status: ObservationStatus.label('FINAL', locale),
  sourceCode: '',
  note: TEMPLATE_EXAMPLE_MARK[locale],
});

/**
 * Observations from a sheet (CSV or XLSX), all or nothing (SheetImport), citing the source chosen for
 * the file unless a row names its own. A status this page cannot read is refused here; once written,
 * each indicator's chart shows its new points.
 */
export const ObservationImportPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [params] = useSearchParams();
  const t = (key: string) => translate(`bitgoeul.import.${key}`);
  const indicatorId = params.get('indicator');
  return (
    <SheetImport<ImportRowInput>
      title={t('title')}
      intro={t('intro')}
      columns={OBSERVATION_COLUMNS}
      templateName="observations-template"
      example={observationExample}
      rowsOf={(cells, locale) => observationSheetRows(cells, locale, IMPORT_FILE_ROWS_MAX)}
      send={(file, dryRun, sourceId) =>
        dataProvider
          .upload<ImportObservationsResult>(
            IMPORT_OBSERVATIONS_MUTATION,
            { input: { dryRun, sourceId } },
            { 'input.file': file },
          )
          .then((r) => r.importObservations)
      }
      doneKey="bitgoeul.import.done"
      actions={
        indicatorId ? (
          <Button component={Link} to={`/indicators/${encodeURIComponent(indicatorId)}/show`}>
            {t('backToIndicator')}
          </Button>
        ) : null
      }
      imported={(rows, count) => (
        <Imported count={count} codes={[...new Set(rows.map((r) => r.indicatorCode))]} />
      )}
    />
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
