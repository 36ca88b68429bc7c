import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { allSeedPrograms } from '../../db/seed/seed.js';

const FIELDS =
  'id code version name { ko en } area status progress plannedStart plannedEnd parent { code } children { code }';

interface ProgramNode {
  id: string;
  code: string;
  version: number;
  name: { ko: string; en: string | null };
  area: string;
  status: string;
  progress: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  parent: { code: string } | null;
  children: { code: string }[];
}
interface Page {
  programs: {
    totalCount: number;
    nodes: ProgramNode[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}
type UserErrors = { field: string[]; code: string; message: string }[];

describe.each(databaseKinds)('programs on $name', (kind) => {
  let app: TestApp;
  const byCode = async (code: string) => {
    const res = await app.gql<Page>(
      `query($c: String!) { programs(filter: { code: { eq: $c } }) { nodes { ${FIELDS} } } }`,
      {
        c: code,
      },
    );
    return res.data!.programs.nodes[0];
  };
  const total = async () => (await app.gql<Page>('{ programs { totalCount } }')).data!.programs.totalCount;

  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('holds every seeded program, cited to the article', async () => {
    expect(await total()).toBe(allSeedPrograms.length);
    const res = await app.gql<{
      programs: { nodes: { name: { ko: string }; sources: { title: string; publisher: string }[] }[] };
    }>(
      '{ programs(filter: { search: "광주형 일자리" }) { nodes { name { ko } sources { title publisher } } } }',
    );
    expect(res.data!.programs.nodes).toHaveLength(1);
    expect(res.data!.programs.nodes[0]!.sources[0]!.publisher).toContain('한국경제');
  });

  it('fetches one program by global id, and answers NOT_FOUND for an unknown one', async () => {
    const jobs = (await byCode('GWANGJU-TYPE-JOBS'))!;
    const one = await app.gql<{ program: ProgramNode }>(
      `query($id: ID!) { program(id: $id) { code name { en } } }`,
      { id: jobs.id },
    );
    expect(one.data!.program.code).toBe('GWANGJU-TYPE-JOBS');
    const node = await app.gql<{ node: { code: string } }>(
      `query($id: ID!) { node(id: $id) { ... on Program { code } } }`,
      {
        id: jobs.id,
      },
    );
    expect(node.data!.node.code).toBe('GWANGJU-TYPE-JOBS');

    const unknown = Buffer.from('Program:00000000-0000-4000-8000-000000000000').toString('base64');
    const missing = await app.gql(`query($id: ID!) { program(id: $id) { code } }`, { id: unknown });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const garbage = await app.gql(`{ program(id: "not-an-id") { code } }`);
    expect(garbage.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('nests programs: parent and children both ways', async () => {
    const ai = (await byCode('AI-INDUSTRY'))!;
    expect(ai.children.map((c) => c.code)).toContain('NATIONAL-AI-DATA-CENTRE');
    const dc = (await byCode('NATIONAL-AI-DATA-CENTRE'))!;
    expect(dc.parent?.code).toBe('AI-INDUSTRY');
    const roots = await app.gql<Page>(
      '{ programs(first: 100, filter: { parent: { isNull: true } }) { nodes { code parent { code } } } }',
    );
    expect(roots.data!.programs.nodes.every((n) => n.parent === null)).toBe(true);
    const under = await app.gql<Page>(
      `query($p: ID!) { programs(filter: { parent: { eq: $p } }) { totalCount } }`,
      { p: ai.id },
    );
    expect(under.data!.programs.totalCount).toBe(ai.children.length);
  });

  it('filters by area, status, Korean and English name, and combines with and/or/not', async () => {
    const q = async (filter: string) =>
      (
        await app.gql<Page>(
          `{ programs(first: 100, filter: ${filter}) { totalCount nodes { code area status name { ko en } } } }`,
        )
      ).data!.programs;
    const ai = await q('{ area: { eq: AI } }');
    expect(ai.totalCount).toBe(allSeedPrograms.filter((p) => p.area === 'AI').length);
    expect(ai.nodes.every((n) => n.area === 'AI')).toBe(true);

    const pipeline = await q('{ status: { in: [PIPELINE, CANCELLED] } }');
    expect(pipeline.nodes.map((n) => n.code).sort()).toEqual(
      allSeedPrograms
        .filter((p) => p.status === 'PIPELINE')
        .map((p) => p.code)
        .sort(),
    );

    expect((await q('{ search: "출생축하금" }')).nodes.map((n) => n.code)).toEqual([
      'BIRTH-CELEBRATION-GRANT',
    ]);
    expect((await q('{ search: "birth celebration" }')).nodes.map((n) => n.code)).toEqual([
      'BIRTH-CELEBRATION-GRANT',
    ]);
    // A user's % is a character, not a wildcard.
    expect((await q('{ search: "%" }')).totalCount).toBe(0);

    const either = await q('{ or: [{ area: { eq: ENERGY } }, { area: { eq: SPORTS } }] }');
    expect(new Set(either.nodes.map((n) => n.area))).toEqual(new Set(['ENERGY', 'SPORTS']));
    const notAi = await q('{ not: { area: { eq: AI } } }');
    expect(notAi.totalCount).toBe(allSeedPrograms.length - ai.totalCount);
    const both = await q('{ and: [{ area: { eq: AI } }, { status: { eq: PIPELINE } }] }');
    expect(both.nodes.map((n) => n.code).sort()).toEqual(['AI-DATA-INDUSTRY-AGENCY', 'AI-ECOSYSTEM-LAW']);

    const deep = await app.gql(
      '{ programs(filter: { not: { not: { not: { not: { not: { not: { area: { eq: AI } } } } } } } }) { totalCount } }',
    );
    expect(deep.errors![0]!.message).toMatch(/deeper than 5/);
  });

  it('orders by any listed field with a stable tie-break, and pages without overlap', async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: Page } = await app.gql<Page>(
        `query($after: String) { programs(first: 7, after: $after, orderBy: [{ field: AREA }, { field: NAME_KO, direction: DESC }]) {
          nodes { code area name { ko } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page = res.data!.programs;
      all.push(...page.nodes.map((n) => `${n.area}|${n.name.ko}|${n.code}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all).toHaveLength(allSeedPrograms.length);
    expect(new Set(all).size).toBe(all.length);
    const areas = all.map((row) => row.split('|')[0]!);
    expect(areas).toEqual([...areas].sort());

    const third = await app.gql<Page>('{ programs(first: 5, offset: 10) { nodes { code } } }');
    const direct = await app.gql<Page>('{ programs(first: 15) { nodes { code } } }');
    expect(third.data!.programs.nodes.map((n) => n.code)).toEqual(
      direct.data!.programs.nodes.slice(10).map((n) => n.code),
    );

    const badCursor = await app.gql('{ programs(first: 2, after: "garbage") { totalCount } }');
    expect(badCursor.errors![0]).toMatchObject({
      message: 'after: "garbage" is not a cursor from this connection',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const tooMany = await app.gql('{ programs(first: 101) { totalCount } }');
    expect(tooMany.errors![0]!.message).toMatch(/first must be between 0 and 100/);
    // A page of 10,000 is refused before it runs, by the query cost limit.
    const far = await app.gql('{ programs(first: 10000) { totalCount } }');
    expect(far.status).toBe(400);
    expect(far.errors![0]!.message).toMatch(/cost limit/i);
  });

  it('creates a program and refuses each kind of bad input without writing', async () => {
    const create = `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
      program { ${FIELDS} } userErrors { field code message } } }`;
    const parent = (await byCode('AI-INDUSTRY'))!;
    const valid = {
      code: 'AI-TEST-BED',
      name: { ko: 'AI 실증 테스트베드', en: 'AI test bed' },
      summary: { ko: '실증 지원' },
      area: 'AI',
      status: 'PIPELINE',
      plannedStart: '2022-01-01',
      plannedEnd: '2024-12-31',
      parentId: parent.id,
      progress: 12.5,
    };
    const before = await total();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ name: { ko: '   ' } }, 'name.ko', 'BLANK'],
      [{ plannedEnd: '2021-01-01' }, 'plannedEnd', 'END_BEFORE_START'],
      [{ progress: 140 }, 'progress', 'TOO_LARGE'],
      [{ code: 'GWANGJU-TYPE-JOBS' }, 'code', 'DUPLICATE'],
      [{ code: 'lower case' }, 'code', 'INVALID_FORMAT'],
      [
        { parentId: Buffer.from('Program:00000000-0000-4000-8000-000000000000').toString('base64') },
        'parentId',
        'NOT_FOUND',
      ],
    ];
    for (const [change, field, code] of bad) {
      const res = await app.gql<{ createProgram: { program: null; userErrors: UserErrors } }>(create, {
        input: { ...valid, ...change },
      });
      expect(res.data!.createProgram.program).toBeNull();
      expect(res.data!.createProgram.userErrors).toContainEqual(
        expect.objectContaining({ field: field.split('.'), code }),
      );
    }
    // An unknown area is not even a well-typed request: GraphQL names the value and the enum.
    const unknownArea = await app.gql(create, { input: { ...valid, area: 'MINING' } });
    expect(unknownArea.status).toBe(400);
    expect(unknownArea.errors![0]!.message).toMatch(/MINING.*ProgramArea/);
    expect(await total()).toBe(before);

    const ok = await app.gql<{ createProgram: { program: ProgramNode; userErrors: UserErrors } }>(create, {
      input: valid,
    });
    expect(ok.data!.createProgram.userErrors).toEqual([]);
    expect(ok.data!.createProgram.program).toMatchObject({
      code: 'AI-TEST-BED',
      progress: 12.5,
      version: 1,
      parent: { code: 'AI-INDUSTRY' },
      plannedEnd: '2024-12-31',
    });
    expect(await total()).toBe(before + 1);
  });

  it('answers in Korean by default and in English when asked', async () => {
    const create = `mutation { createProgram(input: { code: "X-1", name: { ko: "" }, summary: { ko: "s" }, area: AI, status: PIPELINE }) {
      userErrors { message } } }`;
    const ko = await app.gql<{ createProgram: { userErrors: UserErrors } }>(create);
    expect(ko.data!.createProgram.userErrors[0]!.message).toBe('이름(한국어)은(는) 필수 항목입니다.');
    const en = await app.gql<{ createProgram: { userErrors: UserErrors } }>(
      create,
      {},
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(en.data!.createProgram.userErrors[0]!.message).toBe('Name (Korean) is required.');
  });

  it('updates: merges a patch, clears with null, refuses cycles and stale versions', async () => {
    const update = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) {
      program { ${FIELDS} } userErrors { field code message } } }`;
    type Res = { updateProgram: { program: ProgramNode | null; userErrors: UserErrors } };
    const ai = (await byCode('AI-INDUSTRY'))!;
    const dc = (await byCode('NATIONAL-AI-DATA-CENTRE'))!;

    const moved = await app.gql<Res>(update, { input: { id: ai.id, version: ai.version, parentId: dc.id } });
    expect(moved.data!.updateProgram.userErrors).toEqual([
      expect.objectContaining({ field: ['parentId'], code: 'CYCLE' }),
    ]);
    const self = await app.gql<Res>(update, { input: { id: ai.id, parentId: ai.id } });
    expect(self.data!.updateProgram.userErrors[0]!.code).toBe('SELF_REFERENCE');
    expect((await byCode('AI-INDUSTRY'))!.parent).toBeNull();

    const patched = await app.gql<Res>(update, {
      input: {
        id: dc.id,
        version: dc.version,
        progress: 40,
        name: { ko: dc.name.ko, en: 'National AI Data Center' },
      },
    });
    expect(patched.data!.updateProgram.program).toMatchObject({
      progress: 40,
      name: { ko: dc.name.ko, en: 'National AI Data Center' },
      status: dc.status,
      version: dc.version + 1,
      parent: { code: 'AI-INDUSTRY' },
    });

    const stale = await app.gql<Res>(update, { input: { id: dc.id, version: dc.version, progress: 41 } });
    expect(stale.data!.updateProgram.userErrors).toEqual([
      expect.objectContaining({ field: ['version'], code: 'STALE_VERSION' }),
    ]);
    expect(stale.data!.updateProgram.userErrors[0]!.message).toContain(String(dc.version + 1));
    expect((await byCode('NATIONAL-AI-DATA-CENTRE'))!.progress).toBe(40);

    // End before the stored start: validated on the record as it would become.
    const withStart = await app.gql<Res>(update, { input: { id: dc.id, plannedStart: '2021-02-01' } });
    expect(withStart.data!.updateProgram.userErrors).toEqual([]);
    const early = await app.gql<Res>(update, { input: { id: dc.id, plannedEnd: '2020-12-31' } });
    expect(early.data!.updateProgram.userErrors[0]).toMatchObject({
      field: ['plannedEnd'],
      code: 'END_BEFORE_START',
    });

    const cleared = await app.gql<Res>(update, { input: { id: dc.id, parentId: null, plannedStart: null } });
    expect(cleared.data!.updateProgram.program).toMatchObject({ parent: null, plannedStart: null });
  });

  it('lets exactly one of two racing updates of the same version win', async () => {
    const target = (await byCode('HONAM-RE300'))!;
    const update = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { progress } userErrors { code } } }`;
    type Res = { updateProgram: { program: { progress: number } | null; userErrors: { code: string }[] } };
    const results = await Promise.all(
      [10, 20].map((progress) =>
        app.gql<Res>(update, { input: { id: target.id, version: target.version, progress } }),
      ),
    );
    const winners = results.filter((r) => r.data!.updateProgram.userErrors.length === 0);
    const losers = results.filter((r) => r.data!.updateProgram.userErrors[0]?.code === 'STALE_VERSION');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect((await byCode('HONAM-RE300'))!.progress).toBe(winners[0]!.data!.updateProgram.program!.progress);
  });

  it('deletes a leaf, refuses a parent with children, and reports unknown ids', async () => {
    const del = `mutation($input: DeleteProgramInput!) { deleteProgram(input: $input) { deletedId userErrors { field code } } }`;
    type Res = {
      deleteProgram: { deletedId: string | null; userErrors: { field: string[]; code: string }[] };
    };
    const parent = (await byCode('MOM-FRIENDLY-GWANGJU'))!;
    const refused = await app.gql<Res>(del, { input: { id: parent.id } });
    expect(refused.data!.deleteProgram.userErrors[0]!.code).toBe('HAS_CHILDREN');
    // The birth grant carries benefit rules (seeded): deleting it would lose them silently.
    const grant = (await byCode('BIRTH-CELEBRATION-GRANT'))!;
    const inUse = await app.gql<Res>(del, { input: { id: grant.id } });
    expect(inUse.data!.deleteProgram.userErrors[0]!.code).toBe('IN_USE');
    expect(await byCode('BIRTH-CELEBRATION-GRANT')).toBeDefined();

    const leaf = (await byCode('GWANGJU-AIKIUM'))!;
    const stale = await app.gql<Res>(del, { input: { id: leaf.id, version: leaf.version + 1 } });
    expect(stale.data!.deleteProgram.userErrors[0]!.code).toBe('STALE_VERSION');
    const before = await total();
    const done = await app.gql<Res>(del, { input: { id: leaf.id, version: leaf.version } });
    expect(done.data!.deleteProgram).toEqual({ deletedId: leaf.id, userErrors: [] });
    expect(await total()).toBe(before - 1);
    const again = await app.gql<Res>(del, { input: { id: leaf.id } });
    expect(again.data!.deleteProgram.userErrors[0]!.code).toBe('NOT_FOUND');
  });
});
