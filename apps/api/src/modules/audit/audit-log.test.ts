import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { caseOf, createAs, createWorld, type World } from '../../auth/permission-matrix.test-fixtures.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Event {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  entityCode: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: { field: string; label: string | null }[];
}
const EVENT = 'id action entityType entityId entityCode before after changes { field label }';
type Log = { auditEvents: { totalCount: number; nodes: Event[] } };
const LOG = `query($filter: AuditEventFilter) { auditEvents(first: 100, filter: $filter) { totalCount nodes { ${EVENT} } } }`;

/** The writes that do not go through a RecordWriteSpec (figures, targets, links) and reading the log. */
describe.each(databaseKinds)('audit log on $name', (kind) => {
  let app: TestApp;
  let world: World;
  let indicator: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    world = await createWorld(app);
    indicator = (
      await createAs(app.gql, caseOf('Indicator'), caseOf('Indicator').create(world, 'FIGURES', 'PUBLIC'))
    ).id!;
  });
  afterAll(() => app?.close());

  const log = async (filter: Record<string, unknown>, gql = app.gql) =>
    (await gql<Log>(LOG, { filter })).data?.auditEvents;
  const count = async () => (await log({}))!.totalCount;
  const write = async <T>(query: string, input: Record<string, unknown>) => {
    const res = await app.gql<Record<string, T & { userErrors: UserErrors }>>(query, { input });
    return Object.values(res.data!)[0]!;
  };

  it('records figures: a new one as CREATE, a correction as the old vintage superseded and a new one created', async () => {
    const recorded = await write<{ observation: { id: string } }>(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { observation { id } userErrors { code } } }',
      { indicatorId: indicator, period: '2021', value: '530', status: 'PROVISIONAL', sourceId: world.source },
    );
    expect(recorded.userErrors).toEqual([]);
    const events = await count();
    const duplicate = await write(
      'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { userErrors { code } } }',
      { indicatorId: indicator, period: '2021', value: '1', status: 'FINAL', sourceId: world.source },
    );
    expect(duplicate.userErrors).toMatchObject([{ code: 'DUPLICATE_VINTAGE' }]);
    expect(await count()).toBe(events);

    const old = recorded.observation.id;
    const corrected = await write<{ observation: { id: string } }>(
      'mutation($input: CorrectObservationInput!) { correctObservation(input: $input) { observation { id } userErrors { code } } }',
      { id: old, value: '531', status: 'FINAL' },
    );
    expect(corrected.userErrors).toEqual([]);
    const ofOld = (await log({ entity: old }))!.nodes;
    expect(ofOld.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(ofOld[1]).toMatchObject({
      entityType: 'Observation',
      after: { period: '2021', value: '530', status: 'PROVISIONAL' },
    });
    const [, newId] = Buffer.from(corrected.observation.id, 'base64').toString().split(':');
    expect(ofOld[0]!.changes.map((c) => [c.field, c.label])).toEqual([
      ['supersededAt', '대체된 시각'],
      ['supersededById', '대체한 값'],
    ]);
    expect(ofOld[0]!.after).toMatchObject({ supersededById: newId });
    const ofNew = (await log({ entity: corrected.observation.id }))!.nodes;
    expect(ofNew).toMatchObject([{ action: 'CREATE', after: { value: '531', status: 'FINAL' } }]);
  });

  it('records targets set, superseded and deleted', async () => {
    const set = (value: string) =>
      write<{ target: { id: string } }>(
        'mutation($input: SetTargetInput!) { setTarget(input: $input) { target { id } userErrors { code } } }',
        { indicatorId: indicator, kind: 'PER_PERIOD', period: '2022', value, sourceId: world.source },
      );
    const first = await set('1000');
    const second = await set('1200');
    expect([first.userErrors, second.userErrors]).toEqual([[], []]);
    expect((await log({ entity: first.target.id }))!.nodes.map((e) => e.action)).toEqual([
      'UPDATE',
      'CREATE',
    ]);
    const deleted = await write<{ deletedId: string }>(
      'mutation($input: DeleteTargetInput!) { deleteTarget(input: $input) { deletedId userErrors { code } } }',
      { id: second.target.id },
    );
    expect(deleted.deletedId).toBe(second.target.id);
    const ofSecond = (await log({ entity: second.target.id }))!.nodes;
    expect(ofSecond.map((e) => e.action)).toEqual(['DELETE', 'CREATE']);
    expect(ofSecond[0]).toMatchObject({ entityType: 'Target', before: { value: '1200' }, after: null });
  });

  it('records organisation links on the record they belong to, which cannot be restored from them', async () => {
    const link = (mutation: 'linkOrganisation' | 'unlinkOrganisation', role = 'PARTNER') =>
      write(
        `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { code } } }`,
        { subjectId: world.facilities.PUBLIC, organisationId: world.organisations.PUBLIC, role },
      );
    expect((await link('linkOrganisation')).userErrors).toEqual([]);
    const events = await count();
    expect((await link('linkOrganisation')).userErrors).toMatchObject([{ code: 'DUPLICATE' }]);
    expect((await link('unlinkOrganisation', 'FUNDER')).userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(await count()).toBe(events);
    expect((await link('unlinkOrganisation')).userErrors).toEqual([]);

    const history = await app.gql<{ node: { history: Event[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Facility { history { ${EVENT} } } } }`,
      { id: world.facilities.PUBLIC },
    );
    const [unlinked, linked] = history.data!.node.history;
    const entry = { organisation: 'MX-ORG-PARENT-PUBLIC', role: 'PARTNER' };
    expect(linked).toMatchObject({
      action: 'UPDATE',
      entityType: 'Facility',
      entityId: world.facilities.PUBLIC,
      entityCode: 'MX-FACILITY-PARENT-PUBLIC',
      before: { organisations: [] },
      after: { organisations: [entry] },
      changes: [{ field: 'organisations', label: '참여 기관' }],
    });
    expect(unlinked).toMatchObject({ before: { organisations: [entry] }, after: { organisations: [] } });
    const restored = await app.gql<{ restoreRecord: { userErrors: UserErrors } }>(
      'mutation($id: ID!) { restoreRecord(input: { auditEventId: $id }) { userErrors { field code message } } }',
      { id: linked!.id },
    );
    expect(restored.data!.restoreRecord.userErrors).toMatchObject([
      { field: ['auditEventId'], code: 'INVALID' },
    ]);
  });

  it('filters by author, type, record, action and time, newest first', async () => {
    const editor = app.as('EDITOR');
    const editorId = (await editor.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    const made = await createAs(
      editor.gql,
      caseOf('Zone'),
      caseOf('Zone').create(world, 'BY-EDITOR', 'INTERNAL'),
    );
    const byEditor = (await log({ user: editorId }))!;
    expect(byEditor.nodes.map((e) => [e.action, e.entityId])).toEqual([['CREATE', made.id]]);
    const zones = (await log({ entityType: 'Zone', action: 'CREATE' }))!;
    expect(zones.totalCount).toBe(3);
    expect(zones.nodes[0]!.entityId).toBe(made.id);
    expect((await log({ from: new Date(Date.now() + 60_000).toISOString() }))!.totalCount).toBe(0);
    expect((await log({ to: '2000-01-01T00:00:00Z' }))!.totalCount).toBe(0);
    expect(
      (await log({ from: '2000-01-01T00:00:00Z', to: new Date(Date.now() + 60_000).toISOString() }))!
        .totalCount,
    ).toBe(await count());
    const bad = await app.gql(LOG, { filter: { entity: 'not an id' } });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('shows account and token events to administrators only', async () => {
    const created = await app.gql<{ createUser: { user: { id: string } } }>(
      'mutation { createUser(input: { email: "audit@gwangju.go.kr", name: "감사", role: VIEWER, password: "long enough passphrase" }) { user { id } } }',
    );
    const userId = created.data!.createUser.user.id;
    const asAdmin = (await log({ entity: userId }))!;
    expect(asAdmin.nodes).toMatchObject([
      { action: 'CREATE', entityType: 'User', after: { email: 'audit@gwangju.go.kr' } },
    ]);
    const editor = app.as('EDITOR').gql;
    expect((await log({ entityType: 'User' }, editor))!.totalCount).toBe(0);
    expect((await log({}, editor))!.totalCount).toBe(
      (await count()) - (await log({ entityType: 'User' }))!.totalCount,
    );
    const node = await editor('query($id: ID!) { node(id: $id) { ... on AuditEvent { action } } }', {
      id: asAdmin.nodes[0]!.id,
    });
    expect(node.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const restore = await editor<{ restoreRecord: { userErrors: UserErrors } }>(
      'mutation($id: ID!) { restoreRecord(input: { auditEventId: $id }) { userErrors { field code } } }',
      { id: asAdmin.nodes[0]!.id },
    );
    expect(restore.data!.restoreRecord.userErrors).toMatchObject([
      { field: ['auditEventId'], code: 'NOT_FOUND' },
    ]);
    const adminRestore = await app.gql<{ restoreRecord: { userErrors: UserErrors } }>(
      'mutation($id: ID!) { restoreRecord(input: { auditEventId: $id }) { userErrors { field code message } } }',
      { id: asAdmin.nodes[0]!.id },
      { 'accept-language': 'en' },
    );
    expect(adminRestore.data!.restoreRecord.userErrors).toMatchObject([
      { field: ['auditEventId'], code: 'INVALID' },
    ]);
    expect(adminRestore.data!.restoreRecord.userErrors[0]!.message).toContain(
      'User records cannot be restored',
    );
  });
});
