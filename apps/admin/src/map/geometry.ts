/** The shapes the map draws, as the API and the shipped boundaries give them (RFC 7946 GeoJSON). */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoordinates[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (!value || typeof value !== 'object') return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}

/** The box around every position given; null when there are none. */
export function bboxOf(positions: Iterable<Position>): BBox | null {
  let box: BBox | null = null;
  for (const [lon, lat] of positions) {
    if (!box) box = [lon, lat, lon, lat];
    else box = [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
  }
  return box;
}

export function* positionsOf(geometry: AreaGeometry): Generator<Position> {
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) yield* ring;
}
