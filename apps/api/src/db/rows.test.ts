import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/dataset.js';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

interface Tree {
  zones: {
    nodes: {
      code: string;
      facilities: {
        code: string;
        capacity: { value: number } | null;
        operator: { code: string } | null;
        sources: { code: string }[];
        indicators: { code: string; latest: { period: string; value: string } | null }[];
      }[];
    }[];
  };
}

/**
 * The nested read path serves rows rather than managed entities (findRows). It must show a caller
 * exactly what the entity path shows: INTERNAL facilities and indicators left out for anonymous
 * callers, a reference to an INTERNAL organisation read as null (not an error), numbers and
 * figures converted as the entity would, and collections still reachable from a row.
 */
describe.each(databaseKinds)('read rows on $name', (kind) => {
  let app: TestApp;
  const query = `{ zones(first: 1, filter: { code: { eq: "BENCH-ZONE-0000" } }) { nodes { code facilities {
    code capacity { value } operator { code } sources { code } indicators { code latest { period value } } } } } }`;

  beforeAll(async () => {
    app = await startTestApp(kind);
    await generateDataset(app.orm, { zones: 4, facilities: 12, indicators: 12, months: 3 });
    const sql = (text: string, params: unknown[] = []) => app.orm.em.getConnection().execute(text, params);
    const [operator] = await sql("select id from organisation where code = 'GGM'");
    // In zone 0: FACILITY-0 run by an INTERNAL organisation, FACILITY-4 itself INTERNAL, FACILITY-8 with a capacity.
    await sql("update organisation set visibility = 'INTERNAL' where id = ?", [operator.id]);
    await sql("update facility set operator_id = ? where code = 'BENCH-FACILITY-0'", [operator.id]);
    await sql("update facility set visibility = 'INTERNAL' where code = 'BENCH-FACILITY-4'");
    await sql(
      "update facility set capacity_value = 1250.5, capacity_unit = 'MW' where code = 'BENCH-FACILITY-8'",
    );
    // FACILITY-0's indicator is INTERNAL.
    await sql(
      "update indicator set visibility = 'INTERNAL' where code = (select min(i.code) from indicator i join facility f on f.id = i.subject_facility_id where f.code = 'BENCH-FACILITY-0')",
    );
  }, 120_000);
  afterAll(() => app?.close());

  const read = async (identity: 'ANONYMOUS' | 'VIEWER') => {
    const res = await app.as(identity).gql<Tree>(query);
    expect(res.errors).toBeUndefined();
    return res.data!.zones.nodes[0]!.facilities;
  };

  it('hides what the caller may not see, and nulls references to it', async () => {
    const anonymous = await read('ANONYMOUS');
    const viewer = await read('VIEWER');
    expect(viewer.map((f) => f.code)).toContain('BENCH-FACILITY-4');
    expect(anonymous.map((f) => f.code)).not.toContain('BENCH-FACILITY-4');
    expect(anonymous).toHaveLength(viewer.length - 1);

    const seen = (list: typeof viewer) => list.find((f) => f.code === 'BENCH-FACILITY-0')!;
    expect(seen(viewer).operator).toEqual({ code: 'GGM' });
    expect(seen(anonymous).operator).toBeNull();
    expect(seen(anonymous).indicators).toHaveLength(seen(viewer).indicators.length - 1);
  });

  it('converts columns as the entity would and reaches collections and latest figures', async () => {
    const facilities = await read('VIEWER');
    const withCapacity = facilities.find((f) => f.code === 'BENCH-FACILITY-8')!;
    expect(withCapacity.capacity).toEqual({ value: 1250.5 });
    for (const facility of facilities) {
      expect(facility.sources.map((s) => s.code)).toEqual([]);
      for (const indicator of facility.indicators) {
        // Three months from 2012-01: the latest is March, as stored.
        expect(indicator.latest?.period).toBe('2012-03');
      }
    }
    // The same facility read through node(id), as an entity, agrees field by field.
    const res = await app
      .as('VIEWER')
      .gql<{ facilities: { nodes: Tree['zones']['nodes'][0]['facilities'] } }>(
        `{ facilities(filter: { code: { eq: "BENCH-FACILITY-8" } }) { nodes { code capacity { value } operator { code } sources { code } indicators { code latest { period value } } } } }`,
      );
    expect(res.data!.facilities.nodes[0]).toEqual(withCapacity);
  });
});
