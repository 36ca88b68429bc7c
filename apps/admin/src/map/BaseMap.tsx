import 'leaflet/dist/leaflet.css';
import type { Bilingual } from '@bitgoeul/domain';
import { Box } from '@mui/material';
import type L from 'leaflet';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { AttributionControl, GeoJSON, MapContainer, useMap } from 'react-leaflet';
import { useUiLocale } from '../i18n/useUiLocale';
import { type AreaGeometry, type BBox, bboxOf, positionsOf } from './geometry';
import districtsText from './gwangju-districts.geojson?raw';

interface District {
  type: 'Feature';
  properties: { code: string; name: Bilingual };
  geometry: AreaGeometry;
}

/** The five districts (구) of Gwangju, Statistics Korea SGIS 2018 boundaries, shipped with the admin. */
export const districts: District[] = (JSON.parse(districtsText) as { features: District[] }).features;

/** The city's extent: where a map with nothing else to show opens. */
export const CITY_BOX: BBox = bboxOf(districts.flatMap((d) => [...positionsOf(d.geometry)]))!;

export const toLatLngBounds = ([west, south, east, north]: BBox): L.LatLngBoundsExpression => [
  [south, west],
  [north, east],
];

/** The base layer: each district's outline, its name written across it. Nothing is fetched for it. */
const DistrictsLayer = () => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const data = useMemo(() => ({ type: 'FeatureCollection' as const, features: districts }), []);
  return (
    <GeoJSON
      key={locale}
      data={data as GeoJSON.FeatureCollection}
      interactive={false}
      // Keyed by language: the attribution and the district names are written again on a switch.
      attribution={translate('bitgoeul.map.attribution')}
      style={() => ({ color: '#8a97a6', weight: 1, fillColor: '#e8edf2', fillOpacity: 1 })}
      onEachFeature={(feature, layer) =>
        layer.bindTooltip((feature.properties as District['properties']).name[locale], {
          permanent: true,
          direction: 'center',
          className: 'bitgoeul-district-label',
        })
      }
    />
  );
};

/** Follows the box it is given, and the container's size (a drawer opened, a window turned). */
const Fit = ({ box }: { box: BBox }) => {
  const map = useMap();
  const key = box.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the box is compared by value
  useEffect(() => {
    map.fitBounds(toLatLngBounds(box), { padding: [16, 16] });
  }, [map, key]);
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
};

export interface BaseMapProps {
  /** What the map is of, for a screen reader. */
  label: string;
  box: BBox;
  height: number | string | { xs: number; md: number };
  testId?: string;
  children?: ReactNode;
  onMap?: (map: L.Map | null) => void;
}

/**
 * A Leaflet map over the shipped district boundaries: vector layers drawn as SVG, so it needs no tile
 * server, no WebGL and no connection beyond the API. Zoom with the buttons, the wheel or a pinch.
 */
export const BaseMap = ({ label, box, height, testId, children, onMap }: BaseMapProps) => (
  <Box
    role="region"
    aria-label={label}
    data-testid={testId}
    sx={{
      height,
      width: '100%',
      '& .leaflet-container': { height: '100%', background: '#f8fafc', fontFamily: 'inherit' },
      '& .bitgoeul-district-label': {
        background: 'transparent',
        border: 0,
        boxShadow: 'none',
        color: '#4a5562',
        fontSize: 14,
        '&::before': { display: 'none' },
      },
    }}
  >
    <MapContainer
      bounds={toLatLngBounds(box)}
      attributionControl={false}
      zoomSnap={0.25}
      ref={onMap}
      style={{ height: '100%' }}
    >
      <AttributionControl prefix="Leaflet" />
      <DistrictsLayer />
      <Fit box={box} />
      {children}
    </MapContainer>
  </Box>
);
