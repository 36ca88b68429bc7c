import { FacilityStatus, ZoneKind } from '@bitgoeul/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Loading, Title, useCreatePath, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { useMap, useMapEvents } from 'react-leaflet';
import { Link } from 'react-router-dom';
import { canEditRecords } from '../auth/access';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useNameOf } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import { BaseMap, CITY_BOX } from './BaseMap';
import { FeatureCard, type Selection } from './FeatureCard';
import { type BBox, bboxOf, positionsOf } from './geometry';
import { FacilityMarkers, ZoneShapes } from './layers';
import { loadMapData, locatedPoint, type MapFacility, placeFacility } from './mapData';
import { STATUS_COLOURS, ZONE_COLOURS } from './mapStyle';

/**
 * While an official places a facility, a click on the map is the place; the cursor says so. (A click on a
 * zone or a marker reaches the layer, not the map: their handlers place too.)
 */
const PlaceOnClick = ({ onPlace, busy }: { onPlace: (at: L.LatLng) => void; busy: boolean }) => {
  const map = useMap();
  useMapEvents({ click: (e) => onPlace(e.latlng) });
  useEffect(() => {
    const container = map.getContainer();
    container.style.cursor = busy ? 'progress' : 'crosshair';
    container.dataset.placing = 'true';
    return () => {
      container.style.cursor = '';
      delete container.dataset.placing;
    };
  }, [map, busy]);
  return null;
};

/**
 * Zones as outlines and facilities as points over the city's five districts, on a Leaflet map whose base
 * layer is the GeoJSON the admin ships: no tile server, nothing fetched but the API's own records. A click
 * on a place opens its card; an editor can place a facility by choosing it and clicking where it stands.
 */
export const MapPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const data = useQuery({ queryKey: ['bitgoeul', 'map'], queryFn: () => loadMapData(dataProvider.query) });
  const [showZones, setShowZones] = useState(true);
  const [showFacilities, setShowFacilities] = useState(true);
  const { permissions } = usePermissions();
  const [placing, setPlacing] = useState<MapFacility | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const t = (key: string, options?: Record<string, string>) => translate(`bitgoeul.map.${key}`, options);
  const name = useNameOf();

  const [selected, setSelected] = useState<Selection | null>(null);
  const zones = data.data?.zones ?? [];
  const placed = data.data?.placed ?? [];
  // Derived once per answer from the API, not on every render (a zone may have 10,000 vertices).
  const { points, box } = useMemo(() => {
    const points = (data.data?.placed ?? []).map(locatedPoint).filter((p) => p !== null);
    // The map covers the city and anything recorded beyond its boundary.
    const box: BBox = bboxOf([
      [CITY_BOX[0], CITY_BOX[1]],
      [CITY_BOX[2], CITY_BOX[3]],
      ...(data.data?.zones ?? []).flatMap((z) => [...positionsOf(z.geometry)]),
      ...points.map((p) => [p.lon, p.lat] as [number, number]),
    ])!;
    return { points, box };
  }, [data.data]);
  const kinds = ZoneKind.codes.filter((k) => zones.some((z) => z.kind === k));
  const statuses = FacilityStatus.codes.filter((s) => placed.some((f) => f.status === s));
  // Facilities without a point first: they are the ones an official comes to place.
  const placeable = [...(data.data?.unplaced ?? []), ...placed];

  // One click, one save: a click reaches both a layer and whatever holds it.
  const busy = useRef(false);
  const place = async ({ lng: lon, lat }: L.LatLng) => {
    const facility = placing;
    if (!facility || busy.current) return;
    busy.current = true;
    setSaving(true);
    try {
      const result = await placeFacility(dataProvider.query, facility, { lon, lat });
      if (result.userErrors.length) {
        const reason = result.userErrors.map((e) => e.message).join(' ');
        setOutcome({ ok: false, text: t('placeFailed', { reason }) });
      } else {
        setOutcome({ ok: true, text: t('placed', { name: name(facility.name) }) });
        setPlacing(null);
      }
    } catch (error) {
      setOutcome({ ok: false, text: t('placeFailed', { reason: (error as Error).message }) });
    } finally {
      busy.current = false;
      setSaving(false);
      await data.refetch();
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
          <FormControlLabel
            control={<Switch checked={showZones} onChange={(e) => setShowZones(e.target.checked)} />}
            label={`${t('zones')} (${zones.length})`}
          />
          <FormControlLabel
            control={
              <Switch checked={showFacilities} onChange={(e) => setShowFacilities(e.target.checked)} />
            }
            label={`${t('facilities')} (${placed.length})`}
          />
        </Stack>
        {canEditRecords(permissions) && placeable.length ? (
          <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
            <TextField
              select
              size="small"
              label={t('place')}
              value={placing?.id ?? ''}
              onChange={(e) => {
                setOutcome(null);
                setPlacing(placeable.find((f) => f.id === e.target.value) ?? null);
              }}
              sx={{ minWidth: 280 }}
              SelectProps={{
                inputProps: { 'aria-label': t('placeFacility'), 'data-testid': 'place-facility' },
              }}
            >
              {placeable.map((f) => (
                <MenuItem key={f.id} value={f.id}>
                  {name(f.name)}
                </MenuItem>
              ))}
            </TextField>
            {placing ? (
              <>
                <Typography variant="body2" data-testid="place-hint">
                  {t('placeHint', { name: name(placing.name) })}
                </Typography>
                <Button size="small" onClick={() => setPlacing(null)}>
                  {t('placeCancel')}
                </Button>
              </>
            ) : null}
          </Stack>
        ) : null}
        {outcome ? (
          <Alert severity={outcome.ok ? 'success' : 'error'} sx={{ mb: 1 }} data-testid="place-outcome">
            {outcome.text}
          </Alert>
        ) : null}
        {data.error ? <Alert severity="error">{(data.error as Error).message}</Alert> : null}
        <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems="stretch">
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <BaseMap label={t('title')} box={box} height={{ xs: 420, md: 620 }} testId="map">
              {showZones ? (
                <ZoneShapes
                  zones={zones}
                  onSelect={(zone, at) => (placing ? place(at) : setSelected({ type: 'zone', zone }))}
                />
              ) : null}
              {showFacilities ? (
                <FacilityMarkers
                  facilities={points}
                  approximateLabel={t('approximate')}
                  placedLabel={t('placedOnMap')}
                  onSelect={(facility, at) =>
                    placing ? place(at) : setSelected({ type: 'facility', facility })
                  }
                />
              ) : null}
              {placing ? <PlaceOnClick onPlace={place} busy={saving} /> : null}
            </BaseMap>
          </Box>
          {selected ? (
            <Box sx={{ width: { md: 320 } }}>
              <FeatureCard selection={selected} onClose={() => setSelected(null)} />
            </Box>
          ) : null}
        </Stack>
        {data.isPending ? <Loading /> : null}
        <Legend
          title={t('zones')}
          items={kinds.map((k) => ({ key: k, label: ZoneKind.label(k, locale), colour: ZONE_COLOURS[k] }))}
        />
        <Legend
          title={t('facilities')}
          items={statuses.map((s) => ({
            key: s,
            label: FacilityStatus.label(s, locale),
            colour: STATUS_COLOURS[s],
          }))}
        />
        {data.data?.unplaced.length ? (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle2">{t('noLocation')}</Typography>
            <Stack direction="row" gap={1} flexWrap="wrap">
              {data.data.unplaced.map((f) => (
                <Chip
                  key={f.id}
                  size="small"
                  label={name(f.name)}
                  component={Link}
                  to={createPath({ resource: 'facilities', id: f.id, type: 'show' })}
                  clickable
                />
              ))}
            </Stack>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};

const Legend = ({
  title,
  items,
}: {
  title: string;
  items: { key: string; label: string; colour: string }[];
}) =>
  items.length ? (
    <Stack direction="row" gap={1.5} alignItems="center" flexWrap="wrap" sx={{ mt: 1 }}>
      <Typography variant="subtitle2">{title}</Typography>
      {items.map((item) => (
        <Stack key={item.key} direction="row" gap={0.5} alignItems="center">
          <Box sx={{ width: 12, height: 12, borderRadius: '2px', bgcolor: item.colour }} />
          <Typography variant="body2">{item.label}</Typography>
        </Stack>
      ))}
    </Stack>
  ) : null;
