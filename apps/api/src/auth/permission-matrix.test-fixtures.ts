import { expect } from 'vitest';
import type { TestApp } from '../../test/harness.js';

export type Visibility = 'PUBLIC' | 'INTERNAL';

/** The parents the matrix's records hang from: one public and one internal of each. */
export interface World {
  source: string;
  programs: Record<Visibility, string>;
  zones: Record<Visibility, string>;
  facilities: Record<Visibility, string>;
  organisations: Record<Visibility, string>;
}

/** One kind of record written through a RecordWriteSpec, as the matrix drives it. */
export interface EntityCase {
  typename: string;
  plural: string;
  single: string;
  /** A minimal valid new record; `tag` keeps codes unique, `visibility` picks its own or its parent's. */
  create(w: World, tag: string, visibility: Visibility): Record<string, unknown>;
  /** A harmless change; `n` makes each one different. */
  update(n: number): Record<string, unknown>;
}

const name = (tag: string) => ({ ko: `시험 ${tag}`, en: `Test ${tag}` });
let year = 2030;

export const ENTITY_CASES: EntityCase[] = [
  {
    typename: 'Program',
    plural: 'programs',
    single: 'program',
    create: (_w, tag, visibility) => ({
      code: `MX-PROGRAM-${tag}`,
      name: name(tag),
      summary: { ko: '권한 시험' },
      area: 'AI',
      status: 'PIPELINE',
      visibility,
    }),
    update: (n) => ({ progress: n }),
  },
  {
    typename: 'Organisation',
    plural: 'organisations',
    single: 'organisation',
    create: (_w, tag, visibility) => ({
      code: `MX-ORG-${tag}`,
      name: name(tag),
      kind: 'COMPANY',
      visibility,
    }),
    update: (n) => ({ description: { ko: `설명 ${n}` } }),
  },
  {
    typename: 'Zone',
    plural: 'zones',
    single: 'zone',
    create: (_w, tag, visibility) => ({
      code: `MX-ZONE-${tag}`,
      name: name(tag),
      kind: 'REGULATION_FREE_ZONE',
      status: 'DESIGNATED',
      visibility,
    }),
    update: (n) => ({ description: { ko: `설명 ${n}` } }),
  },
  {
    typename: 'Exemption',
    plural: 'exemptions',
    single: 'exemption',
    create: (w, _tag, visibility) => ({
      zoneId: w.zones[visibility],
      kind: 'DEMONSTRATION',
      law: { ko: '도로교통법' },
    }),
    update: (n) => ({ conditions: { ko: `조건 ${n}` } }),
  },
  {
    typename: 'Facility',
    plural: 'facilities',
    single: 'facility',
    create: (_w, tag, visibility) => ({
      code: `MX-FACILITY-${tag}`,
      name: name(tag),
      kind: 'ARENA',
      status: 'PLANNED',
      visibility,
    }),
    update: (n) => ({ description: { ko: `설명 ${n}` } }),
  },
  {
    typename: 'Milestone',
    plural: 'milestones',
    single: 'milestone',
    create: (w, _tag, visibility) => ({
      facilityId: w.facilities[visibility],
      kind: 'EVENT_HELD',
      plannedOn: '2030-01-15',
    }),
    update: (n) => ({ note: { ko: `메모 ${n}` } }),
  },
  {
    typename: 'Indicator',
    plural: 'indicators',
    single: 'indicator',
    create: (w, tag, visibility) => ({
      code: `MX-INDICATOR-${tag}`,
      name: name(tag),
      unit: 'COUNT',
      frequency: 'YEAR',
      aggregation: 'SUM',
      // Both about the public program: the internal one must still not show through program.indicators.
      subject: { type: 'PROGRAM', id: w.programs.PUBLIC },
      visibility,
    }),
    update: (n) => ({ description: { ko: `설명 ${n}` } }),
  },
  {
    typename: 'BenefitRule',
    plural: 'benefitRules',
    single: 'benefitRule',
    create: (w, tag, visibility) => {
      // Rules of one program must not overlap: each gets a year of its own.
      year += 1;
      return {
        programId: w.programs[visibility],
        name: name(tag),
        kind: 'LUMP_SUM',
        amount: 1_000_000,
        childOrders: ['FIRST'],
        effectiveFrom: `${year}-01-01`,
        effectiveTo: `${year}-12-31`,
      };
    },
    update: (n) => ({ name: { ko: `이름 ${n}` } }),
  },
  {
    typename: 'Source',
    plural: 'sources',
    single: 'source',
    // A source has no visibility of its own: an internal document is what a stranger may not see.
    create: (_w, tag, visibility) => ({
      code: `MX-SOURCE-${tag}`,
      title: `시험 출처 ${tag}`,
      kind: visibility === 'INTERNAL' ? 'INTERNAL' : 'PRESS',
    }),
    update: (n) => ({ note: `메모 ${n}` }),
  },
];

export const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/** Creates one record as an administrator and returns its global id. */
export async function createAs(
  gql: TestApp['gql'],
  c: EntityCase,
  input: Record<string, unknown>,
): Promise<{ id: string | null; code: string | null; userErrors: unknown[] }> {
  const field = lowerFirst(c.typename);
  const res = await gql<Record<string, { userErrors: unknown[] } & Record<string, { id: string } | null>>>(
    `mutation($input: Create${c.typename}Input!) { create${c.typename}(input: $input) { ${field} { id } userErrors { field code } } }`,
    { input },
  );
  const payload = res.data?.[`create${c.typename}`];
  const code = (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;
  return { id: payload?.[field]?.id ?? null, code, userErrors: payload?.userErrors ?? [] };
}

export const caseOf = (typename: string) => ENTITY_CASES.find((c) => c.typename === typename)!;

/** The parents, created as an administrator. */
export async function createWorld(app: TestApp): Promise<World> {
  const res = await app.gql<{ programs: { nodes: { sources: { id: string }[] }[] } }>(
    '{ programs(filter: { code: { eq: "AI-INDUSTRY" } }) { nodes { sources { id } } } }',
  );
  const source = res.data!.programs.nodes[0]!.sources[0]!.id;
  const world = { source, programs: {}, zones: {}, facilities: {}, organisations: {} } as World;
  const parents = [
    ['Program', 'programs'],
    ['Zone', 'zones'],
    ['Facility', 'facilities'],
    ['Organisation', 'organisations'],
  ] as const;
  for (const [typename, key] of parents) {
    for (const visibility of ['PUBLIC', 'INTERNAL'] as const) {
      const input = caseOf(typename).create(world, `PARENT-${visibility}`, visibility);
      const created = await createAs(app.gql, caseOf(typename), input);
      expect(created.userErrors).toEqual([]);
      world[key][visibility] = created.id!;
    }
  }
  return world;
}

/** The internal records that hang from public ones, for the nested-edge probes. */
export function nestedInputs(w: World) {
  return {
    Zone: { parentId: w.zones.PUBLIC },
    Facility: { zoneId: w.zones.PUBLIC },
    Organisation: { parentId: w.organisations.PUBLIC },
  } as Record<string, Record<string, unknown>>;
}
