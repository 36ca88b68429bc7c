import { describe, expect, it } from 'vitest';
import districtsText from './gwangju-districts.geojson?raw';
import { type AreaGeometry, bboxOf, fitProjection, labelPoint, pathOf, positionsOf } from './projection';

const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [126.8, 35.1],
      [126.9, 35.1],
      [126.9, 35.2],
      [126.8, 35.2],
      [126.8, 35.1],
    ],
  ],
};

describe('our projection', () => {
  it('puts north up and west left, fitting the box inside the padding', () => {
    const project = fitProjection([126.8, 35.1, 126.9, 35.2], 400, 400, 10);
    const [wx, ny] = project([126.8, 35.2]);
    const [ex, sy] = project([126.9, 35.1]);
    expect(wx).toBeLessThan(ex);
    expect(ny).toBeLessThan(sy);
    // Latitude spans the full height; a degree of longitude is cos(35.15°) ≈ 0.818 of one of latitude.
    expect(ny).toBeCloseTo(10);
    expect(sy).toBeCloseTo(390);
    expect((ex - wx) / (sy - ny)).toBeCloseTo(Math.cos((35.15 * Math.PI) / 180), 5);
    expect((wx + ex) / 2).toBeCloseTo(200);
  });

  it('finds the longitude and latitude under a point of the picture, the projection undone', () => {
    const project = fitProjection([126.64, 35.05, 127.02, 35.26], 960, 620, 24);
    for (const position of [
      [126.699608, 35.159117],
      [126.93306, 35.14222],
      [127.02, 35.05],
    ] as [number, number][]) {
      const [lon, lat] = project.invert(project(position));
      expect(lon).toBeCloseTo(position[0], 9);
      expect(lat).toBeCloseTo(position[1], 9);
    }
  });

  it('draws a polygon as a closed SVG path and labels it at its centre', () => {
    const project = fitProjection([126.8, 35.1, 126.9, 35.2], 400, 400, 10);
    expect(pathOf(square, project)).toBe('M44.6,390L355.4,390L355.4,10L44.6,10L44.6,390Z');
    expect(labelPoint(square, project)).toEqual([200, 200]);
  });

  it("draws the city's five districts from the shipped GeoJSON within the picture", () => {
    const districts = JSON.parse(districtsText) as {
      features: { properties: { code: string; name: { ko: string } }; geometry: AreaGeometry }[];
    };
    expect(districts.features.map((f) => f.properties.name.ko)).toEqual([
      '동구',
      '서구',
      '남구',
      '북구',
      '광산구',
    ]);
    const box = bboxOf(districts.features.flatMap((f) => [...positionsOf(f.geometry)]))!;
    // The README's bounding box: 126.645–127.022 E, 35.051–35.259 N.
    expect(box.map((edge) => Math.round(edge * 1000) / 1000)).toEqual([126.645, 35.051, 127.022, 35.259]);
    const project = fitProjection(box, 800, 600);
    for (const feature of districts.features) {
      const [x, y] = labelPoint(feature.geometry, project);
      expect(x).toBeGreaterThan(16);
      expect(x).toBeLessThan(784);
      expect(y).toBeGreaterThan(16);
      expect(y).toBeLessThan(584);
      expect(pathOf(feature.geometry, project)).toMatch(/^M.*Z$/);
    }
    // 광산구 lies west of 동구.
    const labelOf = (ko: string) =>
      labelPoint(districts.features.find((f) => f.properties.name.ko === ko)!.geometry, project);
    expect(labelOf('광산구')[0]).toBeLessThan(labelOf('동구')[0]);
  });
});
