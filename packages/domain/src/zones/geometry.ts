import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { labelParams } from '../shared/issues.js';
import { ALTITUDE_MAX, ALTITUDE_MIN } from '../shared/limits.js';

/**
 * A zone's outline as RFC 7946 GeoJSON: a Polygon or MultiPolygon in WGS84 longitude/latitude.
 * Written by hand rather than taken from a GeoJSON library because we accept only these two
 * types and need our own issue codes. Winding order (the right-hand rule) is not enforced: RFC 7946
 * §3.1.6 tells parsers not to reject polygons that ignore it. Foreign members, including the
 * pre-RFC `crs`, are refused: RFC 7946 coordinates are WGS84 and nothing else.
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
  .pipe(z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]));
export type ZoneGeometry = z.output<typeof ZoneGeometry>;
