import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type Page = { facilities: { totalCount: number; nodes: { code: string }[] } };
interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

// A triangle whose extent is the square 126.80–126.82 E, 35.10–35.12 N: its north-east half is in
// the extent but not in the zone, which is what tells the exact test from the index's prefilter.
const TRIANGLE = {
  type: 'Polygon',
  coordinates: [
    [
      [126.8, 35.1],
      [126.82, 35.1],
      [126.8, 35.12],
      [126.8, 35.1],
    ],
  ],
};
const CENTRE = { lon: 126.805, lat: 35.105 };

/** Facilities and zones found by place: in a box, near a point, inside a zone's outline. */
describe.each(databaseKinds)('spatial filters on $name', (kind) => {
  let app: TestApp;
  let triangle: string;
  let unoutlined: string;

  const codes = async (filter: string, variables: Record<string, unknown> = {}) => {
    const declared = Object.entries(variables).map(([name, value]) =>
      typeof value === 'string' ? `$${name}: ID` : `$${name}: NearInput`,
    );
    const res = await app.gql<Page>(
      `query${declared.length ? `(${declared.join(', ')})` : ''} { facilities(first: 100, filter: { and: [{ code: { contains: "T-S-" } }, ${filter}] }) { totalCount nodes { code } } }`,
      variables,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.facilities.totalCount).toBe(res.data!.facilities.nodes.length);
    return res.data!.facilities.nodes.map((n) => n.code);
  };

  beforeAll(async () => {
    app = await startTestApp(kind);
    const zone = async (code: string, geometry: unknown) => {
      const res = await app.gql<{ createZone: { zone: { id: string } | null; userErrors: unknown[] } }>(
        'mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } userErrors { field code } } }',
        {
          input: {
            code,
            name: { ko: `공간 시험 ${code}` },
            kind: 'GENERAL_INDUSTRIAL_COMPLEX',
            status: 'DESIGNATED',
            geometry,
          },
        },
      );
      expect(res.data!.createZone.userErrors).toEqual([]);
      return res.data!.createZone.zone!.id;
    };
    triangle = await zone('T-S-TRIANGLE', TRIANGLE);
    unoutlined = await zone('T-S-NO-OUTLINE', null);
    const place = async (code: string, coordinates: { lon: number; lat: number } | null) => {
      const res = await app.gql<{ createFacility: { userErrors: unknown[] } }>(
        'mutation($input: CreateFacilityInput!) { createFacility(input: $input) { userErrors { field code } } }',
        {
          input: {
            code,
            name: { ko: `공간 시험 시설 ${code}` },
            kind: 'PLANT',
            status: 'PLANNED',
            location: { coordinates, precision: 'EXACT' },
          },
        },
      );
      expect(res.data!.createFacility.userErrors).toEqual([]);
    };
    await place('T-S-IN', CENTRE);
    // About 400 m north of the centre.
    await place('T-S-NEAR', { lon: 126.805, lat: 35.1086 });
    // About 605 m north-east: inside the 500 m radius's box, outside its circle.
    await place('T-S-CORNER', { lon: 126.8095, lat: 35.109 });
    await place('T-S-EXTENT-ONLY', { lon: 126.818, lat: 35.118 });
    await place('T-S-FAR', { lon: 126.9, lat: 35.2 });
    await place('T-S-NOWHERE', null);
  });
  afterAll(() => app?.close());

  it('finds facilities within a box', async () => {
    expect(await codes('{ withinBox: { west: 126.8, south: 35.1, east: 126.82, north: 35.12 } }')).toEqual([
      'T-S-CORNER',
      'T-S-EXTENT-ONLY',
      'T-S-IN',
      'T-S-NEAR',
    ]);
  });

  it('finds facilities near a point by great-circle distance, not by the prefilter box', async () => {
    const near = { ...CENTRE, radiusMetres: 500 };
    expect(await codes('{ near: $near }', { near })).toEqual(['T-S-IN', 'T-S-NEAR']);
    expect(await codes('{ near: $near }', { near: { ...near, radiusMetres: 700 } })).toEqual([
      'T-S-CORNER',
      'T-S-IN',
      'T-S-NEAR',
    ]);
    // Through not / or, as any other condition.
    expect(await codes('{ not: { near: $near } }', { near })).toEqual([
      'T-S-CORNER',
      'T-S-EXTENT-ONLY',
      'T-S-FAR',
      'T-S-NOWHERE',
    ]);
    expect(await codes('{ or: [{ near: $near }, { code: { eq: "T-S-FAR" } }] }', { near })).toEqual([
      'T-S-FAR',
      'T-S-IN',
      'T-S-NEAR',
    ]);
  });

  it("finds facilities inside a zone's outline, geometrically; a zone without one holds none", async () => {
    expect(await codes('{ insideZone: $zone }', { zone: triangle })).toEqual([
      'T-S-CORNER',
      'T-S-IN',
      'T-S-NEAR',
    ]);
    expect(await codes('{ insideZone: $zone }', { zone: unoutlined })).toEqual([]);
  });

  it('finds zones whose outline reaches into a box, not those whose extent only does', async () => {
    const zones = async (box: string) => {
      const res = await app.gql<{ zones: { nodes: { code: string }[] } }>(
        `{ zones(first: 100, filter: { withinBox: ${box} }) { nodes { code } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.zones.nodes.map((z) => z.code).filter((code) => code.startsWith('T-S-'));
    };
    expect(await zones('{ west: 126.8, south: 35.1, east: 126.81, north: 35.11 }')).toEqual(['T-S-TRIANGLE']);
    expect(await zones('{ west: 126.815, south: 35.115, east: 126.83, north: 35.13 }')).toEqual([]);
  });

  it('refuses a radius of −5 m or 10,000 km, longitude 200 and an inside-out box, naming the field', async () => {
    const refused = async (filter: string, locale = 'en') =>
      (await app.gql(
        `{ facilities(filter: ${filter}) { totalCount } }`,
        {},
        { 'accept-language': locale },
      )) as Answer;
    const cases: [string, string, string][] = [
      [
        '{ near: { lon: 126.8, lat: 35.1, radiusMetres: -5 } }',
        'filter.near.radiusMetres',
        'MUST_BE_POSITIVE',
      ],
      [
        '{ near: { lon: 126.8, lat: 35.1, radiusMetres: 10000000 } }',
        'filter.near.radiusMetres',
        'TOO_LARGE',
      ],
      [
        '{ withinBox: { west: 126.8, south: 35.1, east: 200, north: 35.2 } }',
        'filter.withinBox.east',
        'TOO_LARGE',
      ],
      [
        '{ withinBox: { west: 126.9, south: 35.1, east: 126.8, north: 35.2 } }',
        'filter.withinBox.east',
        'END_BEFORE_START',
      ],
    ];
    for (const [filter, field, issue] of cases) {
      const res = await refused(filter);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, issue });
    }
    const korean = await refused('{ near: { lon: 126.8, lat: 35.1, radiusMetres: 10000000 } }', 'ko');
    expect(korean.errors?.[0]?.message).toBe(
      'filter.near.radiusMetres: 반경(m)은(는) 100000 이하여야 합니다.',
    );
  });

  it('refuses a facility placed far outside the city, naming the field, and writes nothing', async () => {
    // Seoul City Hall: inside the globe, outside the bounds a Gwangju deployment serves.
    const res = await app.gql<{
      createFacility: { facility: unknown; userErrors: { field: string[]; code: string; message: string }[] };
    }>(
      'mutation($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } userErrors { field code message } } }',
      {
        input: {
          code: 'T-S-SEOUL',
          name: { ko: '서울 시설' },
          kind: 'PLANT',
          status: 'PLANNED',
          location: { coordinates: { lon: 126.978, lat: 37.566 } },
        },
      },
      { 'accept-language': 'ko' },
    );
    expect(res.data!.createFacility.facility).toBeNull();
    expect(res.data!.createFacility.userErrors).toEqual([
      {
        field: ['location', 'coordinates'],
        code: 'OUTSIDE_BOUNDS',
        message: expect.stringContaining('이 시스템이 다루는 지역(126.45,34.95 – 127.15,35.4'),
      },
    ]);
    expect(await codes('{ code: { eq: "T-S-SEOUL" } }')).toEqual([]);
  });
});
