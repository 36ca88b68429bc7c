/**
 * A map projection of our own for a city-sized area: equirectangular with longitudes scaled by the cosine
 * of the middle latitude. Over Gwangju (0.4° × 0.2°) it is indistinguishable from a conformal projection,
 * and it needs no library and no tiles.
 */

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

export interface Projection {
  (position: Position): [number, number];
  /** The longitude and latitude under a point of the picture (where an official clicked). */
  invert(point: [number, number]): Position;
  width: number;
  height: number;
}

/** Fits the box into a `width` × `height` picture with `padding` on every side, north up. */
export function fitProjection(box: BBox, width: number, height: number, padding = 16): Projection {
  const [west, south, east, north] = box;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * k, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  // Centre the drawing in whichever direction has room to spare.
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = (([lon, lat]: Position): [number, number] => [
    offsetX + (lon - west) * k * scale,
    offsetY + (north - lat) * scale,
  ]) as Projection;
  project.invert = ([x, y]) => [west + (x - offsetX) / (k * scale), north - (y - offsetY) / scale];
  project.width = width;
  project.height = height;
  return project;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path; holes are separate rings, drawn as holes with `fill-rule="evenodd"`. */
export function pathOf(geometry: AreaGeometry, project: Projection): string {
  return polygonsOf(geometry)
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          `M${ring
            .map((p) => project(p))
            .map(([x, y]) => `${round(x)},${round(y)}`)
            .join('L')}Z`,
      ),
    )
    .join('');
}

/** Signed area and centroid of a ring in projected space (shoelace formula). */
function ringCentroid(ring: [number, number][]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  if (area === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area, x: x / (6 * area), y: y / (6 * area) };
}

/** Where a label goes: the centroid of the largest part's outer ring, in picture coordinates. */
export function labelPoint(geometry: AreaGeometry, project: Projection): [number, number] {
  let best = { area: -1, x: 0, y: 0 };
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0];
    if (!outer) continue;
    const c = ringCentroid(outer.map((p) => project(p)));
    if (Math.abs(c.area) > best.area) best = { ...c, area: Math.abs(c.area) };
  }
  return [round(best.x), round(best.y)];
}
