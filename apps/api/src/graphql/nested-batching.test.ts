import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/dataset.js';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

/**
 * Issue #4's rule on the benchmark's own nested query: zones → their facilities → each
 * facility's indicators → the latest figure. The same query costs the same number of SQL
 * statements at first: 4 and at first: 40; a relation resolved per row would grow tenfold. (At
 * first: 100 the query is over the cost limit, see limits.ts.)
 */
describe.each(databaseKinds)('nested list statements on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
    await generateDataset(app.orm, { zones: 120, facilities: 480, indicators: 60, months: 3 });
    await app.gql('{ __typename }');
  }, 120_000);
  afterAll(() => app?.close());

  it('does not grow with the page size', async () => {
    const query = `query($n: Int!) { zones(first: $n, filter: { code: { contains: "BENCH" } }, orderBy: [{ field: CODE }]) {
      nodes { code facilities { code status indicators { code latest { period value } } } } } }`;
    const cost = async (n: number) =>
      app.countStatements(async () => {
        const res = await app.gql<{
          zones: { nodes: { facilities: { indicators: { latest: unknown }[] }[] }[] };
        }>(query, {
          n,
        });
        expect(res.errors).toBeUndefined();
        const nodes = res.data!.zones.nodes;
        expect(nodes).toHaveLength(n);
        // Both pages really reach the figures at the bottom of the tree.
        expect(nodes.some((z) => z.facilities.some((f) => f.indicators.some((i) => i.latest)))).toBe(true);
      });
    expect(await cost(40)).toBe(await cost(4));
  });
});
