import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFixtures, type Fixtures } from './facility.test-fixtures.js';

type Page = { facilities: { totalCount: number; nodes: { code: string }[] } };

/** Finding facilities: the filter grammar, zone nesting, ordering and paging, and relations both ways. */
describe.each(databaseKinds)('querying facilities on $name', (kind) => {
  let app: TestApp;
  let fx: Fixtures;
  // Only the facilities made here: the seed may hold others.
  const codes = async (filter: string, variables: Record<string, unknown> = {}, extra = '') => {
    const declared = Object.keys(variables).map((name) => `$${name}: ID`);
    const res = await app.gql<Page>(
      `query${declared.length ? `(${declared.join(', ')})` : ''} { facilities(first: 100, ${extra} filter: { and: [{ code: { contains: "T-Q-" } }, ${filter}] }) {
        totalCount nodes { code } } }`,
      variables,
    );
    expect(res.errors).toBeUndefined();
    const page = res.data!.facilities;
    expect(page.totalCount).toBe(page.nodes.length);
    return page.nodes.map((n) => n.code);
  };

  beforeAll(async () => {
    app = await startTestApp(kind);
    fx = await createFixtures(app);
    const make = async (input: Record<string, unknown>) => {
      const res = await app.gql<{ createFacility: { userErrors: unknown[] } }>(
        'mutation($input: CreateFacilityInput!) { createFacility(input: $input) { userErrors { field code } } }',
        { input: { kind: 'PLANT', status: 'PLANNED', ...input } },
      );
      expect(res.data!.createFacility.userErrors).toEqual([]);
    };
    await make({ code: 'T-Q-REGION', name: { ko: '광역 시설' }, zoneId: fx.zones.region, kind: 'ARENA' });
    await make({
      code: 'T-Q-DISTRICT',
      name: { ko: '지구 데이터센터', en: 'District data centre' },
      zoneId: fx.zones.district,
      kind: 'DATA_CENTRE',
      operatorId: fx.operator,
      programIds: [fx.programs.ai],
    });
    await make({
      code: 'T-Q-BLOCK',
      name: { ko: '블록 공장', en: 'Block plant' },
      zoneId: fx.zones.block,
      status: 'OPERATING',
      operatorId: fx.operator,
      programIds: [fx.programs.ai, fx.programs.jobs],
    });
    await make({
      code: 'T-Q-ELSEWHERE',
      name: { ko: '다른 곳 돌봄센터', en: 'Childcare elsewhere' },
      zoneId: fx.zones.other,
      kind: 'CHILDCARE_CENTRE',
      status: 'OPERATING',
      operatorId: fx.otherOperator,
      programIds: [fx.programs.birth],
    });
    await make({ code: 'T-Q-NOWHERE', name: { ko: '미정 시설' } });
  });
  afterAll(() => app?.close());

  it('lists the facilities of a zone and of every zone below it with zoneWithin', async () => {
    expect(await codes('{ zoneWithin: $z }', { z: fx.zones.region })).toEqual([
      'T-Q-BLOCK',
      'T-Q-DISTRICT',
      'T-Q-REGION',
    ]);
    expect(await codes('{ zoneWithin: $z }', { z: fx.zones.district })).toEqual([
      'T-Q-BLOCK',
      'T-Q-DISTRICT',
    ]);
    expect(await codes('{ zoneWithin: $z }', { z: fx.zones.block })).toEqual(['T-Q-BLOCK']);
    expect(await codes('{ zone: { eq: $z } }', { z: fx.zones.region })).toEqual(['T-Q-REGION']);
    expect(await codes('{ zone: { isNull: true } }')).toEqual(['T-Q-NOWHERE']);
    expect(await codes('{ not: { zoneWithin: $z } }', { z: fx.zones.district })).toEqual([
      'T-Q-ELSEWHERE',
      'T-Q-NOWHERE',
      'T-Q-REGION',
    ]);
    const wrong = await app.gql('{ facilities(filter: { zoneWithin: "bm9wZQ==" }) { totalCount } }');
    expect(wrong.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('filters by search, kind, status, operator and program, and combines them', async () => {
    expect(await codes('{ search: "데이터센터" }')).toEqual(['T-Q-DISTRICT']);
    expect(await codes('{ search: "BLOCK plant" }')).toEqual(['T-Q-BLOCK']);
    expect(await codes('{ search: "q-elsewhere" }')).toEqual(['T-Q-ELSEWHERE']);
    expect(await codes('{ kind: { in: [ARENA, CHILDCARE_CENTRE] } }')).toEqual([
      'T-Q-ELSEWHERE',
      'T-Q-REGION',
    ]);
    expect(await codes('{ status: { eq: OPERATING } }')).toEqual(['T-Q-BLOCK', 'T-Q-ELSEWHERE']);
    expect(await codes('{ operator: { eq: $o } }', { o: fx.operator })).toEqual([
      'T-Q-BLOCK',
      'T-Q-DISTRICT',
    ]);
    expect(await codes('{ program: { eq: $p } }', { p: fx.programs.ai })).toEqual([
      'T-Q-BLOCK',
      'T-Q-DISTRICT',
    ]);
    // A facility in two of the asked programs is one row, counted once.
    expect(await codes(`{ program: { in: ["${fx.programs.ai}", "${fx.programs.jobs}"] } }`)).toEqual([
      'T-Q-BLOCK',
      'T-Q-DISTRICT',
    ]);
    expect(await codes('{ program: { isNull: true } }')).toEqual(['T-Q-NOWHERE', 'T-Q-REGION']);
    expect(
      await codes(
        '{ or: [{ status: { eq: OPERATING } }, { kind: { eq: ARENA } }], not: { operator: { eq: $o } } }',
        {
          o: fx.operator,
        },
      ),
    ).toEqual(['T-Q-ELSEWHERE', 'T-Q-REGION']);
  });

  it('orders by the asked fields with a stable tie-break and pages without overlap', async () => {
    const ordered = await codes('{}', {}, 'orderBy: [{ field: STATUS, direction: DESC }, { field: KIND }],');
    expect(ordered).toEqual(['T-Q-REGION', 'T-Q-DISTRICT', 'T-Q-NOWHERE', 'T-Q-ELSEWHERE', 'T-Q-BLOCK']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: {
        data?: {
          facilities: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
      } = await app.gql(
        `query($after: String) { facilities(first: 2, after: $after, orderBy: [{ field: NAME_EN, direction: DESC }],
            filter: { code: { contains: "T-Q-" } }) { nodes { code } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...res.data!.facilities.nodes.map((n) => n.code));
      if (!res.data!.facilities.pageInfo.hasNextPage) break;
      after = res.data!.facilities.pageInfo.endCursor;
    }
    // Names without English sort last either way; ties fall back to the id.
    expect(seen.slice(0, 3)).toEqual(['T-Q-DISTRICT', 'T-Q-ELSEWHERE', 'T-Q-BLOCK']);
    expect(new Set(seen).size).toBe(5);
  });

  it('answers the relations both ways: zone, operator, programs and their facilities', async () => {
    const res = await app.gql<{
      facilities: {
        nodes: {
          code: string;
          zone: { code: string } | null;
          operator: { code: string } | null;
          programs: { code: string }[];
        }[];
      };
      program: { facilities: { code: string }[] };
    }>(
      `query($p: ID!) {
        facilities(filter: { code: { eq: "T-Q-BLOCK" } }) { nodes { code zone { code } operator { code } programs { code } } }
        program(id: $p) { facilities { code } }
      }`,
      { p: fx.programs.ai },
    );
    expect(res.data!.facilities.nodes[0]).toEqual({
      code: 'T-Q-BLOCK',
      zone: { code: 'T-BLOCK' },
      operator: { code: 'T-OPERATOR' },
      programs: [{ code: 'AI-INDUSTRY' }, { code: 'GWANGJU-TYPE-JOBS' }],
    });
    expect(res.data!.program.facilities.map((f) => f.code)).toEqual(['T-Q-BLOCK', 'T-Q-DISTRICT']);

    const zone = await app.gql<{ node: { facilities: { code: string }[] } }>(
      'query($z: ID!) { node(id: $z) { ... on Zone { facilities { code } } } }',
      { z: fx.zones.district },
    );
    expect(zone.data!.node.facilities.map((f) => f.code)).toEqual(['T-Q-DISTRICT']);
    const operator = await app.gql<{ node: { operatedFacilities: { code: string }[] } }>(
      'query($o: ID!) { node(id: $o) { ... on Organisation { operatedFacilities { code } } } }',
      { o: fx.operator },
    );
    expect(operator.data!.node.operatedFacilities.map((f) => f.code)).toEqual(['T-Q-BLOCK', 'T-Q-DISTRICT']);
  });

  it('costs the same number of statements for one facility with its relations as for all of them', async () => {
    const query = `query($n: Int!) { facilities(first: $n, filter: { code: { contains: "T-Q-" } }) { nodes {
      code zone { code facilities { code } } operator { code operatedFacilities { code } }
      programs { code facilities { code } } sources { title } milestones { kind } statusFromMilestones } } }`;
    const cost = (n: number) =>
      app.countStatements(async () => {
        const res = await app.gql<{ facilities: { nodes: unknown[] } }>(query, { n });
        expect(res.data!.facilities.nodes).toHaveLength(n);
      });
    // Facilities 2 and 3 (by code) have every relation, so both pages run every batch.
    expect(await cost(2)).toBe(await cost(5));
  });
});
