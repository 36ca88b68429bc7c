import { describe, expect, it } from 'vitest';
import { GEOMETRY_VERTICES_MAX } from '../shared/limits.js';
import { validateWith } from '../shared/validation.js';
import { geometryBounds, ZoneGeometry } from './geometry.js';

// A square around 첨단3지구, roughly; counter-clockwise as RFC 7946 recommends.
const ring = [
  [126.84, 35.22],
  [126.86, 35.22],
  [126.86, 35.24],
  [126.84, 35.24],
  [126.84, 35.22],
];

const reasonOf = (input: unknown) => {
  const result = validateWith(ZoneGeometry, input);
  return result.ok ? null : result.issues.map((i) => [i.field, i.code, i.params?.reason ?? null]);
};

describe('ZoneGeometry (RFC 7946 Polygon / MultiPolygon, WGS84)', () => {
  it('accepts a polygon, a polygon with a hole, a multipolygon, and altitude and bbox', () => {
    const hole = [
      [126.845, 35.225],
      [126.845, 35.23],
      [126.85, 35.23],
      [126.845, 35.225],
    ];
    expect(validateWith(ZoneGeometry, { type: 'Polygon', coordinates: [ring] }).ok).toBe(true);
    expect(validateWith(ZoneGeometry, { type: 'Polygon', coordinates: [ring, hole] }).ok).toBe(true);
    expect(validateWith(ZoneGeometry, { type: 'MultiPolygon', coordinates: [[ring], [hole]] }).ok).toBe(true);
    expect(
      validateWith(ZoneGeometry, {
        type: 'Polygon',
        coordinates: [ring.map(([lon, lat]) => [lon, lat, 30])],
        bbox: [126.84, 35.22, 126.86, 35.24],
      }).ok,
    ).toBe(true);
  });

  it('accepts clockwise rings (RFC 7946 says not to reject them) and keeps them by the right-hand rule', () => {
    const clockwiseHole = [
      [126.845, 35.225],
      [126.845, 35.23],
      [126.85, 35.23],
      [126.845, 35.225],
    ];
    const counterClockwiseHole = [...clockwiseHole].reverse();
    const result = validateWith(ZoneGeometry, {
      type: 'Polygon',
      coordinates: [[...ring].reverse(), counterClockwiseHole],
    });
    expect(result.ok && result.value.coordinates).toEqual([ring, clockwiseHole]);
    const kept = validateWith(ZoneGeometry, { type: 'MultiPolygon', coordinates: [[ring, clockwiseHole]] });
    expect(kept.ok && kept.value.coordinates).toEqual([[ring, clockwiseHole]]);
  });

  it('refuses an outline that crosses itself, naming the polygon and ring', () => {
    // A bow tie: the second and fourth edges cross in the middle.
    const bowTie = [
      [126.84, 35.22],
      [126.86, 35.24],
      [126.86, 35.22],
      [126.84, 35.24],
      [126.84, 35.22],
    ];
    expect(reasonOf({ type: 'Polygon', coordinates: [bowTie] })).toEqual([
      ['coordinates.0', 'INVALID_GEOMETRY', 'SELF_INTERSECTION'],
    ]);
    expect(reasonOf({ type: 'MultiPolygon', coordinates: [[ring], [bowTie]] })).toEqual([
      ['coordinates.1.0', 'INVALID_GEOMETRY', 'SELF_INTERSECTION'],
    ]);
    // A hole reaching out of its exterior crosses it.
    const outside = [
      [126.85, 35.23],
      [126.87, 35.23],
      [126.87, 35.235],
      [126.85, 35.23],
    ];
    expect(reasonOf({ type: 'Polygon', coordinates: [ring, outside] })).toEqual([
      ['coordinates.0', 'INVALID_GEOMETRY', 'SELF_INTERSECTION'],
    ]);
    // An edge that turns straight back over the one before it.
    const spike = [
      [126.84, 35.22],
      [126.86, 35.22],
      [126.85, 35.22],
      [126.85, 35.24],
      [126.84, 35.22],
    ];
    expect(reasonOf({ type: 'Polygon', coordinates: [spike] })).toEqual([
      ['coordinates.0', 'INVALID_GEOMETRY', 'SELF_INTERSECTION'],
    ]);
  });

  it('takes a repeated position as one corner, not a crossing', () => {
    const repeated = [ring[0], ring[1], ring[1], ring[2], ring[3], ring[4]];
    expect(validateWith(ZoneGeometry, { type: 'Polygon', coordinates: [repeated] }).ok).toBe(true);
  });

  it(`refuses more than ${GEOMETRY_VERTICES_MAX} positions, and accepts a ${GEOMETRY_VERTICES_MAX}-position circle`, () => {
    const circle = (n: number) => {
      const points = Array.from({ length: n - 1 }, (_, i) => {
        const angle = (2 * Math.PI * i) / (n - 1);
        return [126.85 + 0.02 * Math.cos(angle), 35.23 + 0.02 * Math.sin(angle)];
      });
      return [...points, points[0]!];
    };
    expect(
      validateWith(ZoneGeometry, { type: 'Polygon', coordinates: [circle(GEOMETRY_VERTICES_MAX)] }).ok,
    ).toBe(true);
    expect(reasonOf({ type: 'Polygon', coordinates: [circle(50_000)] })).toEqual([
      ['coordinates', 'INVALID_GEOMETRY', 'TOO_MANY_VERTICES'],
    ]);
  });

  it('gives the extent of an outline as west, south, east, north', () => {
    const result = validateWith(ZoneGeometry, {
      type: 'MultiPolygon',
      coordinates: [
        [ring],
        [
          [
            [127, 35],
            [127.1, 35],
            [127.1, 35.1],
            [127, 35],
          ],
        ],
      ],
    });
    expect(result.ok && geometryBounds(result.value)).toEqual([126.84, 35, 127.1, 35.24]);
  });

  it('accepts the extremes of the coordinate ranges', () => {
    const edge = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, -90],
    ];
    expect(validateWith(ZoneGeometry, { type: 'Polygon', coordinates: [edge] }).ok).toBe(true);
  });

  it('refuses other geometry types with the allowed ones', () => {
    expect(validateWith(ZoneGeometry, { type: 'Point', coordinates: [126.85, 35.23] })).toEqual({
      ok: false,
      issues: [{ field: 'type', code: 'UNKNOWN_CODE', params: { allowed: 'Polygon, MultiPolygon' } }],
    });
  });

  it('refuses an open ring and a ring of fewer than four positions', () => {
    expect(reasonOf({ type: 'Polygon', coordinates: [ring.slice(0, 4)] })).toEqual([
      ['coordinates.0', 'INVALID_GEOMETRY', 'RING_NOT_CLOSED'],
    ]);
    expect(reasonOf({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] })).toEqual([
      ['coordinates.0', 'INVALID_GEOMETRY', 'RING_TOO_SHORT'],
    ]);
  });

  it('refuses longitudes and latitudes out of range, pointing at the number', () => {
    const swapped = ring.map(([lon, lat]) => [lat, lon]);
    expect(reasonOf({ type: 'Polygon', coordinates: [swapped] })).toEqual(
      expect.arrayContaining([['coordinates.0.0.1', 'INVALID_GEOMETRY', 'LATITUDE_RANGE']]),
    );
    const east = ring.map(([lon, lat]) => [lon! + 100, lat]);
    expect(reasonOf({ type: 'MultiPolygon', coordinates: [[east]] })).toEqual(
      expect.arrayContaining([['coordinates.0.0.0.0', 'INVALID_GEOMETRY', 'LONGITUDE_RANGE']]),
    );
  });

  it('refuses positions of the wrong size, an empty polygon and a bad bbox', () => {
    expect(reasonOf({ type: 'Polygon', coordinates: [[[1], [2, 2], [3, 3], [1]]] })).toEqual(
      expect.arrayContaining([['coordinates.0.0', 'INVALID_GEOMETRY', 'POSITION_SIZE']]),
    );
    expect(reasonOf({ type: 'Polygon', coordinates: [] })).toEqual([['coordinates', 'TOO_SMALL', null]]);
    expect(reasonOf({ type: 'Polygon', coordinates: [ring], bbox: [1, 2, 3] })).toEqual([
      ['bbox', 'INVALID_GEOMETRY', 'BBOX_SIZE'],
    ]);
  });

  it('refuses a crs member: RFC 7946 coordinates are WGS84 only', () => {
    expect(reasonOf({ type: 'Polygon', coordinates: [ring], crs: { type: 'name' } })).toEqual([
      ['crs', 'INVALID', null],
    ]);
  });
});
