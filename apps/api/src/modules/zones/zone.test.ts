import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFezFixture, DELETE, square, zoneClient } from './zone.test-fixtures.js';

describe.each(databaseKinds)('zones on $name', (kind) => {
  let app: TestApp;
  let ids: Record<string, string>;
  let aiProgram: string;
  let client: ReturnType<typeof zoneClient>;
  const create = (input: Record<string, unknown>) => client.create(input);
  const update = (input: Record<string, unknown>) => client.update(input);
  const zone = (id: string) => client.zone(id);
  const codes = (filter: string, variables?: Record<string, unknown>) => client.codes(filter, variables);

  beforeAll(async () => {
    app = await startTestApp(kind);
    client = zoneClient(app);
    ({ ids, aiProgram } = await createFezFixture(app));
  });
  afterAll(() => app?.close());

  it('nests a free economic zone and its four districts, both ways', async () => {
    const fez = await zone(ids.fez!);
    expect(fez.children.map((c) => c.code)).toEqual(['T-FEZ-1', 'T-FEZ-2', 'T-FEZ-3', 'T-FEZ-4']);
    expect(fez.parent).toBeNull();
    expect(fez.ancestors).toEqual([]);
    expect(fez.designation).toEqual({
      authority: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
      instrumentNumber: null,
      designatedOn: '2020-06-01',
      designatedOnPrecision: 'MONTH',
      expiresOn: null,
    });
    expect(fez.specialisations.map((s) => s.en)).toEqual(['Future cars', 'AI', 'Smart energy']);
    expect(fez.sources).toHaveLength(1);
    const district = await zone(ids.d2!);
    expect(district).toMatchObject({
      parent: { code: 'T-FEZ' },
      ancestors: [{ code: 'T-FEZ' }],
      kind: 'FEZ_DISTRICT',
    });
  });

  it('finds a zone and everything nested in it, at any depth, with within', async () => {
    const block = await create({
      code: 'T-FEZ-1-BLOCK',
      name: { ko: '빛그린산단 1블록' },
      kind: 'GENERAL_INDUSTRIAL_COMPLEX',
      status: 'PLANNED',
      parentId: ids.d1,
    });
    expect(block.zone!.ancestors.map((a) => a.code)).toEqual(['T-FEZ-1', 'T-FEZ']);
    expect(await codes('{ within: $id }', { id: ids.fez })).toEqual([
      'T-FEZ',
      'T-FEZ-1',
      'T-FEZ-1-BLOCK',
      'T-FEZ-2',
      'T-FEZ-3',
      'T-FEZ-4',
    ]);
    expect(await codes('{ within: $id }', { id: ids.d1 })).toEqual(['T-FEZ-1', 'T-FEZ-1-BLOCK']);
    // within combines with the other conditions and with not.
    expect(await codes('{ within: $id, kind: { eq: FEZ_DISTRICT } }', { id: ids.fez })).toHaveLength(4);
    expect(await codes('{ and: [{ search: "T-" }, { not: { within: $id } }] }', { id: ids.fez })).toEqual([
      'T-RND',
    ]);
    expect(await codes('{ parent: { eq: $id } }', { id: ids.fez })).toHaveLength(4);
    expect(await codes('{ within: $id, parent: { isNull: true } }', { id: ids.fez })).toEqual(['T-FEZ']);
    await app.gql(DELETE, { input: { id: block.zone!.id } });
  });

  it('shows an overlap on both sides, and programs both ways', async () => {
    const district = await zone(ids.d1!);
    expect(district.overlaps.map((z) => z.code)).toEqual(['T-RND']);
    expect((await zone(ids.rnd!)).overlaps.map((z) => z.code)).toEqual(['T-FEZ-1']);
    expect(district.programs.map((p) => p.code)).toEqual(['AI-INDUSTRY']);
    const program = await app.gql<{ program: { zones: { code: string }[] } }>(
      'query($id: ID!) { program(id: $id) { zones { code } } }',
      { id: aiProgram },
    );
    expect(program.data!.program.zones.map((z) => z.code)).toContain('T-FEZ-1');
  });

  it('keeps the area as the source gave it and converts it with the domain (121 평 = 400 m²)', async () => {
    const res = await update({ id: ids.d3, area: { value: 121, unit: 'PYEONG' } });
    expect(res.userErrors).toEqual([]);
    expect(res.zone!.area).toEqual({ value: 121, unit: 'PYEONG', squareMetres: 400 });
    const km = await update({ id: ids.d3, area: { value: 1.5, unit: 'KM2' } });
    expect(km.zone!.area!.squareMetres).toBe(1_500_000);
    const zero = await update({ id: ids.d3, area: { value: 0, unit: 'M2' } });
    expect(zero.userErrors[0]).toMatchObject({ field: ['area', 'value'], code: 'MUST_BE_POSITIVE' });
  });

  it('stores a GeoJSON outline and refuses an invalid one', async () => {
    const ok = await update({ id: ids.d4, geometry: square(126.8, 35.2) });
    expect(ok.userErrors).toEqual([]);
    expect(ok.zone!.geometry).toEqual(square(126.8, 35.2));
    const version = ok.zone!.version;

    const unclosed = square(126.8, 35.2);
    unclosed.coordinates[0]!.pop();
    unclosed.coordinates[0]!.push([126.9, 35.3]);
    const farEast = square(200, 35.2);
    for (const geometry of [unclosed, farEast, { type: 'Point', coordinates: [126.8, 35.2] }]) {
      const res = await update({ id: ids.d4, geometry });
      expect(res.zone).toBeNull();
      expect(res.userErrors[0]!.field[0]).toBe('geometry');
      expect(['INVALID_GEOMETRY', 'UNKNOWN_CODE']).toContain(res.userErrors[0]!.code);
    }
    const lon = await update({ id: ids.d4, geometry: farEast });
    expect(lon.userErrors[0]!.code).toBe('INVALID_GEOMETRY');
    expect(lon.userErrors[0]!.message).toContain('경도');
    const after = await zone(ids.d4!);
    expect(after.version).toBe(version);
    expect(after.geometry).toEqual(square(126.8, 35.2));
  });

  it('orders by any listed field with the id as tie-break', async () => {
    const res = await app.gql<{ zones: { nodes: { code: string; kind: string }[] } }>(
      `query($id: ID) { zones(first: 100, filter: { within: $id }, orderBy: [{ field: KIND }, { field: CODE, direction: DESC }]) {
        nodes { code kind } } }`,
      { id: ids.fez },
    );
    expect(res.data!.zones.nodes.map((n) => n.code)).toEqual([
      'T-FEZ',
      'T-FEZ-4',
      'T-FEZ-3',
      'T-FEZ-2',
      'T-FEZ-1',
    ]);
  });

  it('costs the same number of statements for 2 districts as for 4', async () => {
    const query = `query($n: Int!, $id: ID) { zones(first: $n, filter: { parent: { eq: $id } }) { nodes {
      code parent { code } children { code } ancestors { code } overlaps { code } programs { code }
      sources { code } exemptions { law { ko } } organisations { role }
    } } }`;
    const cost = (n: number) =>
      app.countStatements(async () => {
        const res = await app.gql<{ zones: { nodes: unknown[] } }>(query, { n, id: ids.fez });
        expect(res.data!.zones.nodes).toHaveLength(n);
      });
    const small = await cost(2);
    expect(small).toBeGreaterThan(0);
    expect(await cost(4)).toBe(small);
  });
});
