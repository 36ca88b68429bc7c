import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { allSeedPrograms } from '../db/seed/seed.js';

/**
 * Every relation field is batched: the same nested query costs the same number of SQL statements
 * whatever the page size. A resolver that queried per row would make the larger page cost more.
 */
describe.each(databaseKinds)('batching on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    // Sign in before counting: the first request of a session pays for the sign-in itself.
    await app.gql('{ __typename }');
  });
  afterAll(() => app?.close());

  it('runs as many statements for every program with its relations as for 10', async () => {
    // Both pages hold programs with parents, children and sources, so every batch runs in both.
    // (Nested sources are left out: the identity map can answer those for free on the larger page.)
    const query = `query($n: Int!) { programs(first: $n) { totalCount nodes {
      code parent { code } children { code } sources { title }
    } } }`;
    const cost = async (n: number) =>
      app.countStatements(async () => {
        const res = await app.gql<{ programs: { nodes: unknown[] } }>(query, { n });
        expect(res.data!.programs.nodes).toHaveLength(n);
      });
    const small = await cost(10);
    const large = await cost(allSeedPrograms.length);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
