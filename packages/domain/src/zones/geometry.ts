import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { labelParams } from '../shared/issues.js';
import { ALTITUDE_MAX, ALTITUDE_MIN, GEOMETRY_VERTICES_MAX } from '../shared/limits.js';

/**
 * A zone's outline as RFC 7946 GeoJSON: a Polygon or MultiPolygon in WGS84 longitude/latitude.
 * Written by hand rather than taken from a GeoJSON library because we accept only these two
 * types, need our own issue codes, and the domain depends on zod alone. An outline is refused when a
 * ring is not closed, a position is out of range, it has more than GEOMETRY_VERTICES_MAX positions,
 * or two of its edges cross. Winding is not refused — RFC 7946 §3.1.6 tells parsers not to reject
 * polygons that ignore it, and drawing tools wind either way — but kept as the right-hand rule
 * (exterior rings counter-clockwise, holes clockwise): a ring wound the other way is reversed.
 * Foreign members, including the pre-RFC `crs`, are refused: RFC 7946 coordinates are WGS84.
 */
export const GeometryProblem = defineCodeList('GeometryProblem', {
  POSITION_SIZE: {
    ko: '좌표는 [경도, 위도] 또는 [경도, 위도, 고도]',
    en: 'a position is [lon, lat] or [lon, lat, alt]',
  },
  LONGITUDE_RANGE: { ko: '경도는 -180~180', en: 'longitude must be within -180..180' },
  LATITUDE_RANGE: { ko: '위도는 -90~90', en: 'latitude must be within -90..90' },
  ALTITUDE_RANGE: {
    ko: `고도는 ${ALTITUDE_MIN}~${ALTITUDE_MAX}m`,
    en: `altitude must be within ${ALTITUDE_MIN}..${ALTITUDE_MAX} m`,
  },
  RING_TOO_SHORT: { ko: '고리는 좌표 4개 이상', en: 'a linear ring needs at least 4 positions' },
  RING_NOT_CLOSED: { ko: '고리의 처음과 끝 좌표가 같아야 함', en: 'a linear ring must end where it starts' },
  BBOX_SIZE: { ko: 'bbox는 숫자 4개 또는 6개', en: 'a bbox has 4 or 6 numbers' },
  TOO_MANY_VERTICES: {
    ko: `좌표는 모두 ${GEOMETRY_VERTICES_MAX.toLocaleString('en')}개까지`,
    en: `at most ${GEOMETRY_VERTICES_MAX.toLocaleString('en')} positions in all`,
  },
  SELF_INTERSECTION: {
    ko: '경계선이 스스로 교차함',
    en: 'the outline crosses itself',
  },
});
export type GeometryProblem = (typeof GeometryProblem.codes)[number];

function problem(ctx: z.RefinementCtx, reason: GeometryProblem, path: (string | number)[] = []) {
  ctx.addIssue({
    code: 'custom',
    path,
    message: GeometryProblem.label(reason, 'en'),
    params: { code: 'INVALID_GEOMETRY', ...labelParams(GeometryProblem, reason, 'reason') },
  });
}

const position = z.array(z.number()).superRefine((pos, ctx) => {
  if (pos.length < 2 || pos.length > 3) return problem(ctx, 'POSITION_SIZE');
  const [lon = 0, lat = 0] = pos;
  if (lon < -180 || lon > 180) problem(ctx, 'LONGITUDE_RANGE', [0]);
  if (lat < -90 || lat > 90) problem(ctx, 'LATITUDE_RANGE', [1]);
  const alt = pos[2];
  if (alt !== undefined && (alt < ALTITUDE_MIN || alt > ALTITUDE_MAX)) problem(ctx, 'ALTITUDE_RANGE', [2]);
});

const samePosition = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const linearRing = z.array(position).superRefine((ring, ctx) => {
  if (ring.length < 4) return problem(ctx, 'RING_TOO_SHORT');
  if (!samePosition(ring[0]!, ring[ring.length - 1]!)) problem(ctx, 'RING_NOT_CLOSED');
});

/** The exterior ring first, then any holes. */
const polygonCoordinates = z.array(linearRing).min(1);

const bbox = z
  .array(z.number())
  .superRefine((b, ctx) => {
    if (b.length !== 4 && b.length !== 6) problem(ctx, 'BBOX_SIZE');
  })
  .optional();

export const PolygonGeometry = z
  .object({ type: z.literal('Polygon'), coordinates: polygonCoordinates, bbox })
  .strict();
export const MultiPolygonGeometry = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1), bbox })
  .strict();

export const GeometryType = defineCodeList('GeometryType', {
  Polygon: { ko: '다각형', en: 'Polygon' },
  MultiPolygon: { ko: '다중 다각형', en: 'MultiPolygon' },
});

/**
 * The type is checked first, on its own, so that `{ type: "Point" }` is answered with the allowed
 * types (UNKNOWN_CODE) rather than zod's generic union failure.
 */
export const ZoneGeometry = z
  .looseObject({ type: GeometryType.schema })
  .pipe(z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]))
  .superRefine((geometry, ctx) => {
    const polygons = polygonsOf(geometry);
    const vertices = polygons.reduce((n, rings) => rings.reduce((m, ring) => m + ring.length, n), 0);
    if (vertices > GEOMETRY_VERTICES_MAX) return problem(ctx, 'TOO_MANY_VERTICES', ['coordinates']);
    polygons.forEach((rings, index) => {
      // A ring already refused (too short, open) has no edges to speak of.
      if (rings.some((r) => r.length < 4 || !samePosition(r[0]!, r[r.length - 1]!))) return;
      const crossing = firstCrossing(rings);
      if (crossing === null) return;
      const at = geometry.type === 'Polygon' ? [crossing] : [index, crossing];
      problem(ctx, 'SELF_INTERSECTION', ['coordinates', ...at]);
    });
  })
  .transform((geometry) => withRightHandWinding(geometry));
export type ZoneGeometry = z.output<typeof ZoneGeometry>;

type Position = readonly number[];
type Rings = readonly (readonly Position[])[];

function polygonsOf(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as Rings] : (geometry.coordinates as Rings[]);
}

/** Twice the ring's signed area (shoelace): positive when it winds counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function rewound<T extends readonly Position[]>(ring: T, counterClockwise: boolean): T {
  const ccw = signedArea(ring) > 0;
  return (ccw === counterClockwise ? ring : [...ring].reverse()) as unknown as T;
}

function withRightHandWinding<G extends { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }>(
  geometry: G,
): G {
  const fix = (rings: Rings) => rings.map((ring, i) => rewound(ring, i === 0));
  const coordinates =
    geometry.type === 'Polygon'
      ? fix(geometry.coordinates as Rings)
      : (geometry.coordinates as Rings[]).map(fix);
  return { ...geometry, coordinates };
}

/** Which side of the line a→b the point c lies on: 1 left, -1 right, 0 on it. */
function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0]!, b[0]!) <= c[0]! &&
    c[0]! <= Math.max(a[0]!, b[0]!) &&
    Math.min(a[1]!, b[1]!) <= c[1]! &&
    c[1]! <= Math.max(a[1]!, b[1]!)
  );
}

function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/**
 * The ring holding the first pair of edges that meet where they should not: two edges of a ring
 * other than neighbours at their shared corner, neighbours folding back over each other, or edges of
 * two rings of one polygon. A repeated position is one corner. A sweep over edges sorted by their west
 * end compares only edges whose longitudes overlap.
 */
function firstCrossing(rings: Rings): number | null {
  type Edge = {
    ring: number;
    index: number;
    count: number;
    a: Position;
    b: Position;
    west: number;
    east: number;
  };
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    const corners = ring.filter((pos, i) => i === 0 || !samePosition(pos, ring[i - 1]!));
    const count = corners.length - 1;
    for (let i = 0; i < count; i++) {
      const a = corners[i]!;
      const b = corners[i + 1]!;
      edges.push({
        ring: r,
        index: i,
        count,
        a,
        b,
        west: Math.min(a[0]!, b[0]!),
        east: Math.max(a[0]!, b[0]!),
      });
    }
  });
  edges.sort((x, y) => x.west - y.west);
  for (let i = 0; i < edges.length; i++) {
    const x = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]!.west <= x.east; j++) {
      const y = edges[j]!;
      const gap = Math.abs(x.index - y.index);
      if (x.ring === y.ring && (gap === 1 || gap === x.count - 1)) {
        // Neighbours share one corner; they overlap only when the second turns straight back.
        const shared = samePosition(x.a, y.a) || samePosition(x.a, y.b) ? x.a : x.b;
        const p = samePosition(x.a, shared) ? x.b : x.a;
        const q = samePosition(y.a, shared) ? y.b : y.a;
        const dot = (p[0]! - shared[0]!) * (q[0]! - shared[0]!) + (p[1]! - shared[1]!) * (q[1]! - shared[1]!);
        if (orientation(shared, p, q) === 0 && dot > 0) return x.ring;
        continue;
      }
      if (segmentsMeet(x.a, x.b, y.a, y.b)) return Math.min(x.ring, y.ring);
    }
  }
  return null;
}

/** The outline's extent, [west, south, east, north]: what the store indexes to find it by place. */
export function geometryBounds(geometry: ZoneGeometry): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (const [lon = 0, lat = 0] of ring) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  return [west, south, east, north];
}
