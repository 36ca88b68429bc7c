import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NESTED_QUERY } from '../../bench/workloads.js';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createGraphQL } from '../wiring/yoga.js';
import { QUERY_LIMITS } from './limits.js';

/** A program selection nested `levels` deep through `parent`. */
const nestedParents = (levels: number) => {
  let selection = 'code';
  for (let i = 0; i < levels; i++) selection = `code parent { ${selection} }`;
  return `{ programs(first: 1) { nodes { ${selection} } } }`;
};

describe('query limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
  });
  afterAll(() => app?.close());

  const refused = async (query: string) => {
    const res = await app.gql(query);
    expect(res.status).toBe(400);
    return res.errors!.map((e) => e.message).join(' | ');
  };
  const accepted = async (query: string) => {
    const res = await app.gql(query);
    expect(res.errors).toBeUndefined();
  };

  it('bounds depth', async () => {
    // programs → nodes → … : the connection adds two levels above the first selection.
    await accepted(nestedParents(QUERY_LIMITS.maxDepth - 3));
    expect(await refused(nestedParents(QUERY_LIMITS.maxDepth + 1))).toMatch(/depth limit of 12/i);
  });

  it('bounds aliases', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: programs(first: 1) { totalCount }`).join(' ')} }`;
    await accepted(aliases(QUERY_LIMITS.maxAliases));
    expect(await refused(aliases(QUERY_LIMITS.maxAliases + 1))).toMatch(/aliases limit of 20/i);
  });

  it('bounds directives', async () => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    await accepted(directives(QUERY_LIMITS.maxDirectives));
    expect(await refused(directives(QUERY_LIMITS.maxDirectives + 1))).toMatch(/directives limit of 30/i);
  });

  it('bounds tokens', async () => {
    // Each alternative of the `or` list is nine tokens.
    const tokens = (alternatives: number) =>
      `{ programs(filter: { or: [${'{ code: { eq: "A" } } '.repeat(alternatives)}] }) { totalCount } }`;
    await accepted(tokens(500));
    expect(await refused(tokens(600))).toMatch(/token limit of 5000/i);
  });

  it('bounds cost', async () => {
    const nested = (levels: number) => {
      let selection = 'code name { ko en }';
      for (let i = 0; i < levels; i++) selection = `code name { ko en } parent { ${selection} }`;
      return selection;
    };
    // Each alias is a full page of programs, its parents nine deep: 4,601 a page.
    const wide = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `p${i}: programs(first: 100) { nodes { ${nested(8)} } }`).join(' ')} }`;
    await accepted(wide(4));
    expect(await refused(wide(5))).toMatch(/cost limit of 20000 exceeded, found 23005/i);
  });
});

/** Zones with their facilities, each with its indicators' latest figure, `page` zones a page. */
const nestedZones = (page: string, variable = page.includes('$n') ? '($n: Int)' : '') =>
  `query${variable} { zones${page} { nodes { code name { ko en }
    facilities { code name { ko en } indicators { code latest { period value } } } } } }`;

/**
 * Cost is computed from the values sent: the same page size refused written in the query is refused
 * as a variable, and a list without paging arguments counts as long as it can be.
 */
describe.each(databaseKinds)('query cost with variables on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  const verdict = async (query: string, variables?: Record<string, unknown>) => {
    const res = await app.as('ANONYMOUS').gql(query, variables);
    return res.status === 200 && !res.errors ? 'answered' : { status: res.status, errors: res.errors };
  };

  it('gives a page size sent as a variable the verdict it gets written in the query', async () => {
    const refusal = {
      status: 400,
      errors: [
        {
          message: 'Query Cost limit of 20000 exceeded, found 45701.',
          extensions: { code: 'QUERY_TOO_COSTLY', cost: 45701, limit: QUERY_LIMITS.maxCost },
        },
      ],
    };
    expect(await verdict(nestedZones('(first: 100)'))).toEqual(refusal);
    expect(await verdict(nestedZones('(first: $n)'), { n: 100 })).toEqual(refusal);
    expect(await verdict(nestedZones('(first: 5)'))).toBe('answered');
    expect(await verdict(nestedZones('(first: $n)'), { n: 5 })).toBe('answered');
    // `last` counts the same, and a variable's default counts when none is sent.
    expect(await verdict(nestedZones('(last: $n)'), { n: 100 })).toEqual(refusal);
    expect(await verdict(nestedZones('(first: $n)', '($n: Int = 100)'))).toEqual(refusal);
  });

  it('counts a list without paging arguments at the most it can hold', async () => {
    const cost = async (query: string) => {
      const res = await app.as('ANONYMOUS').gql(query);
      return res.errors?.[0]?.extensions?.cost as number | undefined;
    };
    const three = (page: string) =>
      `{ ${['a', 'b', 'c'].map((alias) => `${alias}: zones${page} { nodes { code name { ko en } facilities { code name { ko en } indicators { code latest { period value } } } } }`).join(' ')} }`;
    // Without `first`, a connection serves its default page of 20: counted as such, not as one row.
    expect(await cost(three(''))).toBe(27_423);
    expect(await cost(three('(first: 20)'))).toBe(27_423);
    expect(await verdict(three('(first: 1)'))).toBe('answered');
    // nodes(ids:) counts each id: 422 a zone as selected here.
    const zonesById = (n: number) =>
      verdict(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Zone { facilities { code indicators { code latest { period value } } } } } }',
        { ids: Array.from({ length: n }, () => 'Wm9uZTo1ZjBjOWE1Mi04ZDFlLTRiN2EtOWMzZi0yZTZkOGExYjRjNzA=') },
      );
    expect(await zonesById(40)).toBe('answered');
    expect(await zonesById(50)).toMatchObject({ errors: [{ extensions: { cost: 21_101 } }] });
  });

  it("lets the benchmark's nested query through at the size it uses", async () => {
    expect(await verdict(NESTED_QUERY)).toBe('answered');
    expect(await verdict(NESTED_QUERY.replace('first: 25', 'first: 100'))).toMatchObject({ status: 400 });
  });
});

/** "Did you mean …?" maps the schema for a stranger: only a development server offers it. */
describe('suggestions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
  });
  afterAll(() => app?.close());

  const TYPOS = [
    ['an enum value', '{ programs(filter: { area: { eq: A } }) { totalCount } }', undefined],
    ['a field', '{ programs { totalCont } }', undefined],
    ['an argument', '{ programs(fist: 1) { totalCount } }', undefined],
    ['a type', 'query($f: ProgramFiltr) { programs(filter: $f) { totalCount } }', undefined],
    [
      'an enum value in a variable',
      'query($a: ProgramArea) { programs(filter: { area: { eq: $a } }) { totalCount } }',
      { a: 'A' },
    ],
  ] as const;

  it.each(TYPOS)('are left out of the error for %s in production', async (_, query, variables) => {
    const res = await app.as('ANONYMOUS').gql(query, variables);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors!.map((e) => e.message).join(' ')).not.toMatch(/did you mean/i);
  });

  it('are kept for a development server', async () => {
    const dev = createGraphQL({ orm: app.orm, exposeErrors: true });
    const messages: string[] = [];
    for (const [, query, variables] of TYPOS) {
      const response = await dev.fetch('http://bitgoeul.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors: { message: string }[] };
      messages.push(body.errors.map((e) => e.message).join(' '));
    }
    // Every document typo keeps its hint; a variable's value is checked by the compiled executor,
    // whose words name the variable and its type but offer no hint.
    expect(messages.filter((m) => /did you mean/i.test(m))).toHaveLength(TYPOS.length - 1);
    expect(messages.at(-1)).toMatch(/Variable "\$a" got invalid value "A"; Expected type ProgramArea/);
  });
});
