import { expect } from 'vitest';
import type { TestApp } from '../../../test/harness.js';

export type UserErrors = { field: string[]; code: string; message: string }[];
export interface ZoneNode {
  id: string;
  code: string;
  version: number;
  kind: string;
  status: string;
  parent: { code: string } | null;
  children: { code: string }[];
  ancestors: { code: string }[];
  overlaps: { code: string }[];
  programs: { code: string }[];
  sources: { code: string }[];
  designation: {
    authority: { ko: string; en: string | null };
    instrumentNumber: string | null;
    designatedOn: string;
    designatedOnPrecision: string;
    expiresOn: string | null;
  } | null;
  area: { value: number; unit: string; squareMetres: number } | null;
  specialisations: { ko: string; en: string | null }[];
  geometry: unknown;
}

export const FIELDS = `id code version kind status parent { code } children { code } ancestors { code }
  overlaps { code } programs { code } sources { code }
  designation { authority { ko en } instrumentNumber designatedOn designatedOnPrecision expiresOn }
  area { value unit squareMetres } specialisations { ko en } geometry`;

export const CREATE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { ${FIELDS} } userErrors { field code message } } }`;
export const UPDATE = `mutation($input: UpdateZoneInput!) { updateZone(input: $input) { zone { ${FIELDS} } userErrors { field code message } } }`;
export const DELETE = `mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { deletedId userErrors { field code } } }`;
export type Written = { zone: ZoneNode | null; userErrors: UserErrors };

export const unknownId = (typename: string) =>
  Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64');
export const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ],
  ],
});

/** The zone mutations and queries the tests call, bound to one app. */
export function zoneClient(app: TestApp) {
  const create = async (input: Record<string, unknown>) =>
    (await app.gql<{ createZone: Written }>(CREATE, { input })).data!.createZone;
  const update = async (input: Record<string, unknown>) =>
    (await app.gql<{ updateZone: Written }>(UPDATE, { input })).data!.updateZone;
  const zone = async (id: string) =>
    (await app.gql<{ zone: ZoneNode }>(`query($id: ID!) { zone(id: $id) { ${FIELDS} } }`, { id })).data!.zone;
  const total = async () =>
    (await app.gql<{ zones: { totalCount: number } }>('{ zones { totalCount } }')).data!.zones.totalCount;
  const codes = async (filter: string, variables: Record<string, unknown> = {}, args = '') =>
    (
      await app.gql<{ zones: { nodes: { code: string }[] } }>(
        `query($id: ID) { zones(first: 100, filter: ${filter} ${args}) { nodes { code } } }`,
        variables,
      )
    ).data!.zones.nodes.map((n) => n.code);
  return { create, update, zone, total, codes };
}

/**
 * What both zone suites start from: an R&D zone and a free economic zone with four districts; the
 * first district overlaps the R&D zone and carries the AI program. Returns their global ids.
 */
export async function createFezFixture(app: TestApp) {
  const { create } = zoneClient(app);
  const ids: Record<string, string> = {};
  const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
    '{ programs(filter: { code: { eq: "AI-INDUSTRY" } }) { nodes { id sources { id } } } }',
  );
  const aiProgram = res.data!.programs.nodes[0]!.id;
  const source = res.data!.programs.nodes[0]!.sources[0]!.id;

  const rnd = await create({
    code: 'T-RND',
    name: { ko: '시험 연구개발특구', en: 'Test R&D special zone' },
    kind: 'RND_SPECIAL_ZONE',
    status: 'DESIGNATED',
  });
  ids.rnd = rnd.zone!.id;
  const fez = await create({
    code: 'T-FEZ',
    name: { ko: '시험 경제자유구역', en: 'Test free economic zone' },
    kind: 'ECONOMIC_FREE_ZONE',
    status: 'DESIGNATED',
    designation: {
      authority: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
      designatedOn: '2020-06-01',
      designatedOnPrecision: 'MONTH',
    },
    specialisations: [
      { ko: '미래차', en: 'Future cars' },
      { ko: '인공지능', en: 'AI' },
      { ko: '스마트에너지', en: 'Smart energy' },
    ],
    sourceIds: [source],
  });
  expect(fez.userErrors).toEqual([]);
  ids.fez = fez.zone!.id;
  for (const [i, name] of [
    '빛그린산단',
    '첨단3지구',
    '에너지밸리 일반산단',
    '에너지밸리 국가산단',
  ].entries()) {
    const district = await create({
      code: `T-FEZ-${i + 1}`,
      name: { ko: name },
      kind: 'FEZ_DISTRICT',
      status: 'UNDER_DEVELOPMENT',
      parentId: ids.fez,
      // The first district also sits inside the R&D zone and carries the AI program.
      ...(i === 0 ? { overlappingZoneIds: [ids.rnd], programIds: [aiProgram] } : {}),
    });
    expect(district.userErrors).toEqual([]);
    ids[`d${i + 1}`] = district.zone!.id;
  }
  return { ids, aiProgram, source };
}
