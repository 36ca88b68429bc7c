import { FacilityKind, FacilityStatus, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import CloseIcon from '@mui/icons-material/Close';
import { Button, Card, CardActions, CardContent, Chip, IconButton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { figureWithUnit } from '../format/figures';
import { formatNumber } from '../format/format';
import { useNameOf } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import type { FacilityPoint, ZoneShape } from './layers';
import { type CardFigure, type FacilityCard, loadFacilityCard, loadZoneCard, type ZoneCard } from './mapData';

export type Selection = { type: 'facility'; facility: FacilityPoint } | { type: 'zone'; zone: ZoneShape };

function figureText(figure: CardFigure, locale: 'ko' | 'en'): string {
  return figureWithUnit(figure.latest!.value, figure.unit, locale);
}

const Figures = ({ figures }: { figures: CardFigure[] }) => {
  const locale = useUiLocale();
  const nameOf = useNameOf();
  const translate = useTranslate();
  const shown = figures.filter((f) => f.latest);
  if (!shown.length) return <Typography variant="body2">{translate('bitgoeul.map.noFigures')}</Typography>;
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2 }} gap={0.5}>
      {shown.map((f) => (
        <Typography component="li" variant="body2" key={f.id} data-testid="card-figure">
          {`${nameOf(f.name)}: ${figureText(f, locale)} (${f.latest!.periodLabel})`}
        </Typography>
      ))}
    </Stack>
  );
};

/** What the official asks on clicking a place: what is it, how is it going, where to read more. */
export const FeatureCard = ({ selection, onClose }: { selection: Selection; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const nameOf = useNameOf();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const id = selection.type === 'facility' ? selection.facility.id : selection.zone.id;
  const details = useQuery<{ facility: FacilityCard | null; zone: ZoneCard | null }>({
    queryKey: ['bitgoeul', 'map-card', selection.type, id],
    queryFn: () =>
      selection.type === 'facility'
        ? loadFacilityCard(dataProvider.query, id).then((facility) => ({ facility, zone: null }))
        : loadZoneCard(dataProvider.query, id).then((zone) => ({ zone, facility: null })),
  });
  const t = (key: string, options?: Record<string, unknown>) => translate(`bitgoeul.map.${key}`, options);
  const title = nameOf(selection.type === 'facility' ? selection.facility.name : selection.zone.name);
  const facility = details.data?.facility;
  const zone = details.data?.zone;
  return (
    <Card variant="outlined" data-testid="map-card" sx={{ minWidth: 260 }}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" alignItems="flex-start" justifyContent="space-between" gap={1}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          <IconButton size="small" onClick={onClose} aria-label={t('closeCard')}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
        <Stack direction="row" gap={1} flexWrap="wrap" sx={{ my: 1 }}>
          {selection.type === 'facility' ? (
            <>
              <Chip size="small" label={FacilityStatus.label(selection.facility.status, locale)} />
              {facility && FacilityKind.is(facility.kind) ? (
                <Chip size="small" variant="outlined" label={FacilityKind.label(facility.kind, locale)} />
              ) : null}
              {selection.facility.precision === 'APPROXIMATE' ? (
                <Chip size="small" variant="outlined" color="warning" label={t('approximate')} />
              ) : null}
            </>
          ) : (
            <>
              <Chip size="small" label={ZoneKind.label(selection.zone.kind, locale)} />
              {zone && ZoneStatus.is(zone.status) ? (
                <Chip size="small" variant="outlined" label={ZoneStatus.label(zone.status, locale)} />
              ) : null}
            </>
          )}
        </Stack>
        {facility ? (
          <Typography variant="body2" gutterBottom>
            {`${t('zone')}: `}
            {facility.zone ? (
              <Link to={createPath({ resource: 'zones', id: facility.zone.id, type: 'show' })}>
                {nameOf(facility.zone.name)}
              </Link>
            ) : (
              '-'
            )}
          </Typography>
        ) : null}
        {zone ? (
          <>
            {zone.parent ? (
              <Typography variant="body2">{`${t('parentZone')}: ${nameOf(zone.parent.name)}`}</Typography>
            ) : null}
            {zone.area ? (
              <Typography variant="body2">
                {`${t('area')}: ${formatNumber(Math.round(zone.area.squareMetres))} m²`}
              </Typography>
            ) : null}
            <Typography variant="body2" gutterBottom>
              {t('facilityCount', { smart_count: zone.facilities.length })}
            </Typography>
          </>
        ) : null}
        {facility || zone ? <Figures figures={(facility ?? zone)!.indicators} /> : null}
        {details.error ? (
          <Typography variant="body2" color="error">
            {(details.error as Error).message}
          </Typography>
        ) : null}
      </CardContent>
      <CardActions>
        <Button
          size="small"
          component={Link}
          to={createPath({
            resource: selection.type === 'facility' ? 'facilities' : 'zones',
            id,
            type: 'show',
          })}
        >
          {t('openRecord')}
        </Button>
      </CardActions>
    </Card>
  );
};
