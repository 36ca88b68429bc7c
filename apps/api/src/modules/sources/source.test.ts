import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ARTICLE_SOURCE } from '../../db/seed/sources.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface SourceNode {
  id: string;
  code: string;
  kind: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  retrievedOn: string | null;
  note: string | null;
  version: number;
}
type Written = { source: SourceNode | null; userErrors: UserErrors };

const FIELDS = 'id code kind title publisher author url publishedOn retrievedOn note version';
const CREATE = `mutation($input: CreateSourceInput!) { createSource(input: $input) {
  source { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateSourceInput!) { updateSource(input: $input) {
  source { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteSourceInput!) { deleteSource(input: $input) {
  deletedId userErrors { field code message } } }`;
const KO = { 'accept-language': 'ko' };
const EN = { 'accept-language': 'en' };

const births = {
  code: 'TSRC-KOSIS-2021-BIRTHS',
  kind: 'OFFICIAL_STATISTICS',
  title: '2021년 5월 인구동향',
  publisher: '통계청',
  url: 'https://kosis.kr/statHtml/statHtml.do?orgId=101',
  publishedOn: '2021-07-28',
  retrievedOn: '2021-08-02',
};

describe.each(databaseKinds)('sources on $name', (kind) => {
  let app: TestApp;
  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ createSource: Written }>(CREATE, { input }, headers)).data!.createSource;
  const update = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ updateSource: Written }>(UPDATE, { input }, headers)).data!.updateSource;
  const remove = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (
      await app.gql<{ deleteSource: { deletedId: string | null; userErrors: UserErrors } }>(
        DELETE,
        { input },
        headers,
      )
    ).data!.deleteSource;
  const one = async (id: string) =>
    (await app.gql<{ source: SourceNode }>(`query($id: ID!) { source(id: $id) { ${FIELDS} } }`, { id })).data!
      .source;
  const total = async () =>
    (await app.gql<{ sources: { totalCount: number } }>('{ sources { totalCount } }')).data!.sources
      .totalCount;
  const codes = async (args: string, as: TestApp['gql'] = app.gql) =>
    (
      await as<{ sources: { nodes: { code: string }[] } }>(
        `{ sources(first: 100, ${args}) { nodes { code } } }`,
      )
    ).data!.sources.nodes.map((n) => n.code);
  const auditCount = async () =>
    (
      await app.gql<{ auditEvents: { totalCount: number } }>(
        '{ auditEvents(filter: { entityType: "Source" }) { totalCount } }',
      )
    ).data!.auditEvents.totalCount;
  let birthsId: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const created = await create(births);
    expect(created.userErrors).toEqual([]);
    birthsId = created.source!.id;
    for (const [code, title, kindOf, publishedOn] of [
      ['TSRC-PRESS-GGM', '광주형 일자리 캐스퍼 첫 차 출고', 'PRESS', '2021-09-15'],
      ['TSRC-INTERNAL-MEMO', '출산장려금 내부 검토 자료', 'INTERNAL', null],
    ] as const) {
      expect((await create({ code, title, kind: kindOf, publishedOn })).userErrors).toEqual([]);
    }
  });
  afterAll(() => app?.close());

  it('creates a source with every field and reads it back by id and as a node', async () => {
    expect(await one(birthsId)).toEqual({
      id: birthsId,
      ...births,
      author: null,
      note: null,
      version: 1,
    });
    const node = await app.gql<{ node: { title: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Source { title } } }',
      { id: birthsId },
    );
    expect(node.data!.node.title).toBe('2021년 5월 인구동향');
  });

  it('finds sources by a word of the title, by kind and by code, and orders the most recent first', async () => {
    expect(await codes('filter: { search: "인구동향" }')).toEqual(['TSRC-KOSIS-2021-BIRTHS']);
    expect(await codes('filter: { title: { contains: "캐스퍼" } }')).toEqual(['TSRC-PRESS-GGM']);
    expect(await codes('filter: { kind: { eq: INTERNAL } }')).toEqual(['TSRC-INTERNAL-MEMO']);
    expect(await codes('filter: { code: { eq: "TSRC-PRESS-GGM" } }')).toEqual(['TSRC-PRESS-GGM']);
    expect(
      await codes('filter: { search: "TSRC-" }, orderBy: [{ field: PUBLISHED_ON, direction: DESC }]'),
    ).toEqual(['TSRC-PRESS-GGM', 'TSRC-KOSIS-2021-BIRTHS', 'TSRC-INTERNAL-MEMO']);
    expect((await codes('orderBy: [{ field: CREATED_AT, direction: DESC }]')).slice(0, 3)).toEqual([
      'TSRC-INTERNAL-MEMO',
      'TSRC-PRESS-GGM',
      'TSRC-KOSIS-2021-BIRTHS',
    ]);
    const paged = await app.gql<{
      sources: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(
      '{ sources(first: 1, filter: { search: "TSRC-" }) { totalCount nodes { code } pageInfo { hasNextPage } } }',
    );
    expect(paged.data!.sources).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  });

  it('shows a caller who has not signed in every source but internal documents; a viewer sees them all', async () => {
    const anonymous = app.as('ANONYMOUS').gql;
    expect(await codes('filter: { search: "TSRC-" }', anonymous)).toEqual([
      'TSRC-KOSIS-2021-BIRTHS',
      'TSRC-PRESS-GGM',
    ]);
    expect(await codes('filter: { search: "TSRC-" }', app.as('VIEWER').gql)).toHaveLength(3);
  });

  it('refuses a blank title, a bad address, a bad code and a reading before publication, in Korean, creating nothing', async () => {
    const before = await total();
    const audited = await auditCount();
    const refused = await create(
      {
        code: 'kosis 2021',
        kind: 'PRESS',
        title: '   ',
        url: 'javascript:alert(1)',
        publishedOn: '2021-07-28',
        retrievedOn: '2021-07-01',
      },
      KO,
    );
    expect(refused.source).toBeNull();
    expect(refused.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual(
      expect.arrayContaining([
        ['code', 'INVALID_FORMAT'],
        ['title', 'BLANK'],
        ['url', 'INVALID_FORMAT'],
        ['retrievedOn', 'END_BEFORE_START'],
      ]),
    );
    const url = refused.userErrors.find((e) => e.field[0] === 'url')!;
    expect(url.message).toBe('주소(URL)의 형식이 올바르지 않습니다. 예: https://www.hankyung.com/article/…');
    const title = (await create({ ...births, code: 'T-BLANK', title: '' }, EN)).userErrors;
    expect(title).toEqual([{ field: ['title'], code: 'REQUIRED', message: 'Title is required.' }]);
    expect(await total()).toBe(before);
    expect(await auditCount()).toBe(audited);
  });

  it('refuses a code already in use, naming it', async () => {
    const before = await total();
    const dup = await create({ ...births, title: '다른 제목' }, KO);
    expect(dup.userErrors).toEqual([
      {
        field: ['code'],
        code: 'DUPLICATE',
        message: '코드 "TSRC-KOSIS-2021-BIRTHS"은(는) 이미 사용 중입니다.',
      },
    ]);
    expect(await total()).toBe(before);
  });

  it('updates what is sent, keeps the rest, clears what is sent as null, and is audited', async () => {
    const audited = await auditCount();
    const { source, userErrors } = await update({
      id: birthsId,
      version: 1,
      author: '인구동향과',
      url: null,
    });
    expect(userErrors).toEqual([]);
    expect(source).toMatchObject({ title: births.title, author: '인구동향과', url: null, version: 2 });
    expect(await auditCount()).toBe(audited + 1);
    const history = await app.gql<{
      source: { history: { action: string; changes: { field: string }[] }[] };
    }>('query($id: ID!) { source(id: $id) { history { action changes { field } } } }', { id: birthsId });
    expect(history.data!.source.history.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(history.data!.source.history[0]!.changes.map((c) => c.field).sort()).toEqual(['author', 'url']);
  });

  it('refuses a stale version and a patch that breaks a rule, changing nothing', async () => {
    const stored = await one(birthsId);
    const stale = await update({ id: birthsId, version: stored.version - 1, title: '옛 제목' }, KO);
    expect(stale.userErrors).toEqual([
      { field: ['version'], code: 'STALE_VERSION', message: expect.stringContaining(String(stored.version)) },
    ]);
    const bad = await update({
      id: birthsId,
      version: stored.version,
      retrievedOn: '2021-01-01',
      url: 'ftp://x',
    });
    expect(bad.userErrors.map((e) => e.field[0]).sort()).toEqual(['retrievedOn', 'url']);
    const taken = await update({ id: birthsId, code: 'TSRC-PRESS-GGM' });
    expect(taken.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(await one(birthsId)).toEqual(stored);
  });

  it('will not delete a source a record cites, naming what cites it; deletes one nobody cites', async () => {
    const { sources } = (
      await app.gql<{ sources: { nodes: { id: string; usedBy: { type: string; count: number }[] }[] } }>(
        `{ sources(filter: { code: { eq: "${ARTICLE_SOURCE}" } }) { nodes { id usedBy { type count } } } }`,
      )
    ).data!;
    const article = sources.nodes[0]!;
    expect(article.usedBy.map((u) => u.type)).toEqual(
      expect.arrayContaining(['Program', 'Organisation', 'Zone', 'Facility', 'Observation']),
    );
    const refused = await remove({ id: article.id }, KO);
    expect(refused.deletedId).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['id'], code: 'IN_USE', message: expect.stringContaining('Program') },
    ]);
    expect((await one(article.id)).code).toBe(ARTICLE_SOURCE);

    const memo = (await codes('filter: { code: { eq: "TSRC-INTERNAL-MEMO" } }'))[0];
    expect(memo).toBe('TSRC-INTERNAL-MEMO');
    const { nodes } = (
      await app.gql<{ sources: { nodes: { id: string; version: number; usedBy: unknown[] }[] } }>(
        '{ sources(filter: { code: { eq: "TSRC-INTERNAL-MEMO" } }) { nodes { id version usedBy { type } } } }',
      )
    ).data!.sources;
    expect(nodes[0]!.usedBy).toEqual([]);
    const stale = await remove({ id: nodes[0]!.id, version: nodes[0]!.version + 1 });
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const before = await total();
    const deleted = await remove({ id: nodes[0]!.id, version: nodes[0]!.version });
    expect(deleted).toEqual({ deletedId: nodes[0]!.id, userErrors: [] });
    expect(await total()).toBe(before - 1);
    const history = await app.gql<{ auditEvents: { nodes: { action: string }[] } }>(
      'query($id: ID!) { auditEvents(filter: { entity: $id }) { nodes { action } } }',
      { id: nodes[0]!.id },
    );
    expect(history.data!.auditEvents.nodes.map((e) => e.action)).toEqual(['DELETE', 'CREATE']);
  });

  it('counts, for a caller who has not signed in, only the public records that cite a source', async () => {
    const cited = await create({ code: 'T-CITED', title: '내부 사업 근거', kind: 'PRESS' });
    const program = await app.gql<{ createProgram: { userErrors: unknown[] } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { userErrors { message } } }`,
      {
        input: {
          code: 'T-INTERNAL-PROGRAM',
          name: { ko: '내부 시험 사업' },
          summary: { ko: '출처 시험용' },
          area: 'AI',
          status: 'PIPELINE',
          visibility: 'INTERNAL',
          sourceIds: [cited.source!.id],
        },
      },
    );
    expect(program.data!.createProgram.userErrors).toEqual([]);
    const query = 'query($id: ID!) { source(id: $id) { usedBy { type count } } }';
    const id = cited.source!.id;
    expect((await app.gql<{ source: { usedBy: unknown[] } }>(query, { id })).data!.source.usedBy).toEqual([
      { type: 'Program', count: 1 },
    ]);
    expect(
      (await app.as('ANONYMOUS').gql<{ source: { usedBy: unknown[] } }>(query, { id })).data!.source.usedBy,
    ).toEqual([]);
    expect((await remove({ id })).userErrors.map((e) => e.code)).toEqual(['IN_USE']);
  });

  it('lets a viewer read but not write, and a caller who has not signed in neither write nor see internal ones', async () => {
    const before = await total();
    const stored = await one(birthsId);
    const viewer = app.as('VIEWER').gql;
    const asViewer = await viewer(CREATE, { input: { ...births, code: 'T-VIEWER' } });
    expect(asViewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const viewerUpdate = await viewer(UPDATE, { input: { id: birthsId, title: '열람자' } });
    expect(viewerUpdate.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const viewerDelete = await viewer(DELETE, { input: { id: birthsId } });
    expect(viewerDelete.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await app.as('ANONYMOUS').gql(CREATE, { input: { ...births, code: 'T-ANON' } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await total()).toBe(before);
    expect(await one(birthsId)).toEqual(stored);
    expect(
      (
        await viewer<{ source: { code: string } }>(`query($id: ID!) { source(id: $id) { code } }`, {
          id: birthsId,
        })
      ).data!.source.code,
    ).toBe(births.code);
  });
});
