import { GeometryProblem, type Locale, ZoneGeometry } from '@bitgoeul/domain';

import type { AreaGeometry, PolygonCoordinates } from './geometry';

/**
 * What an official's GeoJSON file for a zone's outline can hold: a Polygon or MultiPolygon geometry, a
 * Feature of one, or a FeatureCollection of them (the parcels of one zone, joined into a MultiPolygon, as
 * GIS tools export a selection). Anything else is refused with its reason before anything is sent.
 */
export type OutlineFileProblem =
  | { reason: 'NOT_JSON' }
  | { reason: 'NOT_GEOJSON' }
  | { reason: 'EMPTY' }
  | { reason: 'NOT_AN_AREA'; type: string }
  | { reason: 'INVALID'; detail: string };

export type OutlineFileResult =
  | { ok: true; geometry: AreaGeometry }
  | { ok: false; problem: OutlineFileProblem };

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

function geometriesOf(value: unknown): unknown[] | null {
  if (!value || typeof value !== 'object') return null;
  const { type } = value as { type?: unknown };
  if (type === 'FeatureCollection') {
    const { features } = value as { features?: unknown };
    if (!Array.isArray(features)) return null;
    const out: unknown[] = [];
    for (const feature of features) {
      const inner = geometriesOf(feature);
      if (!inner) return null;
      out.push(...inner);
    }
    return out;
  }
  if (type === 'Feature') {
    const { geometry } = value as { geometry?: unknown };
    return geometry === null ? [] : geometriesOf(geometry);
  }
  return typeof type === 'string' && GEOMETRY_TYPES.has(type) ? [value] : null;
}

/** The domain's own reading of an outline (closed rings, ranges, vertex limit, no crossing). */
function validated(geometry: unknown, locale: Locale): OutlineFileResult {
  const parsed = ZoneGeometry.safeParse(geometry);
  if (parsed.success) return { ok: true, geometry: parsed.data as AreaGeometry };
  const issue = parsed.error.issues[0]!;
  const params = (issue as { params?: Record<string, string> }).params;
  const reason = params?.reason;
  const detail = GeometryProblem.is(reason) ? GeometryProblem.label(reason, locale) : issue.message;
  return { ok: false, problem: { reason: 'INVALID', detail } };
}

export function readOutlineFile(text: string, locale: Locale): OutlineFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'NOT_JSON' } };
  }
  const geometries = geometriesOf(value);
  if (!geometries) return { ok: false, problem: { reason: 'NOT_GEOJSON' } };
  if (geometries.length === 0) return { ok: false, problem: { reason: 'EMPTY' } };
  const polygons: PolygonCoordinates[] = [];
  for (const geometry of geometries) {
    const { type, coordinates } = geometry as { type: string; coordinates: unknown };
    if (type === 'Polygon') polygons.push(coordinates as PolygonCoordinates);
    else if (type === 'MultiPolygon') polygons.push(...(coordinates as PolygonCoordinates[]));
    else return { ok: false, problem: { reason: 'NOT_AN_AREA', type } };
  }
  if (geometries.length === 1) return validated(geometries[0], locale);
  return validated({ type: 'MultiPolygon', coordinates: polygons }, locale);
}
