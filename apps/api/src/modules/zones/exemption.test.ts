import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface ExemptionNode {
  id: string;
  version: number;
  kind: string;
  law: { ko: string; en: string | null };
  conditions: { ko: string; en: string | null } | null;
  validFrom: string | null;
  validTo: string | null;
  zone: { code: string };
  sources: { code: string }[];
}
type Written = { exemption: ExemptionNode | null; userErrors: UserErrors };

const FIELDS =
  'id version kind law { ko en } conditions { ko en } validFrom validTo zone { code } sources { code }';
const CREATE = `mutation($input: CreateExemptionInput!) { createExemption(input: $input) {
  exemption { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateExemptionInput!) { updateExemption(input: $input) {
  exemption { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteExemptionInput!) { deleteExemption(input: $input) { deletedId userErrors { field code } } }`;
const unknownId = (typename: string) =>
  Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64');

describe.each(databaseKinds)('exemptions on $name', (kind) => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const createZone = async (input: string) =>
    (
      await app.gql<{ createZone: { zone: { id: string } } }>(
        `mutation { createZone(input: ${input}) { zone { id } } }`,
      )
    ).data!.createZone.zone.id;
  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ createExemption: Written }>(CREATE, { input }, headers)).data!.createExemption;
  const update = async (input: Record<string, unknown>) =>
    (await app.gql<{ updateExemption: Written }>(UPDATE, { input })).data!.updateExemption;
  const total = async () =>
    (await app.gql<{ exemptions: { totalCount: number } }>('{ exemptions { totalCount } }')).data!.exemptions
      .totalCount;
  const zoneExemptions = async (id: string) =>
    (
      await app.gql<{ zone: { exemptions: { law: { ko: string } }[] } }>(
        'query($id: ID!) { zone(id: $id) { exemptions { law { ko } } } }',
        { id },
      )
    ).data!.zone.exemptions.map((e) => e.law.ko);

  const demonstration = () => ({
    zoneId: ids.rfz,
    kind: 'DEMONSTRATION',
    law: { ko: '자동차관리법', en: 'Motor Vehicle Management Act' },
    conditions: { ko: '지정 노선, 시속 25km 이하' },
    validFrom: '2020-08-01',
    validTo: '2024-07-31',
    sourceIds: [ids.source],
  });

  beforeAll(async () => {
    app = await startTestApp(kind);
    ids.rfz = await createZone(
      '{ code: "T-RFZ", name: { ko: "무인 저속 특장차 규제자유특구" }, kind: REGULATION_FREE_ZONE, status: DESIGNATED }',
    );
    ids.fez = await createZone(
      '{ code: "T-FEZ", name: { ko: "시험 경제자유구역" }, kind: ECONOMIC_FREE_ZONE, status: DESIGNATED }',
    );
    ids.district = await createZone(
      `{ code: "T-FEZ-1", name: { ko: "빛그린산단" }, kind: FEZ_DISTRICT, status: DESIGNATED, parentId: "${ids.fez}" }`,
    );
    const source = await app.gql<{ programs: { nodes: { sources: { id: string }[] }[] } }>(
      '{ programs(first: 1) { nodes { sources { id } } } }',
    );
    ids.source = source.data!.programs.nodes[0]!.sources[0]!.id;
  });
  afterAll(() => app?.close());

  it('records a special exemption in a regulation-free zone, read from both sides', async () => {
    const res = await create(demonstration());
    expect(res.userErrors).toEqual([]);
    expect(res.exemption).toMatchObject({
      kind: 'DEMONSTRATION',
      law: { ko: '자동차관리법', en: 'Motor Vehicle Management Act' },
      conditions: { ko: '지정 노선, 시속 25km 이하', en: null },
      validFrom: '2020-08-01',
      validTo: '2024-07-31',
      zone: { code: 'T-RFZ' },
      sources: [{ code: 'HANKYUNG-2021-GWANGJU-FEATURE' }],
      version: 1,
    });
    ids.exemption = res.exemption!.id;
    expect(await zoneExemptions(ids.rfz!)).toEqual(['자동차관리법']);
    const one = await app.gql<{ exemption: { law: { en: string } } }>(
      'query($id: ID!) { exemption(id: $id) { law { en } } }',
      { id: ids.exemption },
    );
    expect(one.data!.exemption.law.en).toBe('Motor Vehicle Management Act');
    const filtered = await app.gql<{ exemptions: { totalCount: number } }>(
      `query($z: ID!) { exemptions(filter: { zone: { eq: $z }, kind: { eq: DEMONSTRATION }, search: "자동차" }) { totalCount } }`,
      { z: ids.rfz },
    );
    expect(filtered.data!.exemptions.totalCount).toBe(1);
  });

  it('refuses an exemption outside a regulation-free zone, and other bad input, writing nothing', async () => {
    const before = await total();
    const onDistrict = await create({ ...demonstration(), zoneId: ids.district });
    expect(onDistrict.exemption).toBeNull();
    expect(onDistrict.userErrors).toEqual([
      expect.objectContaining({ field: ['zoneId'], code: 'EXEMPTION_NOT_ALLOWED' }),
    ]);
    expect(onDistrict.userErrors[0]!.message).toBe(
      '구역: 규제 특례는 규제자유특구에만 둘 수 있습니다(이 구역: 경제자유구역 지구).',
    );
    const english = await create({ ...demonstration(), zoneId: ids.fez }, { 'accept-language': 'en' });
    expect(english.userErrors[0]!.message).toBe(
      'Zone: special exemptions belong to regulation-free zones only (this zone: Free economic zone).',
    );
    const bad: [Record<string, unknown>, string, string][] = [
      [{ validTo: '2019-12-31' }, 'validTo', 'END_BEFORE_START'],
      [{ zoneId: unknownId('Zone') }, 'zoneId', 'NOT_FOUND'],
      [{ law: { ko: '' } }, 'law.ko', 'REQUIRED'],
      [{ sourceIds: [unknownId('Source')] }, 'sourceIds.0', 'NOT_FOUND'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...demonstration(), ...change });
      expect(res.exemption).toBeNull();
      expect(res.userErrors).toContainEqual(expect.objectContaining({ field: field.split('.'), code }));
    }
    expect(await total()).toBe(before);
    expect(await zoneExemptions(ids.district!)).toEqual([]);
  });

  it('updates a patch against the stored record, and deletes with the version read', async () => {
    const patched = await update({
      id: ids.exemption,
      version: 1,
      kind: 'TEMPORARY_PERMIT',
      conditions: null,
    });
    expect(patched.userErrors).toEqual([]);
    expect(patched.exemption).toMatchObject({
      kind: 'TEMPORARY_PERMIT',
      conditions: null,
      validFrom: '2020-08-01',
      version: 2,
      sources: [{ code: 'HANKYUNG-2021-GWANGJU-FEATURE' }],
    });
    const early = await update({ id: ids.exemption, validTo: '2020-01-01' });
    expect(early.userErrors[0]).toMatchObject({ field: ['validTo'], code: 'END_BEFORE_START' });
    const stale = await update({ id: ids.exemption, version: 1, kind: 'DEMONSTRATION' });
    expect(stale.userErrors[0]).toMatchObject({ field: ['version'], code: 'STALE_VERSION' });

    type Res = { deleteExemption: { deletedId: string | null; userErrors: { code: string }[] } };
    const staleDelete = await app.gql<Res>(DELETE, { input: { id: ids.exemption, version: 1 } });
    expect(staleDelete.data!.deleteExemption.userErrors[0]!.code).toBe('STALE_VERSION');
    const done = await app.gql<Res>(DELETE, { input: { id: ids.exemption, version: 2 } });
    expect(done.data!.deleteExemption).toEqual({ deletedId: ids.exemption, userErrors: [] });
    expect(await zoneExemptions(ids.rfz!)).toEqual([]);
  });
});
