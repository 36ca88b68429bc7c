import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
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
    const wide = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `p${i}: programs(first: 1) { nodes { ${nested(8)} } }`).join(' ')} }`;
    await accepted(wide(10));
    expect(await refused(wide(QUERY_LIMITS.maxAliases))).toMatch(/cost limit of 20000/i);
  });
});
