import { Box, Button, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type L from 'leaflet';
import { useCallback, useMemo, useState } from 'react';
import { useDataProvider, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { canEditRecords } from '../auth/access';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { useNameOf } from '../i18n/names';
import { BaseMap, CITY_BOX } from './BaseMap';
import { type BBox, bboxOf, type Position, positionsOf } from './geometry';
import { FacilityMarkers, type FacilityPoint, type ZoneShape, ZoneShapes } from './layers';
import { hasOutline, loadFacilityPane, loadZonePane } from './mapData';
import { OutlineTools } from './OutlineTools';

/** About 2 km each way: a point with its district boundaries around it, not the map's deepest zoom. */
const AROUND = 0.02;

function boxOf(zones: ZoneShape[], points: FacilityPoint[]): BBox {
  const positions: Position[] = [
    ...zones.flatMap((z) => [...positionsOf(z.geometry)]),
    ...points.flatMap((p): Position[] => [
      [p.lon - AROUND, p.lat - AROUND],
      [p.lon + AROUND, p.lat + AROUND],
    ]),
  ];
  return bboxOf(positions) ?? CITY_BOX;
}

function useLabels() {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`bitgoeul.map.${key}`, options);
}

/**
 * A zone's page: its outline, its sub-zones and its facilities on a map; an editor draws, edits or uploads
 * the outline there.
 */
export const ZoneMapPane = () => {
  const record = useRecordContext<{ id: string }>();
  const t = useLabels();
  const nameOf = useNameOf();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const { permissions } = usePermissions();
  const [map, setMap] = useState<L.Map | null>(null);
  const [editing, setEditing] = useState(false);
  const id = record?.id;
  const pane = useQuery({
    queryKey: ['bitgoeul', 'zone-map', id],
    queryFn: () => loadZonePane(dataProvider.query, id!),
    enabled: Boolean(id),
  });
  const zone = pane.data?.zone;
  const own = zone && hasOutline(zone) ? zone : null;
  const children = pane.data?.children ?? [];
  const facilities = pane.data?.facilities ?? [];
  const box = useMemo(
    () => boxOf(own ? [own] : children, own || children.length ? [] : facilities),
    [own, children, facilities],
  );
  const onSaved = useCallback(async () => {
    await pane.refetch();
    refresh();
  }, [pane, refresh]);
  if (!zone) return null;
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      {!own ? (
        <Typography variant="body2" gutterBottom data-testid="no-outline">
          {t('noOutline')}
        </Typography>
      ) : null}
      <BaseMap
        label={t('zoneMap', { name: nameOf(zone.name) })}
        box={box}
        height={380}
        testId="zone-map"
        onMap={setMap}
      >
        <ZoneShapes zones={children} />
        {own && !editing ? <ZoneShapes zones={[own]} emphasis={own.id} /> : null}
        <FacilityMarkers
          facilities={facilities}
          approximateLabel={t('approximate')}
          placedLabel={t('placedOnMap')}
        />
      </BaseMap>
      {canEditRecords(permissions) ? (
        <OutlineTools map={map} zone={zone} onEditing={setEditing} onSaved={onSaved} />
      ) : null}
    </Box>
  );
};

/** A facility's page: where it stands and the outline of the zone it stands in. */
export const FacilityMapPane = () => {
  const record = useRecordContext<{ id: string; name: LocalizedText; version: number }>();
  const t = useLabels();
  const nameOf = useNameOf();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const id = record?.id;
  const pane = useQuery({
    queryKey: ['bitgoeul', 'facility-map', id, record?.version],
    queryFn: () => loadFacilityPane(dataProvider.query, id!),
    enabled: Boolean(id),
  });
  const point = pane.data?.point ?? null;
  const zone = pane.data?.zone ?? null;
  const box = useMemo(() => boxOf(zone ? [zone] : [], point ? [point] : []), [zone, point]);
  if (!pane.data) return null;
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      {!point ? (
        <Typography variant="body2" gutterBottom data-testid="no-point">
          {t('noPoint')}{' '}
          <Button size="small" component={Link} to="/map">
            {t('place')}
          </Button>
        </Typography>
      ) : null}
      {point || zone ? (
        <BaseMap
          label={t('facilityMap', { name: nameOf(record!.name) })}
          box={box}
          height={300}
          testId="facility-map"
        >
          {zone ? <ZoneShapes zones={[zone]} /> : null}
          {point ? (
            <FacilityMarkers
              facilities={[point]}
              approximateLabel={t('approximate')}
              placedLabel={t('placedOnMap')}
            />
          ) : null}
        </BaseMap>
      ) : null}
    </Box>
  );
};
