import { Frequency } from '@bitgoeul/domain';
import {
  Alert,
  Box,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { unitLabel } from '../format/figures';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  ALL_PERIODS,
  type ChartIndicator,
  chartOf,
  grainsOf,
  INDICATOR_CHART_QUERY,
} from './indicatorChartData';
import { SeriesChart } from './SeriesChart';

type Range = 'all' | 'ten' | 'three';
const seoulYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date()));
const rangeOf = (range: Range) =>
  range === 'all'
    ? ALL_PERIODS
    : { from: String(seoulYear() - (range === 'ten' ? 9 : 2)), to: ALL_PERIODS.to };

/** The chart's words in the UI language, shared with the dashboard's small charts. */
export function useChartLabels(unit: string) {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.chart.${key}`, args);
  const u = unitLabel(unit, locale);
  return {
    t,
    locale,
    unit: u,
    labels: {
      x: t('period'),
      y: u ? t('valueIn', { unit: u }) : t('value'),
      value: t('value'),
      target: t('target'),
      incomplete: t('incomplete'),
    },
  };
}

/**
 * An indicator's series as a chart with its targets, on its show page: rolled up to a coarser grain on
 * request, over all the figures or the recent years, as bars (totals) or a line (levels).
 */
export const IndicatorChart = ({ id }: { id: string }) => {
  const [grain, setGrain] = useState<Frequency | null>(null);
  const [range, setRange] = useState<Range>('all');
  const [kind, setKind] = useState<'line' | 'bar' | null>(null);
  const [view, setView] = useState<'series' | 'spans' | null>(null);
  const variables = { id, ...rangeOf(range), frequency: grain };
  const { data, error } = useGraphqlQuery<{ indicator: ChartIndicator }>(
    'indicatorChart',
    INDICATOR_CHART_QUERY,
    variables,
  );
  const { t, locale, unit, labels } = useChartLabels(data?.indicator.unit ?? '');
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!data) return null;
  const { indicator } = data;
  const shownView =
    view ??
    (indicator.series.length === 0 && indicator.observations.some((o) => o.period.includes('/'))
      ? 'spans'
      : 'series');
  const chart = chartOf(indicator, { view: shownView, grain }, locale, t('target'));
  const shownKind = kind ?? (indicator.aggregation === 'SUM' ? 'bar' : 'line');
  const grains = grainsOf(indicator.frequency);
  const name = (locale === 'en' && indicator.name.en) || indicator.name.ko;

  return (
    <Box data-testid="indicator-chart" sx={{ width: '100%' }}>
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
        {grains.length > 1 && shownView === 'series' ? (
          <TextField
            select
            size="small"
            label={t('grain')}
            value={grain ?? indicator.frequency}
            onChange={(e) => setGrain(e.target.value as Frequency)}
            fullWidth={false}
            sx={{ width: 140 }}
          >
            {grains.map((g) => (
              <MenuItem key={g} value={g}>
                {Frequency.label(g, locale)}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <ToggleButtonGroup
          size="small"
          exclusive
          value={range}
          onChange={(_, v: Range | null) => v && setRange(v)}
        >
          <ToggleButton value="all">{t('rangeAll')}</ToggleButton>
          <ToggleButton value="ten">{t('rangeYears', { years: 10 })}</ToggleButton>
          <ToggleButton value="three">{t('rangeYears', { years: 3 })}</ToggleButton>
        </ToggleButtonGroup>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={shownKind}
          onChange={(_, v: 'line' | 'bar' | null) => v && setKind(v)}
        >
          <ToggleButton value="bar">{t('bar')}</ToggleButton>
          <ToggleButton value="line">{t('line')}</ToggleButton>
        </ToggleButtonGroup>
        {chart.spans > 0 || shownView === 'spans' ? (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={shownView}
            onChange={(_, v: 'series' | 'spans' | null) => v && setView(v)}
          >
            <ToggleButton value="series">{t('viewSeries')}</ToggleButton>
            <ToggleButton value="spans">{t('viewSpans')}</ToggleButton>
          </ToggleButtonGroup>
        ) : null}
      </Stack>
      {chart.series.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('empty')}
        </Typography>
      ) : (
        <SeriesChart
          series={chart.series}
          targets={chart.targets}
          kind={shownKind}
          locale={locale}
          unit={unit}
          labels={labels}
          title={t('title', { name })}
        />
      )}
      {shownView === 'series' && chart.spans > 0 ? (
        <Typography variant="caption" color="text.secondary">
          {t('spansLeftOut', { count: chart.spans })}
        </Typography>
      ) : null}
    </Box>
  );
};
