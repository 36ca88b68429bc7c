import { Alert, Box } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { useGraphqlQuery } from '../dataProvider/useGraphqlQuery';
import { useUiLocale } from '../i18n/useUiLocale';
import { DASHBOARD_QUERY, type DashboardResult, KPI_INDICATORS, toKpis } from './dashboardQuery';
import { KpiCard } from './KpiCard';
import { NeedsAttention } from './NeedsAttention';

// The charts follow the cards: the first screen does not wait for them.
const IndicatorTrends = lazy(() => import('./IndicatorTrends').then((m) => ({ default: m.IndicatorTrends })));

const CODES = { codes: Object.values(KPI_INDICATORS) };

/**
 * How the portfolio is going, at a glance: one query, one card per figure, each a link to its records;
 * then what needs attention (late figures, milestones due, others' changes), then the key charts.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const { data, error, isPending } = useGraphqlQuery<DashboardResult>('dashboard', DASHBOARD_QUERY, CODES);
  const t = (key: string, args?: Record<string, unknown>) => translate(`bitgoeul.dashboard.${key}`, args);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      {isPending ? <Loading /> : null}
      {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
      {data ? (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' },
          }}
        >
          {toKpis(data, locale, t).map((kpi) => (
            <KpiCard key={kpi.key} kpi={kpi} />
          ))}
        </Box>
      ) : null}
      {data ? <NeedsAttention /> : null}
      {data ? (
        <Suspense fallback={null}>
          <IndicatorTrends />
        </Suspense>
      ) : null}
    </Box>
  );
};
