import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { caseOf, createAs, createWorld, type World } from '../auth/permission-matrix.test-fixtures.js';

const madeUp = (typename: string) =>
  Buffer.from(`${typename}:5f0c9a52-8d1e-4b7a-9c3f-2e6d8a1b4c70`).toString('base64');

/**
 * Public records that hang from hidden ones, so that a filter naming the hidden record would match
 * something if the hidden record showed through.
 */
async function publicUnderHidden(app: TestApp, world: World) {
  const create = async (typename: string, input: Record<string, unknown>) => {
    const created = await createAs(app.gql, caseOf(typename), input);
    expect(created.userErrors).toEqual([]);
    return created.id!;
  };
  const zone = await create('Zone', {
    ...caseOf('Zone').create(world, 'UNDER-HIDDEN', 'PUBLIC'),
    parentId: world.zones.INTERNAL,
  });
  await create('Facility', {
    ...caseOf('Facility').create(world, 'IN-HIDDEN', 'PUBLIC'),
    zoneId: world.zones.INTERNAL,
    operatorId: world.organisations.INTERNAL,
    programIds: [world.programs.INTERNAL],
  });
  // In a public zone under a hidden one: reached by zoneWithin only through the hidden zone.
  await create('Facility', { ...caseOf('Facility').create(world, 'UNDER-HIDDEN', 'PUBLIC'), zoneId: zone });
  await create('Program', {
    ...caseOf('Program').create(world, 'UNDER-HIDDEN', 'PUBLIC'),
    parentId: world.programs.INTERNAL,
  });
  await create('Organisation', {
    ...caseOf('Organisation').create(world, 'UNDER-HIDDEN', 'PUBLIC'),
    parentId: world.organisations.INTERNAL,
  });
  await create('Indicator', {
    ...caseOf('Indicator').create(world, 'ABOUT-HIDDEN', 'PUBLIC'),
    subject: { type: 'PROGRAM', id: world.programs.INTERNAL },
  });
}

/** Every relation filter of a public list, with the hidden record it names. */
const CASES = (w: World) =>
  [
    ['facilities', 'zone: { eq: $id }', 'Zone', w.zones.INTERNAL],
    ['facilities', 'zone: { in: [$id] }', 'Zone', w.zones.INTERNAL],
    ['facilities', 'zoneWithin: $id', 'Zone', w.zones.INTERNAL],
    ['facilities', 'operator: { eq: $id }', 'Organisation', w.organisations.INTERNAL],
    ['facilities', 'program: { eq: $id }', 'Program', w.programs.INTERNAL],
    ['facilities', 'not: { zone: { eq: $id } }', 'Zone', w.zones.INTERNAL],
    ['zones', 'parent: { eq: $id }', 'Zone', w.zones.INTERNAL],
    ['zones', 'within: $id', 'Zone', w.zones.INTERNAL],
    ['programs', 'parent: { eq: $id }', 'Program', w.programs.INTERNAL],
    ['organisations', 'parent: { eq: $id }', 'Organisation', w.organisations.INTERNAL],
    ['indicators', 'subject: { eq: $id }', 'Program', w.programs.INTERNAL],
    ['benefitRules', 'program: { eq: $id }', 'Program', w.programs.INTERNAL],
    ['exemptions', 'zone: { eq: $id }', 'Zone', w.zones.INTERNAL],
    ['milestones', 'program: { eq: $id }', 'Program', w.programs.INTERNAL],
    ['milestones', 'facility: { eq: $id }', 'Facility', w.facilities.INTERNAL],
    ['observations', 'indicator: { eq: $id }', 'Indicator', null],
  ] as const;

describe.each(databaseKinds)('filters naming hidden records on $name', (kind) => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await startTestApp(kind);
    world = await createWorld(app);
    await publicUnderHidden(app, world);
  });
  afterAll(() => app?.close());

  const count = (gql: TestApp['gql'], list: string, condition: string, id: string) =>
    gql(`query($id: ID!) { ${list}(filter: { ${condition} }) { totalCount nodes { id } } }`, { id });

  it('answer an anonymous caller exactly as a filter naming a record that does not exist', async () => {
    const anonymous = app.as('ANONYMOUS').gql;
    for (const [list, condition, typename, hidden] of CASES(world)) {
      if (!hidden) continue;
      const label = `${list}(${condition})`;
      expect({ label, answer: await count(anonymous, list, condition, hidden) }).toEqual({
        label,
        answer: await count(anonymous, list, condition, madeUp(typename)),
      });
    }
    // The same refusal too, for an id of the wrong type (the message quotes the id as sent).
    const wrongType = async (id: string) =>
      (await count(anonymous, 'facilities', 'zone: { eq: $id }', id)).errors?.map((e) => ({
        ...e,
        message: e.message.replace(id, 'ID'),
      }));
    expect(await wrongType(world.programs.INTERNAL)).toEqual(await wrongType(madeUp('Program')));
    expect((await wrongType(madeUp('Program')))![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('still match the hidden records for a signed-in caller', async () => {
    const viewer = app.as('VIEWER').gql;
    const total = async (list: string, condition: string, id: string) =>
      ((await count(viewer, list, condition, id)).data as Record<string, { totalCount: number }>)[list]!
        .totalCount;
    expect({
      zone: await total('facilities', 'zone: { eq: $id }', world.zones.INTERNAL),
      zoneWithin: await total('facilities', 'zoneWithin: $id', world.zones.INTERNAL),
      program: await total('facilities', 'program: { eq: $id }', world.programs.INTERNAL),
      parentZone: await total('zones', 'parent: { eq: $id }', world.zones.INTERNAL),
      subject: await total('indicators', 'subject: { eq: $id }', world.programs.INTERNAL),
    }).toEqual({ zone: 1, zoneWithin: 2, program: 1, parentZone: 1, subject: 1 });
  });

  it('walk a zone tree only through zones the caller may see', async () => {
    // public → hidden → public, with a public facility at the bottom.
    const zones = caseOf('Zone');
    const hidden = await createAs(app.gql, zones, {
      ...zones.create(world, 'MIDDLE', 'INTERNAL'),
      parentId: world.zones.PUBLIC,
    });
    const bottom = await createAs(app.gql, zones, {
      ...zones.create(world, 'BOTTOM', 'PUBLIC'),
      parentId: hidden.id,
    });
    const facility = await createAs(app.gql, caseOf('Facility'), {
      ...caseOf('Facility').create(world, 'BOTTOM', 'PUBLIC'),
      zoneId: bottom.id,
    });
    const below = async (identity: 'ANONYMOUS' | 'VIEWER') => {
      const res = await app
        .as(identity)
        .gql<{ zones: { nodes: { id: string }[] }; facilities: { nodes: { id: string }[] } }>(
          `query($id: ID!) { zones(filter: { within: $id }) { nodes { id } }
            facilities(filter: { zoneWithin: $id }) { nodes { id } } }`,
          { id: world.zones.PUBLIC },
        );
      return {
        bottomZone: res.data!.zones.nodes.some((z) => z.id === bottom.id),
        facility: res.data!.facilities.nodes.some((f) => f.id === facility.id),
      };
    };
    // To an anonymous caller the middle zone is not there, so the bottom one is under nothing.
    expect(await below('ANONYMOUS')).toEqual({ bottomZone: false, facility: false });
    expect(await below('VIEWER')).toEqual({ bottomZone: true, facility: true });
  });
});
