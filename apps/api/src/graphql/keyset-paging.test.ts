import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
interface Connection {
  nodes: { id: string }[];
  edges: { cursor: string }[];
  pageInfo: PageInfo;
}
interface Answer {
  status: number;
  data?: Record<string, Connection>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const PAGE = 'nodes { id } edges { cursor } pageInfo { startCursor endCursor hasNextPage hasPreviousPage }';

/** base64url JSON, as the connection's cursors are written. */
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

describe.each(databaseKinds)('keyset paging on $name', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  /** One page; `args` is GraphQL argument text such as `first: 2, orderBy: [{ field: STATUS }]`. */
  const page = async (field: string, args: string, vars: { after?: string; before?: string } = {}) => {
    const res = (await app.gql(
      `query($after: String, $before: String) { ${field}(${args}, after: $after, before: $before) { ${PAGE} } }`,
      vars,
    )) as Answer;
    expect(res.errors).toBeUndefined();
    return res.data![field]!;
  };

  /** The whole list by LIMIT/OFFSET (page-number paging), to hold the cursor walks against. */
  const everything = async (field: string, order: string) => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const res = await page(field, `first: 100, offset: ${offset} ${order}`);
      ids.push(...res.nodes.map((n) => n.id));
      if (!res.pageInfo.hasNextPage) return ids;
    }
  };

  const walkForward = async (field: string, order: string, size: number) => {
    const ids: string[] = [];
    let after: string | undefined;
    for (let n = 0; ; n++) {
      const res = await page(field, `first: ${size} ${order}`, { after });
      expect(res.pageInfo.hasPreviousPage).toBe(n > 0);
      expect(res.edges.map((e) => e.cursor)).toEqual(
        res.nodes.length ? expect.arrayContaining([res.pageInfo.startCursor, res.pageInfo.endCursor]) : [],
      );
      ids.push(...res.nodes.map((node) => node.id));
      if (!res.pageInfo.hasNextPage) return ids;
      expect(res.nodes).toHaveLength(size);
      after = res.pageInfo.endCursor!;
    }
  };

  const walkBackward = async (field: string, order: string, size: number) => {
    const ids: string[] = [];
    let before: string | undefined;
    for (let n = 0; ; n++) {
      const res = await page(field, `last: ${size} ${order}`, { before });
      expect(res.pageInfo.hasNextPage).toBe(n > 0);
      ids.unshift(...res.nodes.map((node) => node.id));
      if (!res.pageInfo.hasPreviousPage) return ids;
      expect(res.nodes).toHaveLength(size);
      before = res.pageInfo.startCursor!;
    }
  };

  const expectWalks = async (field: string, order: string) => {
    const all = await everything(field, order);
    expect(all.length).toBeGreaterThan(4);
    expect(new Set(all).size).toBe(all.length);
    expect(await walkForward(field, order, 2)).toEqual(all);
    expect(await walkBackward(field, order, 2)).toEqual(all);
  };

  it('walks programs forward and backward, two at a time, under orderings with ties', async () => {
    // Many programs share a status or an area: only the id tie-break keeps the seek exact.
    await expectWalks('programs', ', orderBy: [{ field: STATUS }]');
    await expectWalks('programs', ', orderBy: [{ field: AREA, direction: DESC }, { field: STATUS }]');
    await expectWalks('programs', ', orderBy: [{ field: CREATED_AT, direction: DESC }]');
    await expectWalks('programs', '');
  });

  it('walks facilities forward and backward, two at a time, under orderings with ties', async () => {
    await expectWalks('facilities', ', orderBy: [{ field: STATUS }]');
    await expectWalks('facilities', ', orderBy: [{ field: STATUS, direction: DESC }, { field: KIND }]');
    await expectWalks('facilities', ', orderBy: [{ field: UPDATED_AT }]');
    await expectWalks('facilities', '');
  });

  it('walks orderings on optional columns by offset, with cursors of their own', async () => {
    // NAME_EN may be empty: MikroORM's cursor cannot seek past NULL, so this ordering pages by OFFSET.
    await expectWalks('programs', ', orderBy: [{ field: NAME_EN, direction: DESC }]');
    await expectWalks('facilities', ', orderBy: [{ field: NAME_EN }]');
    const byName = await page('programs', 'first: 2, orderBy: [{ field: NAME_EN }]');
    const byCode = await page('programs', 'first: 2');
    const refused = (await app.gql('query($c: String) { programs(first: 2, after: $c) { totalCount } }', {
      c: byName.pageInfo.endCursor,
    })) as Answer;
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    const back = (await app.gql(
      'query($c: String) { programs(first: 2, after: $c, orderBy: [{ field: NAME_EN }]) { totalCount } }',
      { c: byCode.pageInfo.endCursor },
    )) as Answer;
    expect(back.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('walks every connection forward by its default order', async () => {
    for (const field of [
      'indicators',
      'organisations',
      'zones',
      'exemptions',
      'benefitRules',
      'milestones',
      'observations',
      'targets',
      'users',
      'auditEvents',
    ]) {
      const all = await everything(field, '');
      expect(await walkForward(field, '', 25), field).toEqual(all);
    }
  });

  it('neither repeats nor skips a row when one is written before the page between two requests', async () => {
    const before = await page('programs', 'first: 9');
    const first = await page('programs', 'first: 3');
    expect(first.nodes).toEqual(before.nodes.slice(0, 3));

    // Sorts before every seeded code, so it lands on the page the client has already read.
    const created = await app.gql<{
      createProgram: { program: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }`,
      {
        input: {
          code: 'AAA-KEYSET-PROBE',
          name: { ko: '커서 시험 사업' },
          summary: { ko: '페이지 넘김 시험' },
          area: 'AI',
          status: 'PIPELINE',
        },
      },
    );
    const probe = created.data!.createProgram.program!.id;

    const next = await page('programs', 'first: 3', { after: first.pageInfo.endCursor! });
    expect(next.nodes).toEqual(before.nodes.slice(3, 6));
    // By offset the same step would have shown the last row of the first page again.
    const byOffset = await page('programs', 'first: 3, offset: 3');
    expect(byOffset.nodes[0]).toEqual(before.nodes[2]);
    // Walking back from the second page finds the page the client read, and the new row before it.
    const previous = await page('programs', 'last: 3', { before: next.pageInfo.startCursor! });
    expect(previous.nodes).toEqual(before.nodes.slice(0, 3));
    expect(previous.pageInfo.hasPreviousPage).toBe(true);
    const start = await page('programs', 'last: 3', { before: previous.pageInfo.startCursor! });
    expect(start.nodes.map((n) => n.id)).toEqual([probe]);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('keeps offset for page-number screens, and its cursors walk on by keyset', async () => {
    const all = await everything('programs', '');
    const third = await page('programs', 'first: 4, offset: 8');
    expect(third.nodes.map((n) => n.id)).toEqual(all.slice(8, 12));
    expect(third.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const onward = await page('programs', 'first: 4', { after: third.pageInfo.endCursor! });
    expect(onward.nodes.map((n) => n.id)).toEqual(all.slice(12, 16));
    const backward = await page('programs', 'last: 3', { before: third.pageInfo.startCursor! });
    expect(backward.nodes.map((n) => n.id)).toEqual(all.slice(5, 8));

    // Both sizes: the last two of the first five, as Relay defines it.
    const both = await page('programs', 'first: 5, last: 2');
    expect(both.nodes.map((n) => n.id)).toEqual(all.slice(3, 5));
    expect(both.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    // `last` alone is the end of the list, on a keyset ordering and on an offset one alike.
    expect((await page('programs', 'last: 2')).nodes.map((n) => n.id)).toEqual(all.slice(-2));
    const byName = await everything('programs', ', orderBy: [{ field: NAME_EN }]');
    expect((await page('programs', 'last: 2, orderBy: [{ field: NAME_EN }]')).nodes.map((n) => n.id)).toEqual(
      byName.slice(-2),
    );
  });

  it('refuses cursors it did not make, and sizes beyond the limit, as bad input', async () => {
    const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = (await app.gql(query, variables)) as Answer;
      expect(res.data?.programs ?? null).toBeNull();
      return res.errors![0]!;
    };
    expect(await refusal('{ programs(first: 2, after: "xyz") { totalCount } }')).toMatchObject({
      message: 'after: "xyz" is not a cursor from this connection',
      // Where in the document, and which field: a client's developer finds the mistake from these.
      locations: [{ line: 1, column: 3 }],
      path: ['programs'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(await refusal('{ programs(last: 2, before: "xyz") { totalCount } }')).toMatchObject({
      message: 'before: "xyz" is not a cursor from this connection',
      extensions: { code: 'BAD_USER_INPUT', argument: 'before' },
    });

    const byCode = await page('programs', 'first: 2');
    const cursor = byCode.pageInfo.endCursor!;
    const askWith = (args: string, c: string) =>
      refusal(`query($c: String) { programs(first: 2, after: $c${args}) { totalCount } }`, { c });
    const notOurs = (c: string) => ({
      message: `after: "${c}" is not a cursor from this connection`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    // Made under another orderBy, with as many values as this one has: refused, not misread.
    expect(await askWith(', orderBy: [{ field: STATUS }]', cursor)).toMatchObject(notOurs(cursor));
    expect(await askWith(', orderBy: [{ field: CODE, direction: DESC }]', cursor)).toMatchObject(
      notOurs(cursor),
    );
    // Another connection's cursor, an old offset cursor, and a forged one whose id is no id.
    const facility = (await page('facilities', 'first: 2')).pageInfo.endCursor!;
    expect(await askWith('', facility)).toMatchObject(notOurs(facility));
    const offsetCursor = Buffer.from('arrayconnection:3').toString('base64');
    expect(await askWith('', offsetCursor)).toMatchObject(notOurs(offsetCursor));
    const [ordering, position] = decode(cursor) as [string, string];
    const values = decode(position) as unknown[];
    const forged = encode([ordering, encode([values[0], 'not-a-uuid'])]);
    expect(await askWith('', forged)).toMatchObject(notOurs(forged));
    const tooShort = encode([ordering, encode([values[0]])]);
    expect(await askWith('', tooShort)).toMatchObject(notOurs(tooShort));
    const offsetInKeyset = encode([ordering, 3]);
    expect(await askWith('', offsetInKeyset)).toMatchObject(notOurs(offsetInKeyset));

    expect(await refusal('{ programs(first: 101) { totalCount } }')).toMatchObject({
      message: 'first must be between 0 and 100; got 101',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    expect(await refusal('{ programs(last: -1) { totalCount } }')).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'last' },
    });
    // A page of 10,000 never runs: the query cost limit refuses it first.
    const far = (await app.gql('{ programs(first: 10000) { totalCount } }')) as Answer;
    expect(far.status).toBe(400);
    expect(far.errors![0]!.message).toMatch(/cost limit/i);
  });

  it('counts only when totalCount is asked for', async () => {
    const cursor = (await page('programs', 'first: 2')).pageInfo.endCursor!;
    const query = (fields: string) =>
      app.gql(`query($c: String) { programs(first: 2, after: $c) { ${fields} } }`, { c: cursor });
    const without = await app.countStatements(() => query('nodes { id }'));
    const withCount = await app.countStatements(() => query('nodes { id } totalCount'));
    expect(withCount).toBe(without + 1);
  });
});
