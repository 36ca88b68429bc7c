import { toPeriod } from '@bitgoeul/domain';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useChartLabels } from '../charts/IndicatorChart';
import { ALL_PERIODS, type ChartIndicator, chartOf, KPI_CHARTS_QUERY } from '../charts/indicatorChartData';
import { SeriesChart } from '../charts/SeriesChart';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { KPI_INDICATORS } from './dashboardQuery';
import { headlineFigure } from './headline';

const CODES = Object.values(KPI_INDICATORS);
const VARIABLES = { codes: CODES, ...ALL_PERIODS, frequency: null };

/** A small chart per key indicator with its target line, all from one request. */
export const IndicatorTrends = () => {
  const translate = useTranslate();
  const { data } = useGraphqlQuery<{ indicators: { nodes: ChartIndicator[] } }>(
    'kpiCharts',
    KPI_CHARTS_QUERY,
    VARIABLES,
  );
  if (!data) return null;
  const nodes = [...data.indicators.nodes].sort(
    (a, b) => CODES.indexOf(a.code as never) - CODES.indexOf(b.code as never),
  );
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('bitgoeul.chart.trends')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', xl: 'repeat(4, 1fr)' },
        }}
      >
        {nodes.map((indicator) => (
          <TrendCard key={indicator.id} indicator={indicator} />
        ))}
      </Box>
    </Box>
  );
};

const TrendCard = ({ indicator }: { indicator: ChartIndicator }) => {
  const { t, locale, unit, labels } = useChartLabels(indicator.unit);
  // The chart shows the kind of figure its card does: the spans (births January–April, a year earlier and
  // now) when the card's figure is one, even after single months are recorded beside them.
  const headline = headlineFigure(indicator.observations);
  const spans = headline !== null && toPeriod(headline.figure.period).kind === 'SPAN';
  const chart = chartOf(
    indicator,
    { view: spans || indicator.series.length === 0 ? 'spans' : 'series', grain: null },
    locale,
    t('target'),
  );
  const name = (locale === 'en' && indicator.name.en) || indicator.name.ko;
  return (
    <Card data-testid={`trend-${indicator.code}`}>
      <CardActionArea component={Link} to={`/indicators/${encodeURIComponent(indicator.id)}/show`}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {name}
          </Typography>
          {chart.series.length ? (
            <SeriesChart
              compact
              series={chart.series}
              targets={chart.targets}
              kind={indicator.aggregation === 'SUM' ? 'bar' : 'line'}
              locale={locale}
              unit={unit}
              labels={labels}
              title={t('title', { name })}
            />
          ) : (
            <Typography variant="body2">{t('empty')}</Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
