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
import { type MouseEvent, useMemo, useState } from 'react';
import { Loading, Title, useCreatePath, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { canEditRecords } from '../auth/access';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useUiLocale } from '../i18n/useUiLocale';
import { DistrictLayer, districts } from './DistrictLayer';
import { loadMapData, type MapFacility, placeFacility } from './mapData';
import { STATUS_COLOURS, ZONE_COLOURS } from './mapStyle';
import { bboxOf, fitProjection, pathOf, positionsOf } from './projection';

const WIDTH = 960;
const HEIGHT = 620;
export const ATTRIBUTION = 'Boundaries: Statistics Korea SGIS, KOGL Type 1';

/**
 * Zones as shapes and facilities as points over the city's five districts, drawn as SVG from GeoJSON the
 * admin ships: no tile server, nothing fetched but the API's own records.
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
  const name = (n: { ko: string; en: string | null }) => (locale === 'en' && n.en) || n.ko;

  // The picture covers the city and anything recorded beyond its boundary.
  const project = useMemo(() => {
    const positions = [
      ...districts.flatMap((d) => [...positionsOf(d.geometry)]),
      ...(data.data?.zones ?? []).flatMap((z) => [...positionsOf(z.geometry)]),
      ...(data.data?.placed ?? []).map(
        (f) => [f.location!.coordinates!.lon, f.location!.coordinates!.lat] as [number, number],
      ),
    ];
    return fitProjection(bboxOf(positions)!, WIDTH, HEIGHT, 24);
  }, [data.data]);

  const zones = data.data?.zones ?? [];
  const placed = data.data?.placed ?? [];
  const kinds = ZoneKind.codes.filter((k) => zones.some((z) => z.kind === k));
  const statuses = FacilityStatus.codes.filter((s) => placed.some((f) => f.status === s));
  // Facilities without a point first: they are the ones an official comes to place.
  const placeable = [...(data.data?.unplaced ?? []), ...placed];

  // The click's position in the picture's own units, whatever size the picture is drawn at.
  const place = async (event: MouseEvent<SVGRectElement>) => {
    const facility = placing;
    const matrix = event.currentTarget.ownerSVGElement?.getScreenCTM();
    if (!facility || !matrix || saving) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [lon, lat] = project.invert([point.x, point.y]);
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
        <Box
          component="svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('title')}
          data-testid="map"
          sx={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block', bgcolor: '#f8fafc' }}
        >
          <DistrictLayer project={project} />
          {showZones
            ? zones.map((zone) => (
                <Link
                  key={zone.id}
                  to={createPath({ resource: 'zones', id: zone.id, type: 'show' })}
                  data-zone={zone.code}
                >
                  <path
                    d={pathOf(zone.geometry, project)}
                    fill={ZONE_COLOURS[zone.kind]}
                    fillOpacity={0.35}
                    fillRule="evenodd"
                    stroke={ZONE_COLOURS[zone.kind]}
                    strokeWidth={1.5}
                  >
                    <title>{`${name(zone.name)} · ${ZoneKind.label(zone.kind, locale)}`}</title>
                  </path>
                </Link>
              ))
            : null}
          {showFacilities
            ? placed.map((facility) => {
                const { lon, lat } = facility.location!.coordinates!;
                const [x, y] = project([lon, lat]);
                const approximate = facility.location!.precision === 'APPROXIMATE';
                const clicked = facility.location!.precision === 'PLACED_ON_MAP';
                return (
                  <Link
                    key={facility.id}
                    to={createPath({ resource: 'facilities', id: facility.id, type: 'show' })}
                    data-facility={facility.code}
                  >
                    <circle
                      cx={x}
                      cy={y}
                      r={7}
                      fill={STATUS_COLOURS[facility.status]}
                      stroke="#fff"
                      strokeWidth={2}
                      strokeDasharray={approximate ? '3 2' : undefined}
                    >
                      <title>
                        {`${name(facility.name)} · ${FacilityStatus.label(facility.status, locale)}${approximate ? ` (${t('approximate')})` : ''}${clicked ? ` (${t('placedOnMap')})` : ''}`}
                      </title>
                    </circle>
                  </Link>
                );
              })
            : null}
          {placing ? (
            // Over everything else while placing, so a click on a zone or a point places rather than opens.
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer's position is the input; from the keyboard the facility's edit form takes the coordinates
            <rect
              x={0}
              y={0}
              width={WIDTH}
              height={HEIGHT}
              fill="transparent"
              data-testid="place-target"
              style={{ cursor: saving ? 'progress' : 'crosshair' }}
              onClick={place}
            />
          ) : null}
          <text x={WIDTH - 8} y={HEIGHT - 8} textAnchor="end" fontSize={11} fill="#555">
            {ATTRIBUTION}
          </text>
        </Box>
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
