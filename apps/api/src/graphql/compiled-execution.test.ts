import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }[];
}

// Errors from the compiled executor reach a client as graphql-js would have reported them.
describe.each(databaseKinds)('errors of compiled execution on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('locate a resolver error by its field, through an alias and a fragment', async () => {
    const res = (await app.gql(
      'query Listing {\n  list: programs(first: 2, after: "xyz") { ...Counted }\n}\nfragment Counted on ProgramConnection { totalCount }',
    )) as Answer;
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([
      {
        message: 'after: "xyz" is not a cursor from this connection',
        locations: [{ line: 2, column: 3 }],
        path: ['list'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      },
    ]);
  });

  it('answer a variable that does not fit its type as a bad request, pointing at its definition', async () => {
    const res = (await app.gql('query($n: Int) { programs(first: $n) { totalCount } }', {
      n: 'two',
    })) as Answer;
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$n" got invalid value "two"/),
      locations: [{ line: 1, column: 7 }],
    });
  });

  // Every filter contains itself (and, or, not): graphql-jit cannot compile such a variable, so the
  // admin's lists, which send their filter as one, run on graphql-js.
  it('run a list whose filter is a variable, answering as the same filter written inline', async () => {
    type Page = { facilities: { totalCount: number; nodes: { code: string }[] } };
    const listed = (await app.gql<Page>(
      'query($first: Int, $filter: FacilityFilter) { facilities(first: $first, filter: $filter) { totalCount nodes { code } } }',
      { first: 10, filter: { or: [{ search: '모터스' }, { search: '데이터센터' }] } },
    )) as Answer & { data?: Page };
    const inline = await app.gql<Page>(
      '{ facilities(first: 10, filter: { or: [{ search: "모터스" }, { search: "데이터센터" }] }) { totalCount nodes { code } } }',
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.facilities.totalCount).toBeGreaterThan(0);
    expect(listed.data).toEqual(inline.data);

    const wrong = (await app.gql(
      'query($filter: FacilityFilter) { facilities(filter: $filter) { totalCount } }',
      {
        filter: { status: 'SOMEDAY' },
      },
    )) as Answer;
    expect(wrong.status).toBe(400);
    expect(wrong.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$filter" got invalid value "SOMEDAY" at "filter.status"/),
      locations: [{ line: 1, column: 7 }],
    });
  });
});
