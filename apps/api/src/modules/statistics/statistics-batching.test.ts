import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const INDICATORS = 12;

/**
 * Every figure an indicator shows — its subject, observations with their derived figures and
 * revisions, targets, progress, series — is loaded for a whole page at once: a page of 12 costs
 * the same number of SQL statements as a page of 3.
 */
describe.each(databaseKinds)('statistics batching on $name', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
    );
    const program = res.data!.programs.nodes[0]!;
    const sourceId = program.sources[0]!.id;
    for (let i = 0; i < INDICATORS; i++) {
      const created = await app.gql<{ createIndicator: { indicator: { id: string } } }>(
        'mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }',
        {
          input: {
            code: `TEST-BATCH-${String(i).padStart(2, '0')}`,
            name: { ko: `지표 ${i}` },
            unit: 'PERSONS',
            frequency: 'MONTH',
            aggregation: 'SUM',
            subject: { type: 'PROGRAM', id: program.id },
            sourceIds: [sourceId],
          },
        },
      );
      const indicatorId = created.data!.createIndicator.indicator.id;
      for (const [period, value] of [
        ['2020-01', '10'],
        ['2021-01', '12'],
      ]) {
        await app.gql(
          'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { userErrors { code } } }',
          { input: { indicatorId, period, value, status: 'FINAL', sourceId } },
        );
      }
      await app.gql(
        'mutation($input: SetTargetInput!) { setTarget(input: $input) { userErrors { code } } }',
        {
          input: { indicatorId, kind: 'PER_PERIOD', period: '2021-01', value: '20', sourceId },
        },
      );
    }
  });
  afterAll(() => app?.close());

  // One loader reached from two depths of one query may run once or twice depending on timing, so
  // each query reaches each loader from one place: the count is then exact on both databases.
  const QUERIES = {
    'latest figure, targets and progress': `latest { value yoy { percent } cumulative revisions { vintage } source { title } }
      targets { value } progress { percent } subject { __typename ... on Program { code } } sources { title }`,
    'every figure and the series': `observations { period value yoy { previous percent } cumulative }
      series(from: "2021-01", to: "2021-12") { period value yoy { percent } target { value } progress }`,
  };

  it.each(Object.entries(QUERIES))(
    'runs as many statements for 12 indicators as for 3: %s',
    async (_, fields) => {
      const query = `query($n: Int!) { indicators(first: $n, filter: { search: "TEST-BATCH" }) { nodes { code ${fields} } } }`;
      const cost = async (n: number) =>
        app.countStatements(async () => {
          const res = await app.gql<{ indicators: { nodes: unknown[] } }>(query, { n });
          expect(res.errors).toBeUndefined();
          expect(res.data!.indicators.nodes).toHaveLength(n);
        });
      const small = await cost(3);
      const large = await cost(INDICATORS);
      expect(small).toBeGreaterThan(1);
      expect(large).toBe(small);
    },
  );

  it('computes the figures it batches', async () => {
    const res = await app.gql<{
      indicators: { nodes: { latest: { yoy: { percent: string } }; progress: { percent: string } }[] };
    }>(
      '{ indicators(first: 1, filter: { search: "TEST-BATCH" }) { nodes { latest { yoy { percent } } progress { percent } } } }',
    );
    expect(res.data!.indicators.nodes[0]).toEqual({
      latest: { yoy: { percent: '20.0' } },
      progress: { percent: '60.0' },
    });
  });
});
