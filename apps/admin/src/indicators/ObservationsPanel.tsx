import { type Frequency, ObservationStatus, TargetKind } from '@bitgoeul/domain';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { downloadFiguresCsv, downloadFiguresXlsx, figureSheet } from '../export/figuresExport';
import { unitLabel } from '../format/figures';
import { formatDate, formatDateTime, formatNumber, formatPercentChange } from '../format/format';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import { PublicationActions, PublicationBadge } from '../publishing/PublicationSteps';
import { ObservationDialog } from './ObservationDialog';
import {
  INDICATOR_OBSERVATIONS_QUERY,
  type IndicatorObservations,
  type ObservationRow,
} from './observationDocuments';

/**
 * The indicator's figures, every vintage: the current one of each period in full, corrected ones greyed
 * with when they were replaced. A figure is added or corrected here; a correction is a new vintage.
 */
export const ObservationsPanel = () => {
  const record = useRecordContext<{ id: string; name?: { ko: string; en: string | null } }>();
  const locale = useUiLocale();
  const translate = useTranslate();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const t = (key: string) => translate(`bitgoeul.indicators.${key}`);
  const variables = { id: record?.id };
  const { data } = useGraphqlQuery<IndicatorObservations>(
    'indicatorObservations',
    INDICATOR_OBSERVATIONS_QUERY,
    variables,
  );
  const [dialog, setDialog] = useState<{ correcting: ObservationRow | null } | null>(null);
  if (!record || !data) return null;
  const { indicator } = data;
  // The indicator's own sources first, then any other a figure was read from.
  const sources = [...indicator.sources, ...indicator.observations.map((o) => o.source)].filter(
    (s, i, all) => all.findIndex((x) => x.id === s.id) === i,
  );
  // Every vintage, corrected ones included, in the panel's language.
  const sheet = () =>
    figureSheet(
      { code: indicator.code, unitLabel: unitLabel(indicator.unit, locale) },
      indicator.observations,
      locale,
    );
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['bitgoeul', 'indicatorObservations'] });
    void queryClient.invalidateQueries({ queryKey: ['bitgoeul', 'reviewQueue'] });
    refresh();
  };
  const close = (saved: boolean) => {
    setDialog(null);
    if (saved) reload();
  };
  const indicatorName = record.name ? nameIn(record.name, locale) : indicator.code;

  return (
    <Box sx={{ width: '100%' }}>
      <Button startIcon={<AddIcon />} onClick={() => setDialog({ correcting: null })} sx={{ mb: 1 }}>
        {t('addObservation')}
      </Button>
      <Button
        component={Link}
        to={`/import/observations?indicator=${encodeURIComponent(indicator.id)}`}
        startIcon={<UploadFileIcon />}
        sx={{ mb: 1, ml: 1 }}
      >
        {translate('bitgoeul.import.button')}
      </Button>
      <Button
        startIcon={<DownloadIcon />}
        onClick={() => downloadFiguresCsv(sheet(), indicator.code)}
        disabled={indicator.observations.length === 0}
        sx={{ mb: 1, ml: 1 }}
      >
        {t('exportCsv')}
      </Button>
      <Button
        startIcon={<DownloadIcon />}
        onClick={() => void downloadFiguresXlsx(sheet(), indicator.code)}
        disabled={indicator.observations.length === 0}
        sx={{ mb: 1, ml: 1 }}
      >
        {t('exportXlsx')}
      </Button>
      <Table size="small" data-testid="observations">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.indicators.fields.period')}</TableCell>
            <TableCell align="right">{translate('resources.indicators.fields.value')}</TableCell>
            <TableCell>{translate('resources.indicators.fields.status')}</TableCell>
            <TableCell>{t('yoy')}</TableCell>
            <TableCell>{translate('resources.indicators.fields.sourceId')}</TableCell>
            <TableCell>{t('vintage')}</TableCell>
            <TableCell>{t('recordedAt')}</TableCell>
            <TableCell>{translate('bitgoeul.publishing.state')}</TableCell>
            <TableCell>{translate('bitgoeul.publishing.steps')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {indicator.observations.map((o) => {
            const superseded = Boolean(o.supersededAt);
            return (
              <TableRow
                key={o.id}
                data-testid={`observation-${o.period}-v${o.vintage}`}
                sx={superseded ? { '& td': { color: 'text.disabled' } } : undefined}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{o.periodLabel}</TableCell>
                <TableCell align="right" sx={superseded ? { textDecoration: 'line-through' } : undefined}>
                  {formatNumber(o.value)}
                </TableCell>
                <TableCell>
                  {ObservationStatus.is(o.status) ? ObservationStatus.label(o.status, locale) : o.status}
                </TableCell>
                <TableCell>{formatPercentChange(o.yoy?.percent)}</TableCell>
                <TableCell sx={{ maxWidth: 280 }}>{o.source.title}</TableCell>
                <TableCell>
                  {`v${o.vintage}`}
                  {superseded ? <Chip size="small" sx={{ ml: 1 }} label={t('superseded')} /> : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(o.recordedAt, locale)}</TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  <PublicationBadge figure={o} />
                </TableCell>
                <TableCell>
                  <PublicationActions
                    figure={o}
                    describe={`${indicatorName} · ${o.periodLabel} · ${formatNumber(o.value)}`}
                    onDone={reload}
                  />
                </TableCell>
                <TableCell>
                  {superseded ? null : (
                    <Button size="small" onClick={() => setDialog({ correcting: o })}>
                      {t('correct')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {indicator.observations.length === 0 ? <Typography variant="body2">-</Typography> : null}
      <Typography variant="subtitle2" sx={{ mt: 3 }}>
        {translate('resources.indicators.fields.targets')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.indicators.fields.kind')}</TableCell>
            <TableCell>{translate('resources.indicators.fields.period')}</TableCell>
            <TableCell>{translate('resources.indicators.fields.deadline')}</TableCell>
            <TableCell align="right">{translate('resources.indicators.fields.value')}</TableCell>
            <TableCell>{translate('resources.indicators.fields.sourceId')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicator.targets.map((target) => (
            <TableRow
              key={target.id}
              sx={target.supersededAt ? { '& td': { color: 'text.disabled' } } : undefined}
            >
              <TableCell>
                {TargetKind.is(target.kind) ? TargetKind.label(target.kind, locale) : target.kind}
              </TableCell>
              <TableCell>{target.periodLabel ?? '-'}</TableCell>
              <TableCell>{formatDate(target.deadline, locale) || '-'}</TableCell>
              <TableCell align="right">{formatNumber(target.value)}</TableCell>
              <TableCell>{target.source?.title ?? '-'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {dialog ? (
        <ObservationDialog
          indicatorId={indicator.id}
          frequency={indicator.frequency as Frequency}
          sources={sources}
          correcting={dialog.correcting}
          onClose={close}
        />
      ) : null}
    </Box>
  );
};
