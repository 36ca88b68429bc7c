import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp, type TestIdentity } from '../../test/harness.js';
import {
  createAs,
  createWorld,
  ENTITY_CASES,
  type EntityCase,
  nestedInputs,
  type Visibility,
  type World,
} from './permission-matrix.test-fixtures.js';

const ROLES: TestIdentity[] = ['ANONYMOUS', 'VIEWER', 'EDITOR', 'REVIEWER', 'ADMIN'];
/** What a refused write answers, by role; null: allowed. */
const WRITE: Record<TestIdentity, string | null> = {
  ANONYMOUS: 'UNAUTHENTICATED',
  VIEWER: 'FORBIDDEN',
  EDITOR: null,
  // A reviewer edits as an editor does, and also signs figures off (the publishing workflow).
  REVIEWER: null,
  ADMIN: null,
};
const errorCode = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;

/**
 * Role × operation × entity: every kind of record written through a RecordWriteSpec, read (public and
 * internal, through its connection, its single fetch and node(id)), created, updated, deleted and
 * its history read, by each role. A refused write leaves the records and the audit log as they were.
 */
describe.each(databaseKinds)('permission matrix on $name', (kind) => {
  let app: TestApp;
  let world: World;
  const records: Record<string, Record<Visibility, string>> = {};

  beforeAll(async () => {
    app = await startTestApp(kind);
    world = await createWorld(app);
    const nested: Record<string, object> = {
      ...nestedInputs(world),
      Program: { parentId: world.programs.PUBLIC },
    };
    for (const c of ENTITY_CASES) {
      const pub = await createAs(app.gql, c, c.create(world, 'PUBLIC', 'PUBLIC'));
      const internal = await createAs(app.gql, c, {
        ...c.create(world, 'INTERNAL', 'INTERNAL'),
        ...nested[c.typename],
      });
      expect([pub.userErrors, internal.userErrors]).toEqual([[], []]);
      records[c.typename] = { PUBLIC: pub.id!, INTERNAL: internal.id! };
    }
    const linked = await app.gql<{ linkOrganisation: { userErrors: unknown[] } }>(
      `mutation($input: LinkOrganisationInput!) { linkOrganisation(input: $input) { userErrors { code } } }`,
      {
        input: {
          subjectId: world.programs.PUBLIC,
          organisationId: world.organisations.INTERNAL,
          role: 'PARTNER',
        },
      },
    );
    expect(linked.data!.linkOrganisation.userErrors).toEqual([]);
  });
  afterAll(() => app?.close());

  const auditCount = async () =>
    (await app.gql<{ auditEvents: { totalCount: number } }>('{ auditEvents { totalCount } }')).data!
      .auditEvents.totalCount;
  const total = async (c: EntityCase) =>
    (await app.gql<Record<string, { totalCount: number }>>(`{ ${c.plural} { totalCount } }`)).data![c.plural]!
      .totalCount;
  /** The stored version, or null when the record is gone (read through the list: no error to log). */
  const versionOf = async (c: Pick<EntityCase, 'plural'>, id: string) =>
    (
      await app.gql<Record<string, { nodes: { version: number }[] }>>(
        `query($id: ID!) { ${c.plural}(filter: { id: { eq: $id } }) { nodes { version } } }`,
        { id },
      )
    ).data![c.plural]!.nodes[0]?.version ?? null;

  async function reads(identity: TestIdentity, c: EntityCase, id: string) {
    const { gql } = app.as(identity);
    const list = await gql<Record<string, { nodes: { id: string }[] }>>(
      `query($id: ID!) { ${c.plural}(filter: { id: { eq: $id } }) { nodes { id } } }`,
      { id },
    );
    const one = await gql<Record<string, { id: string }>>(`query($id: ID!) { ${c.single}(id: $id) { id } }`, {
      id,
    });
    const node = await gql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', {
      id,
    });
    return {
      list: list.data![c.plural]!.nodes.some((n) => n.id === id),
      one: one.data?.[c.single]?.id === id ? true : errorCode(one),
      node: node.data!.node?.id === id,
    };
  }

  describe.each(ENTITY_CASES)('$typename', (c) => {
    it.each(ROLES)('reads public and internal records as %s', async (identity) => {
      const hidden = identity === 'ANONYMOUS';
      expect(await reads(identity, c, records[c.typename]!.PUBLIC)).toEqual({
        list: true,
        one: true,
        node: true,
      });
      expect(await reads(identity, c, records[c.typename]!.INTERNAL)).toEqual(
        hidden ? { list: false, one: 'NOT_FOUND', node: false } : { list: true, one: true, node: true },
      );
    });

    it.each(ROLES)('reads history as %s only if an editor or admin', async (identity) => {
      const res = await app
        .as(identity)
        .gql<{ node: { history: { action: string }[] } | null }>(
          `query($id: ID!) { node(id: $id) { ... on ${c.typename} { history { action } } } }`,
          { id: records[c.typename]!.PUBLIC },
        );
      expect(errorCode(res)).toBe(WRITE[identity]);
      if (!WRITE[identity]) expect(res.data!.node!.history.at(-1)!.action).toBe('CREATE');
    });

    it.each(ROLES)('creates as %s only if an editor or admin', async (identity) => {
      const [before, events] = [await total(c), await auditCount()];
      const created = await createAs(app.as(identity).gql, c, c.create(world, `NEW-${identity}`, 'PUBLIC'));
      expect(created.code).toBe(WRITE[identity]);
      const allowed = WRITE[identity] === null;
      if (allowed) expect(created.userErrors).toEqual([]);
      expect(await total(c)).toBe(before + (allowed ? 1 : 0));
      expect(await auditCount()).toBe(events + (allowed ? 1 : 0));
    });

    it.each(ROLES)('updates as %s only if an editor or admin', async (identity) => {
      const id = records[c.typename]!.PUBLIC;
      const [version, events] = [await versionOf(c, id), await auditCount()];
      const res = await app
        .as(identity)
        .gql<Record<string, { userErrors: unknown[] }>>(
          `mutation($input: Update${c.typename}Input!) { update${c.typename}(input: $input) { userErrors { field code } } }`,
          { input: { id, ...c.update(ROLES.indexOf(identity) + 10) } },
        );
      expect(errorCode(res)).toBe(WRITE[identity]);
      const allowed = WRITE[identity] === null;
      if (allowed) expect(res.data![`update${c.typename}`]!.userErrors).toEqual([]);
      expect(await versionOf(c, id)).toBe(version! + (allowed ? 1 : 0));
      expect(await auditCount()).toBe(events + (allowed ? 1 : 0));
    });

    it.each(ROLES)('deletes as %s only if an editor or admin', async (identity) => {
      const doomed = await createAs(app.gql, c, c.create(world, `DOOMED-${identity}`, 'PUBLIC'));
      const [before, events] = [await total(c), await auditCount()];
      const res = await app
        .as(identity)
        .gql<Record<string, { deletedId: string | null }>>(
          `mutation($id: ID!) { delete${c.typename}(input: { id: $id }) { deletedId userErrors { code } } }`,
          { id: doomed.id },
        );
      expect(errorCode(res)).toBe(WRITE[identity]);
      const allowed = WRITE[identity] === null;
      if (allowed) expect(res.data![`delete${c.typename}`]!.deletedId).toBe(doomed.id);
      expect(await total(c)).toBe(before - (allowed ? 1 : 0));
      expect(await versionOf(c, doomed.id!)).toBe(allowed ? null : 1);
      expect(await auditCount()).toBe(events + (allowed ? 1 : 0));
    });
  });

  it.each(ROLES)('hides internal records behind public ones from %s only if anonymous', async (identity) => {
    const { gql } = app.as(identity);
    const visible = identity !== 'ANONYMOUS';
    const ids = (nodes: { id: string }[] | undefined) => (nodes ?? []).map((n) => n.id);
    const program = await gql<{
      program: {
        children: { id: string }[];
        indicators: { id: string }[];
        organisations: { organisation: { id: string } }[];
      };
    }>(
      `query($id: ID!) { program(id: $id) { children { id } indicators { id } organisations { organisation { id } } } }`,
      { id: world.programs.PUBLIC },
    );
    const zone = await gql<{ zone: { children: { id: string }[]; facilities: { id: string }[] } }>(
      'query($id: ID!) { zone(id: $id) { children { id } facilities { id } } }',
      { id: world.zones.PUBLIC },
    );
    const organisation = await gql<{ organisation: { children: { id: string }[] } }>(
      'query($id: ID!) { organisation(id: $id) { children { id } } }',
      { id: world.organisations.PUBLIC },
    );
    const nodes = await gql<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      {
        ids: [records.Zone!.PUBLIC, records.Zone!.INTERNAL, records.Milestone!.INTERNAL],
      },
    );
    expect({
      programChildren: ids(program.data!.program.children).includes(records.Program!.INTERNAL),
      programIndicators: ids(program.data!.program.indicators).includes(records.Indicator!.INTERNAL),
      programPartners: program.data!.program.organisations.some(
        (l) => l.organisation.id === world.organisations.INTERNAL,
      ),
      zoneChildren: ids(zone.data!.zone.children).includes(records.Zone!.INTERNAL),
      zoneFacilities: ids(zone.data!.zone.facilities).includes(records.Facility!.INTERNAL),
      organisationChildren: ids(organisation.data!.organisation.children).includes(
        records.Organisation!.INTERNAL,
      ),
      nodes: nodes.data!.nodes.map((n) => n !== null),
    }).toEqual({
      programChildren: visible,
      programIndicators: visible,
      programPartners: visible,
      zoneChildren: visible,
      zoneFacilities: visible,
      organisationChildren: visible,
      nodes: [true, visible, visible],
    });
    // The public indicator of the same program shows to everyone.
    expect(ids(program.data!.program.indicators)).toContain(records.Indicator!.PUBLIC);
  });

  it.each(ROLES)('lets %s read the audit log and restore only if an editor or admin', async (identity) => {
    const res = await app
      .as(identity)
      .gql<{ auditEvents: { totalCount: number } }>(
        '{ auditEvents(first: 1) { totalCount nodes { action } } }',
      );
    expect(errorCode(res)).toBe(WRITE[identity]);
    if (!WRITE[identity]) expect(res.data!.auditEvents.totalCount).toBeGreaterThan(0);

    const id = records.Program!.PUBLIC;
    // A change to undo, so that an allowed restore has something to write.
    await app.gql(
      'mutation($id: ID!) { updateProgram(input: { id: $id, progress: 77 }) { userErrors { code } } }',
      {
        id,
      },
    );
    const first = await app.gql<{ node: { history: { id: string }[]; version: number } }>(
      'query($id: ID!) { node(id: $id) { ... on Program { version history { id } } } }',
      { id },
    );
    const created = first.data!.node.history.at(-1)!.id;
    const [version, events] = [first.data!.node.version, await auditCount()];
    const restored = await app
      .as(identity)
      .gql<{ restoreRecord: { userErrors: unknown[] } }>(
        'mutation($input: RestoreRecordInput!) { restoreRecord(input: $input) { userErrors { code } } }',
        { input: { auditEventId: created, version } },
      );
    expect(errorCode(restored)).toBe(WRITE[identity]);
    const allowed = WRITE[identity] === null;
    if (allowed) expect(restored.data!.restoreRecord.userErrors).toEqual([]);
    expect(await versionOf({ plural: 'programs' }, id)).toBe(version + (allowed ? 1 : 0));
    expect(await auditCount()).toBe(events + (allowed ? 1 : 0));
  });
});
