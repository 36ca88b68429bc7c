import { describe, expect, it } from 'vitest';
import { NEAR_RADIUS_MAX } from './limits.js';
import { BoundingBoxInput, boxAround, NearInput, outsideBoundsIssue } from './spatial.js';
import { formatIssue, validateWith } from './validation.js';

const city = { west: 126.6, south: 35.0, east: 127.1, north: 35.3 };

describe('spatial inputs', () => {
  it('refuses a radius of −5 m and of 10,000 km, and accepts one within the limit', () => {
    const near = (radiusMetres: number) => validateWith(NearInput, { lon: 126.85, lat: 35.16, radiusMetres });
    expect(near(-5)).toMatchObject({
      ok: false,
      issues: [{ field: 'radiusMetres', code: 'MUST_BE_POSITIVE' }],
    });
    expect(near(10_000_000)).toEqual({
      ok: false,
      issues: [{ field: 'radiusMetres', code: 'TOO_LARGE', params: { max: NEAR_RADIUS_MAX } }],
    });
    expect(near(2_500).ok).toBe(true);
  });

  it('refuses longitude 200 and a box whose east lies west of its west', () => {
    expect(validateWith(NearInput, { lon: 200, lat: 35, radiusMetres: 10 })).toEqual({
      ok: false,
      issues: [{ field: 'lon', code: 'TOO_LARGE', params: { max: 180 } }],
    });
    expect(validateWith(BoundingBoxInput, { ...city, east: 126.5 })).toEqual({
      ok: false,
      issues: [{ field: 'east', code: 'END_BEFORE_START', params: { other: 'west' } }],
    });
  });

  it('draws a box around a radius that holds the circle', () => {
    const box = boxAround({ lon: 126.85, lat: 35.16, radiusMetres: 1_000 });
    // 1 km is about 0.009° of latitude and 0.011° of longitude at 35°N.
    expect(box.north - 35.16).toBeCloseTo(0.009, 3);
    expect(box.east - 126.85).toBeGreaterThan(0.0109);
    expect(box.east - 126.85).toBeLessThan(0.0112);
  });

  it('names a point outside the served area, in Korean, with the bounds', () => {
    expect(outsideBoundsIssue('location.coordinates', { lon: 126.85, lat: 35.16 }, city)).toBeNull();
    expect(outsideBoundsIssue('location.coordinates', null, city)).toBeNull();
    const swapped = outsideBoundsIssue('location.coordinates', { lon: 35.16, lat: 126.85 - 100 }, city);
    expect(swapped).toEqual({
      field: 'location.coordinates',
      code: 'OUTSIDE_BOUNDS',
      params: { bounds: '126.6,35 – 127.1,35.3' },
    });
    expect(
      formatIssue(swapped!, 'ko', { 'location.coordinates': { ko: '좌표', en: 'Coordinates' } }),
    ).toContain('좌표이(가) 이 시스템이 다루는 지역(126.6,35 – 127.1,35.3');
  });
});
