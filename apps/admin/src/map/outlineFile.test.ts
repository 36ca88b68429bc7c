import { describe, expect, it } from 'vitest';
import { readOutlineFile } from './outlineFile';

const square = [
  [126.84, 35.2],
  [126.87, 35.2],
  [126.87, 35.225],
  [126.84, 35.225],
  [126.84, 35.2],
];
const polygon = { type: 'Polygon', coordinates: [square] };
const shifted = { type: 'Polygon', coordinates: [square.map(([x, y]) => [x! + 0.1, y!])] };
const read = (value: unknown) => readOutlineFile(JSON.stringify(value), 'ko');

describe('a GeoJSON file for a zone outline', () => {
  it('takes a bare geometry, a Feature and a FeatureCollection of one polygon alike', () => {
    for (const file of [
      polygon,
      { type: 'Feature', properties: { name: '구역' }, geometry: polygon },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: polygon }] },
    ]) {
      const result = read(file);
      expect(result).toEqual({ ok: true, geometry: { type: 'Polygon', coordinates: [square] } });
    }
  });

  it('joins the parcels of a collection into one MultiPolygon', () => {
    const result = read({
      type: 'FeatureCollection',
      features: [polygon, shifted].map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
    });
    expect(result.ok && result.geometry.type).toBe('MultiPolygon');
    expect(result.ok && result.geometry.coordinates).toHaveLength(2);
  });

  it('keeps the right-hand rule: a ring drawn clockwise comes back counter-clockwise', () => {
    const result = read({ type: 'Polygon', coordinates: [[...square].reverse()] });
    expect(result).toEqual({ ok: true, geometry: { type: 'Polygon', coordinates: [square] } });
  });

  it('names what is wrong with a file that is not an outline', () => {
    expect(readOutlineFile('구역 경계', 'ko')).toEqual({ ok: false, problem: { reason: 'NOT_JSON' } });
    expect(read({ name: '경계' })).toEqual({ ok: false, problem: { reason: 'NOT_GEOJSON' } });
    expect(read({ type: 'FeatureCollection', features: [] })).toEqual({
      ok: false,
      problem: { reason: 'EMPTY' },
    });
    expect(
      read({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: square } }),
    ).toEqual({ ok: false, problem: { reason: 'NOT_AN_AREA', type: 'LineString' } });
  });

  it("gives the domain's reason, in the official's language, for a broken outline", () => {
    const open = { type: 'Polygon', coordinates: [square.slice(0, 4)] };
    expect(read(open)).toEqual({
      ok: false,
      problem: { reason: 'INVALID', detail: '고리의 처음과 끝 좌표가 같아야 함' },
    });
    const far = { type: 'Polygon', coordinates: [square.map(([, y]) => [200, y])] };
    expect(readOutlineFile(JSON.stringify(far), 'en')).toEqual({
      ok: false,
      problem: { reason: 'INVALID', detail: 'longitude must be within -180..180' },
    });
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [126.84, 35.2],
          [126.87, 35.225],
          [126.87, 35.2],
          [126.84, 35.225],
          [126.84, 35.2],
        ],
      ],
    };
    expect(read(bowtie)).toEqual({
      ok: false,
      problem: { reason: 'INVALID', detail: '경계선이 스스로 교차함' },
    });
    const many = Array.from({ length: 50_000 }, (_, i) => [
      126.8 + 0.05 * Math.cos((2 * Math.PI * i) / 50_000),
      35.15 + 0.05 * Math.sin((2 * Math.PI * i) / 50_000),
    ]);
    const huge = { type: 'Polygon', coordinates: [[...many, many[0]]] };
    expect(read(huge)).toEqual({
      ok: false,
      problem: { reason: 'INVALID', detail: '좌표는 모두 10,000개까지' },
    });
  });
});
