import { FacilityStatus, ZoneKind } from '@bitgoeul/domain';
import type L from 'leaflet';
import { CircleMarker, GeoJSON, Tooltip } from 'react-leaflet';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { useNameOf } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import type { AreaGeometry } from './geometry';
import { STATUS_COLOURS, ZONE_COLOURS } from './mapStyle';

export interface ZoneShape {
  id: string;
  code: string;
  name: LocalizedText;
  kind: ZoneKind;
  version: number;
  geometry: AreaGeometry;
}

export interface FacilityPoint {
  id: string;
  code: string;
  name: LocalizedText;
  status: FacilityStatus;
  lon: number;
  lat: number;
  precision: string;
}

/** Marks a vector layer's SVG element with its record's code, for people's tools and for tests. */
function tag(layer: L.Layer, attribute: string, value: string) {
  (layer as L.Path).getElement?.()?.setAttribute(attribute, value);
}

/** Zones as outlines filled by kind; `emphasis` draws one zone (the page's own) bolder. */
export const ZoneShapes = ({
  zones,
  onSelect,
  emphasis,
}: {
  zones: ZoneShape[];
  onSelect?: (zone: ZoneShape, at: L.LatLng) => void;
  emphasis?: string;
}) => {
  const locale = useUiLocale();
  const nameOf = useNameOf();
  return (
    <>
      {zones.map((zone) => (
        <GeoJSON
          key={`${zone.id}:${zone.version}:${locale}`}
          data={zone.geometry}
          style={() => ({
            color: ZONE_COLOURS[zone.kind],
            weight: zone.id === emphasis ? 3 : 1.5,
            fillOpacity: zone.id === emphasis ? 0.2 : 0.35,
          })}
          onEachFeature={(_, layer) => {
            layer.on('add', () => tag(layer, 'data-zone', zone.code));
            layer.bindTooltip(`${nameOf(zone.name)} · ${ZoneKind.label(zone.kind, locale)}`, {
              sticky: true,
            });
          }}
          eventHandlers={{ click: (e) => onSelect?.(zone, e.latlng) }}
        />
      ))}
    </>
  );
};

/**
 * Facilities as dots coloured by status. An approximate point (a neighbourhood's reference point) is drawn
 * with a dashed ring and says so, so nobody reads it as the building's exact place.
 */
export const FacilityMarkers = ({
  facilities,
  onSelect,
  approximateLabel,
  placedLabel,
}: {
  facilities: FacilityPoint[];
  onSelect?: (facility: FacilityPoint, at: L.LatLng) => void;
  approximateLabel: string;
  placedLabel: string;
}) => {
  const locale = useUiLocale();
  const nameOf = useNameOf();
  return (
    <>
      {facilities.map((f) => {
        const approximate = f.precision === 'APPROXIMATE';
        const note = approximate
          ? ` (${approximateLabel})`
          : f.precision === 'PLACED_ON_MAP'
            ? ` (${placedLabel})`
            : '';
        return (
          <CircleMarker
            key={`${f.id}:${f.lon}:${f.lat}:${f.status}`}
            center={[f.lat, f.lon]}
            radius={8}
            pathOptions={{
              color: '#1f2937',
              weight: 1.5,
              dashArray: approximate ? '3 2' : undefined,
              fillColor: STATUS_COLOURS[f.status],
              fillOpacity: 0.95,
            }}
            eventHandlers={{
              add: (e) => tag(e.target, 'data-facility', f.code),
              click: (e) => onSelect?.(f, e.latlng),
            }}
          >
            <Tooltip>{`${nameOf(f.name)} · ${FacilityStatus.label(f.status, locale)}${note}`}</Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
};
