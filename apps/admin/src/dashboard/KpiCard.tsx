import { Card, CardActionArea, CardContent, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Kpi } from './dashboardQuery';

export const KpiCard = ({ kpi }: { kpi: Kpi }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ height: '100%' }} data-testid={`kpi-${kpi.key}`}>
      <CardActionArea component={Link} to={kpi.link} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(`bitgoeul.dashboard.${kpi.title}`)}
          </Typography>
          <Typography variant="h4" component="p" sx={{ my: 1, fontWeight: 600 }}>
            {kpi.value}
          </Typography>
          {kpi.percent !== null ? (
            <LinearProgress
              variant="determinate"
              value={Math.max(0, Math.min(100, kpi.percent))}
              aria-label={`${translate(`bitgoeul.dashboard.${kpi.title}`)} ${kpi.percent.toFixed(1)}%`}
              sx={{ mb: 1, height: 6, borderRadius: 3 }}
            />
          ) : null}
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ minHeight: '1.5em' }}
            data-testid="kpi-detail"
          >
            {kpi.detail}
          </Typography>
          {kpi.note ? (
            <Typography variant="caption" color="text.secondary" component="p" data-testid="kpi-note">
              {kpi.note}
            </Typography>
          ) : null}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
