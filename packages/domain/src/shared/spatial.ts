import { z } from 'zod';
import { NEAR_RADIUS_MAX } from './limits.js';
import { positiveNumber } from './record.js';
import type { ValidationIssue } from './validation.js';

/**
 * Places in WGS84 longitude/latitude, as the map and the spatial filters speak of them. The domain
 * states what a valid box, radius and point are; the API finds records by them.
 */
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

/** A rectangle on the map: west/east longitudes, south/north latitudes (never across the antimeridian). */
export const BoundingBoxInput = z
  .object({ west: longitude, south: latitude, east: longitude, north: latitude })
  .strict()
  .superRefine((box, ctx) => {
    if (box.east < box.west) {
      ctx.addIssue({
        code: 'custom',
        path: ['east'],
        message: 'east before west',
        params: { code: 'END_BEFORE_START', other: 'west' },
      });
    }
    if (box.north < box.south) {
      ctx.addIssue({
        code: 'custom',
        path: ['north'],
        message: 'north before south',
        params: { code: 'END_BEFORE_START', other: 'south' },
      });
    }
  });
export type BoundingBox = z.output<typeof BoundingBoxInput>;

/** Within `radiusMetres` of a point, measured on the sphere; at most NEAR_RADIUS_MAX. */
export const NearInput = z
  .object({ lon: longitude, lat: latitude, radiusMetres: positiveNumber(NEAR_RADIUS_MAX) })
  .strict();
export type Near = z.output<typeof NearInput>;

export function isWithinBox(point: { lon: number; lat: number }, box: BoundingBox): boolean {
  return point.lon >= box.west && point.lon <= box.east && point.lat >= box.south && point.lat <= box.north;
}

/** Whether two boxes share any point. */
export function boxesMeet(a: BoundingBox, b: BoundingBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

const METRES_PER_DEGREE_LATITUDE = 111_320;

/**
 * The box holding every point within the radius (a prefilter: corners of the box lie farther). A
 * degree of longitude shrinks with the cosine of the latitude; the box is widened at its poleward edge.
 */
export function boxAround(near: Near): BoundingBox {
  const dLat = near.radiusMetres / METRES_PER_DEGREE_LATITUDE;
  const poleward = Math.min(89.9, Math.abs(near.lat) + dLat);
  const dLon = Math.min(180, dLat / Math.cos((poleward * Math.PI) / 180));
  return {
    west: Math.max(-180, near.lon - dLon),
    east: Math.min(180, near.lon + dLon),
    south: Math.max(-90, near.lat - dLat),
    north: Math.min(90, near.lat + dLat),
  };
}

/** The box as text for a message: "126.6,35.0 – 127.1,35.4". */
export function formatBox(box: BoundingBox): string {
  return `${box.west},${box.south} – ${box.east},${box.north}`;
}

/**
 * A point outside the bounds a deployment serves (the city and its surroundings) is refused: it is
 * almost always latitude and longitude swapped or a typo, not a facility abroad.
 */
export function outsideBoundsIssue(
  field: string,
  point: { lon: number; lat: number } | null | undefined,
  bounds: BoundingBox,
): ValidationIssue | null {
  if (!point || isWithinBox(point, bounds)) return null;
  return { field, code: 'OUTSIDE_BOUNDS', params: { bounds: formatBox(bounds) } };
}
