import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  CREATE,
  createFezFixture,
  DELETE,
  unknownId,
  type Written,
  zoneClient,
} from './zone.test-fixtures.js';

describe.each(databaseKinds)('zone writes on $name', (kind) => {
  let app: TestApp;
  let ids: Record<string, string>;
  let aiProgram: string;
  let client: ReturnType<typeof zoneClient>;
  const create = (input: Record<string, unknown>) => client.create(input);
  const update = (input: Record<string, unknown>) => client.update(input);
  const zone = (id: string) => client.zone(id);
  const total = () => client.total();

  beforeAll(async () => {
    app = await startTestApp(kind);
    client = zoneClient(app);
    ({ ids, aiProgram } = await createFezFixture(app));
  });
  afterAll(() => app?.close());

  it('refuses every kind of bad input and writes nothing', async () => {
    const before = await total();
    const valid = { code: 'T-NEW', name: { ko: '새 구역' }, kind: 'CONVERGENCE_CLUSTER', status: 'PLANNED' };
    const bad: [Record<string, unknown>, string, string][] = [
      [{ code: 'T-FEZ' }, 'code', 'DUPLICATE'],
      [{ parentId: unknownId('Zone') }, 'parentId', 'NOT_FOUND'],
      [{ overlappingZoneIds: [unknownId('Zone')] }, 'overlappingZoneIds.0', 'NOT_FOUND'],
      [{ programIds: [unknownId('Program')] }, 'programIds.0', 'NOT_FOUND'],
      [
        {
          designation: {
            authority: { ko: '산업통상자원부' },
            designatedOn: '2020-06-01',
            expiresOn: '2019-12-31',
          },
        },
        'designation.expiresOn',
        'END_BEFORE_START',
      ],
      [
        {
          designation: {
            authority: { ko: '산업통상자원부' },
            designatedOn: '2020-06-15',
            designatedOnPrecision: 'MONTH',
          },
        },
        'designation.designatedOn',
        'DATE_NOT_AT_PRECISION',
      ],
      [{ name: { ko: ' ' } }, 'name.ko', 'BLANK'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...valid, ...change });
      expect(res.zone).toBeNull();
      expect(res.userErrors).toContainEqual(expect.objectContaining({ field: field.split('.'), code }));
    }
    expect(await total()).toBe(before);

    const en = await app.gql<{ createZone: Written }>(
      CREATE,
      {
        input: {
          ...valid,
          designation: {
            authority: { ko: '산업통상자원부' },
            designatedOn: '2020-06-01',
            expiresOn: '2019-12-31',
          },
        },
      },
      { 'accept-language': 'en' },
    );
    expect(en.data!.createZone.userErrors[0]!.message).toBe('Expires on cannot be before Designated on.');
  });

  it('refuses a zone made its own ancestor, or overlapping itself, and keeps the tree as it was', async () => {
    const a = (
      await create({ code: 'T-A', name: { ko: 'A' }, kind: 'CONVERGENCE_CLUSTER', status: 'PLANNED' })
    ).zone!;
    const b = (
      await create({
        code: 'T-B',
        name: { ko: 'B' },
        kind: 'CONVERGENCE_CLUSTER',
        status: 'PLANNED',
        parentId: a.id,
      })
    ).zone!;
    const cycle = await update({ id: a.id, version: a.version, parentId: b.id });
    expect(cycle.zone).toBeNull();
    expect(cycle.userErrors).toEqual([expect.objectContaining({ field: ['parentId'], code: 'CYCLE' })]);
    const self = await update({ id: a.id, parentId: a.id });
    expect(self.userErrors).toEqual([
      expect.objectContaining({ field: ['parentId'], code: 'SELF_REFERENCE' }),
    ]);
    const overlapSelf = await update({ id: a.id, overlappingZoneIds: [b.id, a.id] });
    expect(overlapSelf.userErrors).toEqual([
      expect.objectContaining({ field: ['overlappingZoneIds', '1'], code: 'SELF_REFERENCE' }),
    ]);
    const stored = await zone(a.id);
    expect(stored).toMatchObject({ parent: null, version: a.version, overlaps: [] });
    expect((await zone(b.id)).parent).toEqual({ code: 'T-A' });
  });

  it('updates a patch and keeps the relations it did not mention', async () => {
    const before = await zone(ids.d1!);
    const res = await update({ id: ids.d1, version: before.version, status: 'COMPLETED' });
    expect(res.userErrors).toEqual([]);
    expect(res.zone).toMatchObject({
      status: 'COMPLETED',
      version: before.version + 1,
      parent: { code: 'T-FEZ' },
      overlaps: [{ code: 'T-RND' }],
      programs: [{ code: 'AI-INDUSTRY' }],
    });
    const stale = await update({ id: ids.d1, version: before.version, status: 'DESIGNATED' });
    expect(stale.userErrors[0]).toMatchObject({ field: ['version'], code: 'STALE_VERSION' });
    const cleared = await update({ id: ids.d1, overlappingZoneIds: [], programIds: [] });
    expect(cleared.zone).toMatchObject({ overlaps: [], programs: [] });
    expect((await zone(ids.rnd!)).overlaps).toEqual([]);
    await update({ id: ids.d1, overlappingZoneIds: [ids.rnd], programIds: [aiProgram] });
  });

  it('refuses to delete a zone with districts, and deletes a leaf', async () => {
    type Res = { deleteZone: { deletedId: string | null; userErrors: { field: string[]; code: string }[] } };
    const refused = await app.gql<Res>(DELETE, { input: { id: ids.fez } });
    expect(refused.data!.deleteZone).toEqual({
      deletedId: null,
      userErrors: [{ field: ['id'], code: 'HAS_CHILDREN' }],
    });
    expect((await zone(ids.fez!)).children).toHaveLength(4);

    const leaf = (
      await create({ code: 'T-LEAF', name: { ko: '잎' }, kind: 'CONVERGENCE_CLUSTER', status: 'PLANNED' })
    ).zone!;
    const before = await total();
    const done = await app.gql<Res>(DELETE, { input: { id: leaf.id, version: leaf.version } });
    expect(done.data!.deleteZone).toEqual({ deletedId: leaf.id, userErrors: [] });
    expect(await total()).toBe(before - 1);
    const missing = await app.gql(`query($id: ID!) { zone(id: $id) { code } }`, { id: leaf.id });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
