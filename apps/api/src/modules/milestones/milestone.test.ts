import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFixtures, type Fixtures, unknownId } from '../facilities/facility.test-fixtures.js';

const FIELDS = `id version kind title { ko en } plannedOn plannedOnPrecision actualOn actualOnPrecision
  note { ko } impliedStatus facility { code status } program { code } sources { title }`;

interface MilestoneNode {
  id: string;
  version: number;
  kind: string;
  plannedOn: string | null;
  actualOn: string | null;
  impliedStatus: string | null;
  facility: { code: string; status: string } | null;
  program: { code: string } | null;
}
type UserErrors = { field: string[]; code: string; message: string }[];
type Payload = { milestone: MilestoneNode | null; userErrors: UserErrors };

describe.each(databaseKinds)('milestones on $name', (kind) => {
  let app: TestApp;
  let fx: Fixtures;
  let facility: { id: string; version: number };
  let sourceId: string;

  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (
      await app.gql<{ createMilestone: Payload }>(
        `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { ${FIELDS} } userErrors { field code message } } }`,
        { input },
        headers,
      )
    ).data!.createMilestone;
  const update = async (input: Record<string, unknown>) =>
    (
      await app.gql<{ updateMilestone: Payload }>(
        `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { ${FIELDS} } userErrors { field code message } } }`,
        { input },
      )
    ).data!.updateMilestone;
  const updateFacility = async (input: Record<string, unknown>) =>
    (
      await app.gql<{
        updateFacility: { facility: { version: number; status: string } | null; userErrors: UserErrors };
      }>(
        'mutation($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { version status } userErrors { field code } } }',
        { input },
      )
    ).data!.updateFacility;
  const total = async () =>
    (await app.gql<{ milestones: { totalCount: number } }>('{ milestones { totalCount } }')).data!.milestones
      .totalCount;

  beforeAll(async () => {
    app = await startTestApp(kind);
    fx = await createFixtures(app);
    const made = await app.gql<{ createFacility: { facility: { id: string; version: number } } }>(
      `mutation { createFacility(input: { code: "T-M-DATA-CENTRE", name: { ko: "시험 데이터센터" }, kind: DATA_CENTRE, status: PLANNED }) {
        facility { id version } } }`,
    );
    facility = made.data!.createFacility.facility;
    const sources = await app.gql<{ programs: { nodes: { sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "AI-INDUSTRY" } }) { nodes { sources { id } } } }',
    );
    sourceId = sources.data!.programs.nodes[0]!.sources[0]!.id;
  });
  afterAll(() => app?.close());

  it('refuses a milestone without an owner, with two owners, without a date, or with unknown ids', async () => {
    const before = await total();
    const step = { facilityId: facility.id, kind: 'GROUNDBREAKING', plannedOn: '2022-03-01' };
    const bad: [Record<string, unknown>, string, string][] = [
      [{ facilityId: undefined }, 'facilityId', 'REQUIRED'],
      [{ programId: fx.programs.ai }, 'programId', 'INVALID'],
      [{ plannedOn: undefined }, 'plannedOn', 'REQUIRED'],
      [{ plannedOn: '2022-03-15', plannedOnPrecision: 'MONTH' }, 'plannedOn', 'DATE_NOT_AT_PRECISION'],
      [{ facilityId: unknownId('Facility') }, 'facilityId', 'NOT_FOUND'],
      [{ facilityId: undefined, programId: unknownId('Program') }, 'programId', 'NOT_FOUND'],
      [{ sourceIds: [unknownId('Source')] }, 'sourceIds.0', 'NOT_FOUND'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...step, ...change });
      expect(res.milestone, `${field} ${code}`).toBeNull();
      expect(res.userErrors).toContainEqual(expect.objectContaining({ field: field.split('.'), code }));
    }
    const ko = await create({ ...step, plannedOn: undefined });
    expect(ko.userErrors[0]!.message).toBe('계획일은(는) 필수 항목입니다.');
    const en = await create({ ...step, facilityId: undefined }, { 'accept-language': 'en' });
    expect(en.userErrors[0]!.message).toBe('Facility or program is required.');
    expect(await total()).toBe(before);
  });

  it('records a program event, listed on the program; it implies no facility status', async () => {
    const held = await create({
      programId: fx.programs.jobs,
      kind: 'EVENT_HELD',
      title: { ko: '시험 행사', en: 'Test event' },
      actualOn: '2021-06-01',
      actualOnPrecision: 'MONTH',
      sourceIds: [sourceId],
    });
    expect(held.userErrors).toEqual([]);
    expect(held.milestone).toMatchObject({
      program: { code: 'GWANGJU-TYPE-JOBS' },
      facility: null,
      impliedStatus: null,
      plannedOn: null,
      actualOn: '2021-06-01',
      actualOnPrecision: 'MONTH',
    });
    const program = await app.gql<{ program: { milestones: { id: string }[] } }>(
      'query($id: ID!) { program(id: $id) { milestones { id } } }',
      { id: fx.programs.jobs },
    );
    expect(program.data!.program.milestones.map((m) => m.id)).toContain(held.milestone!.id);
  });

  it('walks a facility through its lifecycle with milestones, which never move the status themselves', async () => {
    const steps = [
      ['AGREEMENT_SIGNED', '2021-02-01', 'AGREED'],
      ['GROUNDBREAKING', '2021-05-10', 'UNDER_CONSTRUCTION'],
      ['COMPLETION', '2022-04-01', 'COMPLETED'],
      ['OPENING', '2022-09-01', 'OPERATING'],
    ] as const;
    let version = facility.version;
    // Recorded out of order on purpose: the facility lists them by date.
    for (const [milestoneKind, date] of [...steps].reverse()) {
      const planned = await create({ facilityId: facility.id, kind: milestoneKind, plannedOn: date });
      expect(planned.milestone).toMatchObject({ impliedStatus: null, facility: { status: 'PLANNED' } });
    }
    const listed = async () =>
      (
        await app.gql<{
          facility: {
            status: string;
            statusFromMilestones: string | null;
            milestones: { id: string; kind: string; version: number; impliedStatus: string | null }[];
          };
        }>(
          'query($id: ID!) { facility(id: $id) { status statusFromMilestones milestones { id kind version impliedStatus } } }',
          { id: facility.id },
        )
      ).data!.facility;
    expect((await listed()).milestones.map((m) => m.kind)).toEqual(steps.map(([k]) => k));

    for (const [milestoneKind, date, status] of steps) {
      const milestone = (await listed()).milestones.find((m) => m.kind === milestoneKind)!;
      const happened = await update({ id: milestone.id, version: milestone.version, actualOn: date });
      expect(happened.userErrors).toEqual([]);
      expect(happened.milestone).toMatchObject({ impliedStatus: status, plannedOn: date, actualOn: date });
      // The evidence is there, but the facility stays where it was until someone moves it.
      const before = await listed();
      expect(before.statusFromMilestones).toBe(status);
      expect(before.status).not.toBe(status);
      const moved = await updateFacility({ id: facility.id, version, status });
      expect(moved.userErrors).toEqual([]);
      expect(moved.facility!.status).toBe(status);
      version = moved.facility!.version;
    }
    expect((await listed()).milestones.map((m) => m.impliedStatus)).toEqual(steps.map(([, , s]) => s));
  });

  it('updates and deletes a milestone with optimistic locking', async () => {
    const made = (
      await create({ facilityId: facility.id, kind: 'PRODUCTION_START', plannedOn: '2022-09-01' })
    ).milestone!;
    const stale = await update({ id: made.id, version: made.version + 1, actualOn: '2022-09-15' });
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['version'], code: 'STALE_VERSION' }),
    ]);
    const noDate = await update({ id: made.id, plannedOn: null });
    expect(noDate.userErrors).toEqual([expect.objectContaining({ field: ['plannedOn'], code: 'REQUIRED' })]);
    const twoOwners = await update({ id: made.id, programId: fx.programs.ai });
    expect(twoOwners.userErrors).toEqual([
      expect.objectContaining({ field: ['programId'], code: 'INVALID' }),
    ]);
    const moved = await update({ id: made.id, programId: fx.programs.ai, facilityId: null });
    expect(moved.milestone).toMatchObject({ program: { code: 'AI-INDUSTRY' }, facility: null, version: 2 });

    const del = `mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { deletedId userErrors { code } } }`;
    type Res = { deleteMilestone: { deletedId: string | null; userErrors: { code: string }[] } };
    const before = await total();
    const refused = await app.gql<Res>(del, { input: { id: made.id, version: 1 } });
    expect(refused.data!.deleteMilestone.userErrors[0]!.code).toBe('STALE_VERSION');
    const done = await app.gql<Res>(del, { input: { id: made.id, version: 2 } });
    expect(done.data!.deleteMilestone).toEqual({ deletedId: made.id, userErrors: [] });
    expect(await total()).toBe(before - 1);
  });

  it('lists milestones with a filter, in timeline order', async () => {
    const res = await app.gql<{
      milestones: { totalCount: number; nodes: { kind: string; actualOn: string }[] };
    }>(
      `query($f: ID!) { milestones(filter: { facility: { eq: $f }, happened: true }, orderBy: [{ field: DATE, direction: DESC }]) {
        totalCount nodes { kind actualOn } } }`,
      { f: facility.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.milestones.nodes.map((n) => n.kind)).toEqual([
      'OPENING',
      'COMPLETION',
      'GROUNDBREAKING',
      'AGREEMENT_SIGNED',
    ]);
    expect(res.data!.milestones.totalCount).toBe(4);
  });

  it("takes a facility's milestones with it when the facility is deleted", async () => {
    const made = await app.gql<{ createFacility: { facility: { id: string } } }>(
      `mutation { createFacility(input: { code: "T-M-SHORT-LIVED", name: { ko: "잠깐 시설" }, kind: ARENA, status: PLANNED }) {
        facility { id } } }`,
    );
    const id = made.data!.createFacility.facility.id;
    await create({ facilityId: id, kind: 'OPENING', plannedOn: '2023-01-01', plannedOnPrecision: 'YEAR' });
    const before = await total();
    const done = await app.gql<{ deleteFacility: { deletedId: string } }>(
      'mutation($id: ID!) { deleteFacility(input: { id: $id }) { deletedId } }',
      { id },
    );
    expect(done.data!.deleteFacility.deletedId).toBe(id);
    expect(await total()).toBe(before - 1);
  });
});
