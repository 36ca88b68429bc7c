import { FACILITY_TRANSITIONS, type FacilityStatus } from '@bitgoeul/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFixtures, type Fixtures, globalId, unknownId } from './facility.test-fixtures.js';

const FIELDS = `id code version status nextStatuses kind name { ko en } visibility
  zone { code } operator { code } programs { code }
  location { address { ko en } coordinates { lon lat } precision } capacity { value unit } sources { id }`;

interface FacilityNode {
  id: string;
  code: string;
  version: number;
  status: FacilityStatus;
  nextStatuses: FacilityStatus[];
  kind: string;
  name: { ko: string; en: string | null };
  visibility: string;
  zone: { code: string } | null;
  operator: { code: string } | null;
  programs: { code: string }[];
  location: {
    address: { ko: string; en: string | null } | null;
    coordinates: { lon: number; lat: number } | null;
    precision: string;
  } | null;
  capacity: { value: number; unit: string } | null;
  sources: { id: string }[];
}
type UserErrors = { field: string[]; code: string; message: string }[];
type Payload = { facility: FacilityNode | null; userErrors: UserErrors };

const CREATE = `mutation($input: CreateFacilityInput!) { createFacility(input: $input) {
  facility { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateFacilityInput!) { updateFacility(input: $input) {
  facility { ${FIELDS} } userErrors { field code message } } }`;

describe.each(databaseKinds)('facilities on $name', (kind) => {
  let app: TestApp;
  let fx: Fixtures;
  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ createFacility: Payload }>(CREATE, { input }, headers)).data!.createFacility;
  const update = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ updateFacility: Payload }>(UPDATE, { input }, headers)).data!.updateFacility;
  const read = async (id: string) =>
    (await app.gql<{ facility: FacilityNode }>(`query($id: ID!) { facility(id: $id) { ${FIELDS} } }`, { id }))
      .data!.facility;
  const total = async () =>
    (await app.gql<{ facilities: { totalCount: number } }>('{ facilities { totalCount } }')).data!.facilities
      .totalCount;
  const base = (code: string) => ({
    code,
    name: { ko: `시험 시설 ${code}`, en: `Test facility ${code}` },
    kind: 'PLANT',
    status: 'PLANNED',
  });

  beforeAll(async () => {
    app = await startTestApp(kind);
    fx = await createFixtures(app);
  });
  afterAll(() => app?.close());

  it('creates a facility with every field and reads it back, by id and as a node', async () => {
    const made = await create({
      ...base('T-GGM-PLANT'),
      zoneId: fx.zones.district,
      operatorId: fx.operator,
      programIds: [fx.programs.jobs, fx.programs.ai],
      location: {
        address: { ko: '광주광역시 광산구 빛그린산단', en: 'Bitgreen complex, Gwangsan-gu' },
        coordinates: { lon: 126.75, lat: 35.12 },
        precision: 'EXACT',
      },
      capacity: { value: 70000, unit: 'VEHICLES_PER_YEAR' },
      visibility: 'INTERNAL',
    });
    expect(made.userErrors).toEqual([]);
    expect(made.facility).toMatchObject({
      code: 'T-GGM-PLANT',
      version: 1,
      status: 'PLANNED',
      nextStatuses: [...FACILITY_TRANSITIONS.PLANNED],
      zone: { code: 'T-DISTRICT' },
      operator: { code: 'T-OPERATOR' },
      programs: [{ code: 'AI-INDUSTRY' }, { code: 'GWANGJU-TYPE-JOBS' }],
      location: { coordinates: { lon: 126.75, lat: 35.12 }, precision: 'EXACT' },
      capacity: { value: 70000, unit: 'VEHICLES_PER_YEAR' },
      visibility: 'INTERNAL',
    });
    const id = made.facility!.id;
    expect((await read(id)).code).toBe('T-GGM-PLANT');
    const node = await app.gql<{ node: { code: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Facility { code } } }',
      { id },
    );
    expect(node.data!.node.code).toBe('T-GGM-PLANT');

    const missing = await app.gql('query($id: ID!) { facility(id: $id) { code } }', {
      id: unknownId('Facility'),
    });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const garbage = await app.gql('query($id: ID!) { facility(id: $id) { code } }', {
      id: globalId('Facility', 'not-a-uuid'),
    });
    expect(garbage.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    // A location without coordinates is approximate unless someone says otherwise.
    const rough = await create({ ...base('T-ROUGH'), location: { address: { ko: '광주 어딘가' } } });
    expect(rough.facility!.location).toEqual({
      address: { ko: '광주 어딘가', en: null },
      coordinates: null,
      precision: 'APPROXIMATE',
    });
    expect(rough.facility!.capacity).toBeNull();
  });

  it('refuses each kind of bad input on create with a specific error, writing nothing', async () => {
    const before = await total();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ location: { coordinates: { lon: 226.75, lat: 35.12 } } }, 'location.coordinates.lon', 'TOO_LARGE'],
      [{ location: { coordinates: { lon: 126.75, lat: -95 } } }, 'location.coordinates.lat', 'TOO_SMALL'],
      [{ capacity: { value: 0, unit: 'SEATS' } }, 'capacity.value', 'MUST_BE_POSITIVE'],
      [{ capacity: { value: -5, unit: 'SEATS' } }, 'capacity.value', 'MUST_BE_POSITIVE'],
      [{ code: 'T-GGM-PLANT' }, 'code', 'DUPLICATE'],
      [{ code: 'not kebab' }, 'code', 'INVALID_FORMAT'],
      [{ name: { ko: '  ' } }, 'name.ko', 'BLANK'],
      [{ zoneId: unknownId('Zone') }, 'zoneId', 'NOT_FOUND'],
      [{ operatorId: unknownId('Organisation') }, 'operatorId', 'NOT_FOUND'],
      [{ programIds: [fx.programs.jobs, unknownId('Program')] }, 'programIds.1', 'NOT_FOUND'],
      [{ sourceIds: [globalId('Source', 'nope')] }, 'sourceIds.0', 'NOT_FOUND'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...base('T-BAD'), ...change });
      expect(res.facility, `${field} ${code}`).toBeNull();
      expect(res.userErrors).toContainEqual(expect.objectContaining({ field: field.split('.'), code }));
    }
    // An id of the wrong type is not a reference at all.
    const wrongType = await app.gql(CREATE, { input: { ...base('T-BAD'), zoneId: fx.programs.ai } });
    expect(wrongType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await total()).toBe(before);
  });

  it('walks the lifecycle PLANNED → OPERATING one legal step at a time, offering only legal steps', async () => {
    const made = (await create(base('T-WALK'))).facility!;
    let version = made.version;
    for (const status of ['AGREED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'] as const) {
      const res = await update({ id: made.id, version, status });
      expect(res.userErrors).toEqual([]);
      expect(res.facility).toMatchObject({ status, version: version + 1 });
      expect(res.facility!.nextStatuses).toEqual([...FACILITY_TRANSITIONS[status]]);
      version = res.facility!.version;
    }
  });

  it('refuses an illegal transition from the stored status, naming both, and writes nothing', async () => {
    const made = (await create(base('T-SKIP'))).facility!;
    const res = await update({
      id: made.id,
      version: made.version,
      status: 'COMPLETED',
      name: { ko: '바뀐 이름' },
    });
    expect(res.facility).toBeNull();
    expect(res.userErrors).toEqual([
      {
        field: ['status'],
        code: 'ILLEGAL_TRANSITION',
        message: '상태: 계획에서 준공(으)로 바꿀 수 없습니다.',
      },
    ]);
    const en = await update({ id: made.id, status: 'COMPLETED' }, { 'accept-language': 'en' });
    expect(en.userErrors[0]!.message).toBe('Status: cannot move from Planned to Completed.');
    expect(await read(made.id)).toMatchObject({ status: 'PLANNED', version: made.version, name: made.name });

    // Closed is terminal: there is no reopening it.
    const closed = await update({ id: made.id, status: 'CLOSED' });
    expect(closed.facility!.nextStatuses).toEqual([]);
    const reopen = await update({ id: made.id, status: 'OPERATING' });
    expect(reopen.userErrors).toEqual([
      expect.objectContaining({ field: ['status'], code: 'ILLEGAL_TRANSITION' }),
    ]);
    expect(reopen.userErrors[0]!.message).toContain('폐쇄');
    expect(await read(made.id)).toMatchObject({ status: 'CLOSED', version: closed.facility!.version });

    // Leaving the status alone is always allowed, whatever it is.
    const renamed = await update({ id: made.id, name: { ko: '폐쇄된 시설' } });
    expect(renamed.facility).toMatchObject({ status: 'CLOSED', name: { ko: '폐쇄된 시설' } });
  });

  it('refuses bad patches and stale versions on update, and keeps what is left out', async () => {
    const made = (
      await create({
        ...base('T-PATCH'),
        zoneId: fx.zones.district,
        programIds: [fx.programs.jobs],
        capacity: { value: 100, unit: 'SEATS' },
        sourceIds: [fx.source],
      })
    ).facility!;
    expect(made.sources).toEqual([{ id: fx.source }]);
    const bad: [Record<string, unknown>, string, string][] = [
      [{ location: { coordinates: { lon: 126.9, lat: 91 } } }, 'location.coordinates.lat', 'TOO_LARGE'],
      [{ capacity: { value: 0, unit: 'SEATS' } }, 'capacity.value', 'MUST_BE_POSITIVE'],
      [{ code: 'T-GGM-PLANT' }, 'code', 'DUPLICATE'],
      [{ zoneId: unknownId('Zone') }, 'zoneId', 'NOT_FOUND'],
      [{ operatorId: unknownId('Organisation') }, 'operatorId', 'NOT_FOUND'],
      [{ programIds: [unknownId('Program')] }, 'programIds.0', 'NOT_FOUND'],
      [{ version: made.version + 1, name: { ko: '새 이름' } }, 'version', 'STALE_VERSION'],
    ];
    for (const [change, field, code] of bad) {
      const res = await update({ id: made.id, ...change });
      expect(res.userErrors, `${field} ${code}`).toContainEqual(
        expect.objectContaining({ field: field.split('.'), code }),
      );
    }
    expect(await read(made.id)).toEqual(made);

    const patched = await update({ id: made.id, version: made.version, kind: 'ARENA' });
    expect(patched.facility).toMatchObject({
      kind: 'ARENA',
      zone: { code: 'T-DISTRICT' },
      programs: [{ code: 'GWANGJU-TYPE-JOBS' }],
      capacity: { value: 100, unit: 'SEATS' },
      sources: [{ id: fx.source }],
    });
    const cleared = await update({ id: made.id, zoneId: null, programIds: null, capacity: null });
    expect(cleared.facility).toMatchObject({ zone: null, programs: [], capacity: null, kind: 'ARENA' });

    const unknown = await update({ id: unknownId('Facility'), name: { ko: 'x' } });
    expect(unknown.userErrors[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
  });

  it('lets exactly one of two racing status changes of the same version win', async () => {
    const made = (await create(base('T-RACE'))).facility!;
    const results = await Promise.all(
      (['AGREED', 'SUSPENDED'] as const).map((status) =>
        update({ id: made.id, version: made.version, status }),
      ),
    );
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'STALE_VERSION')).toHaveLength(1);
    expect((await read(made.id)).status).toBe(winners[0]!.facility!.status);
  });

  it('deletes a facility, refusing stale versions and unknown ids', async () => {
    const del = `mutation($input: DeleteFacilityInput!) { deleteFacility(input: $input) { deletedId userErrors { field code } } }`;
    type Res = {
      deleteFacility: { deletedId: string | null; userErrors: { field: string[]; code: string }[] };
    };
    const made = (await create(base('T-DOOMED'))).facility!;
    const stale = await app.gql<Res>(del, { input: { id: made.id, version: made.version + 1 } });
    expect(stale.data!.deleteFacility.userErrors[0]!.code).toBe('STALE_VERSION');
    const before = await total();
    const done = await app.gql<Res>(del, { input: { id: made.id, version: made.version } });
    expect(done.data!.deleteFacility).toEqual({ deletedId: made.id, userErrors: [] });
    expect(await total()).toBe(before - 1);
    const again = await app.gql<Res>(del, { input: { id: made.id } });
    expect(again.data!.deleteFacility.userErrors[0]!.code).toBe('NOT_FOUND');
  });
});
