import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  createAs,
  createWorld,
  ENTITY_CASES,
  type World,
} from '../../auth/permission-matrix.test-fixtures.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Event {
  id: string;
  at: string;
  action: string;
  user: { email: string } | null;
  userEmail: string | null;
  entityType: string;
  entityId: string;
  entityCode: string | null;
  entityVersion: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: { field: string; label: string | null; before: unknown; after: unknown }[];
}
const EVENT =
  'id at action user { email } userEmail entityType entityId entityCode entityVersion before after changes { field label before after }';
const RESTORE = `mutation($input: RestoreRecordInput!) { restoreRecord(input: $input) {
  record { id __typename ... on Program { code progress version } } userErrors { field code message } } }`;
type Restored = {
  restoreRecord: {
    record: { id: string; __typename: string; progress?: number; version?: number } | null;
    userErrors: UserErrors;
  };
};

describe.each(databaseKinds)('audit, history and restore on $name', (kind) => {
  let app: TestApp;
  let world: World;
  beforeAll(async () => {
    app = await startTestApp(kind);
    world = await createWorld(app);
  });
  afterAll(() => app?.close());

  const auditCount = async () =>
    (await app.gql<{ auditEvents: { totalCount: number } }>('{ auditEvents { totalCount } }')).data!
      .auditEvents.totalCount;
  const history = async (id: string, headers?: Record<string, string>) =>
    (
      await app.gql<{ node: { history: Event[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Program { history { ${EVENT} } } } }`,
        { id },
        headers,
      )
    ).data!.node.history;
  const program = async (id: string) =>
    (
      await app.gql<{
        program: { code: string; progress: number | null; version: number; name: { en: string | null } };
      }>('query($id: ID!) { program(id: $id) { code progress version name { en } } }', { id })
    ).data!.program;
  const createProgram = async (code: string, gql = app.gql) =>
    (
      await gql<{ createProgram: { program: { id: string }; userErrors: UserErrors } }>(
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { field code } } }`,
        {
          input: {
            code,
            name: { ko: code },
            summary: { ko: '감사 시험' },
            area: 'AI',
            status: 'PIPELINE',
            progress: 10,
          },
        },
      )
    ).data!.createProgram.program.id;
  const updateProgram = async (input: Record<string, unknown>, gql = app.gql) =>
    (
      await gql<{ updateProgram: { userErrors: UserErrors } }>(
        'mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { userErrors { field code message } } }',
        { input },
      )
    ).data!.updateProgram.userErrors;
  const restore = async (auditEventId: string, version?: number, headers?: Record<string, string>) =>
    (await app.gql<Restored>(RESTORE, { input: { auditEventId, version } }, headers)).data!.restoreRecord;

  it('records who, when, which record, the action and the difference of each write', async () => {
    const editor = app.as('EDITOR');
    const t0 = Date.now();
    const id = await createProgram('AUDIT-WHO', editor.gql);
    expect(
      await updateProgram({ id, progress: 25, name: { ko: 'AUDIT-WHO', en: 'Audit who' } }, editor.gql),
    ).toEqual([]);
    const t1 = Date.now();
    const [update, create] = await history(id);
    expect(create).toMatchObject({
      action: 'CREATE',
      user: { email: 'editor@bitgoeul.test' },
      userEmail: 'editor@bitgoeul.test',
      entityType: 'Program',
      entityId: id,
      entityCode: 'AUDIT-WHO',
      entityVersion: 1,
      before: null,
      after: { code: 'AUDIT-WHO', progress: 10, visibility: 'PUBLIC' },
    });
    expect(create!.changes).toContainEqual({
      field: 'code',
      label: '코드',
      before: null,
      after: 'AUDIT-WHO',
    });
    expect(update).toMatchObject({
      action: 'UPDATE',
      entityVersion: 2,
      before: { progress: 10 },
      after: { progress: 25 },
    });
    expect(update!.changes).toEqual([
      { field: 'name.en', label: '이름(영어)', before: null, after: 'Audit who' },
      { field: 'progress', label: '진척률(%)', before: 10, after: 25 },
    ]);
    for (const event of [create!, update!]) {
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(t0 - 5);
      expect(Date.parse(event.at)).toBeLessThanOrEqual(t1 + 5);
    }
    const [inEnglish] = await history(id, { 'accept-language': 'en' });
    expect(inEnglish!.changes.map((c) => c.label)).toEqual(['Name (English)', 'Progress (%)']);
  });

  it('records nothing when a write is refused', async () => {
    const id = await createProgram('AUDIT-REFUSED');
    const events = await auditCount();
    const duplicate = await app.gql<{ createProgram: { userErrors: UserErrors } }>(
      `mutation { createProgram(input: { code: "AUDIT-REFUSED", name: { ko: "x" }, summary: { ko: "x" }, area: AI, status: PIPELINE }) { userErrors { code } } }`,
    );
    expect(duplicate.data!.createProgram.userErrors).toMatchObject([{ code: 'DUPLICATE' }]);
    expect(await updateProgram({ id, progress: 150 })).toMatchObject([
      { field: ['progress'], code: 'TOO_LARGE' },
    ]);
    expect(await updateProgram({ id, version: 7, progress: 20 })).toMatchObject([{ code: 'STALE_VERSION' }]);
    const viewer = await app
      .as('VIEWER')
      .gql('mutation($id: ID!) { deleteProgram(input: { id: $id }) { deletedId } }', { id });
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(events);
    expect((await history(id)).map((e) => e.action)).toEqual(['CREATE']);
  });

  it('lists history newest first, in one query for any number of records', async () => {
    const id = await createProgram('AUDIT-ORDER');
    for (const progress of [20, 30, 40]) expect(await updateProgram({ id, progress })).toEqual([]);
    const events = await history(id);
    expect(events.map((e) => [e.action, e.entityVersion])).toEqual([
      ['UPDATE', 4],
      ['UPDATE', 3],
      ['UPDATE', 2],
      ['CREATE', 1],
    ]);
    const query = 'query($n: Int!) { programs(first: $n) { nodes { code history { action } } } }';
    const cost = (n: number) => app.countStatements(() => app.gql(query, { n }));
    expect(await cost(40)).toBe(await cost(2));
  });

  it('restores an earlier version as a new audited write, and refuses a stale version', async () => {
    const id = await createProgram('AUDIT-RESTORE');
    expect(await updateProgram({ id, progress: 60, name: { ko: 'AUDIT-RESTORE', en: 'Later' } })).toEqual([]);
    expect(await updateProgram({ id, progress: 90 })).toEqual([]);
    const created = (await history(id)).at(-1)!;
    const before = await program(id);

    const events = await auditCount();
    const stale = await restore(created.id, 1);
    expect(stale).toMatchObject({
      record: null,
      userErrors: [{ field: ['version'], code: 'STALE_VERSION' }],
    });
    expect(await program(id)).toEqual(before);
    expect(await auditCount()).toBe(events);

    const done = await restore(created.id, before.version, { 'accept-language': 'en' });
    expect(done.userErrors).toEqual([]);
    expect(done.record).toMatchObject({
      id,
      __typename: 'Program',
      progress: 10,
      version: before.version + 1,
    });
    expect(await program(id)).toMatchObject({ progress: 10, name: { en: null } });
    const [restored] = await history(id);
    expect(restored).toMatchObject({
      action: 'RESTORE',
      user: { email: 'admin@bitgoeul.test' },
      entityVersion: before.version + 1,
      before: { progress: 90 },
      after: created.after,
    });
    expect(restored!.changes.map((c) => c.field)).toEqual(['name.en', 'progress']);
  });

  it.each(ENTITY_CASES)('restores a $typename through its own update path', async (c) => {
    const created = await createAs(app.gql, c, c.create(world, 'RESTORE', 'PUBLIC'));
    expect(created.userErrors).toEqual([]);
    const update = await app.gql<Record<string, { userErrors: UserErrors }>>(
      `mutation($input: Update${c.typename}Input!) { update${c.typename}(input: $input) { userErrors { field code } } }`,
      { input: { id: created.id, ...c.update(99) } },
    );
    expect(update.data![`update${c.typename}`]!.userErrors).toEqual([]);
    const read = async () =>
      (
        await app.gql<{ node: { version: number; history: Event[] } }>(
          `query($id: ID!) { node(id: $id) { ... on ${c.typename} { version history { ${EVENT} } } } }`,
          { id: created.id },
        )
      ).data!.node;
    const { version, history: events } = await read();
    expect(events.map((e) => e.action)).toEqual(['UPDATE', 'CREATE']);
    const done = await restore(events[1]!.id, version);
    expect(done.userErrors).toEqual([]);
    expect(done.record).toMatchObject({ id: created.id, __typename: c.typename });
    const after = await read();
    expect(after.version).toBe(version + 1);
    expect(after.history[0]).toMatchObject({
      action: 'RESTORE',
      after: events[1]!.after,
      before: events[0]!.after,
    });
  });

  it('refuses to restore a deletion or a deleted record, and a restore the rules refuse', async () => {
    const id = await createProgram('AUDIT-GONE');
    const created = (await history(id))[0]!;
    await app.gql('mutation($id: ID!) { deleteProgram(input: { id: $id }) { deletedId } }', { id });
    const log = await app.gql<{ auditEvents: { nodes: Event[] } }>(
      `query($e: ID!) { auditEvents(filter: { entity: $e }) { nodes { ${EVENT} } } }`,
      { e: id },
    );
    const deleted = log.data!.auditEvents.nodes[0]!;
    expect(deleted).toMatchObject({ action: 'DELETE', after: null, before: { code: 'AUDIT-GONE' } });
    const events = await auditCount();
    const again = await restore(deleted.id);
    expect(again.userErrors).toMatchObject([{ field: ['auditEventId'], code: 'INVALID' }]);
    expect(again.userErrors[0]!.message).toContain('삭제');
    expect((await restore(created.id)).userErrors).toMatchObject([
      { field: ['auditEventId'], code: 'NOT_FOUND' },
    ]);

    // The code was given away since: restoring the old one is refused like an edit would be.
    const moved = await createProgram('AUDIT-CODE');
    const first = (await history(moved))[0]!;
    expect(await updateProgram({ id: moved, code: 'AUDIT-CODE-NEW' })).toEqual([]);
    await createProgram('AUDIT-CODE');
    const clash = await restore(first.id);
    expect(clash.userErrors).toMatchObject([{ field: ['code'], code: 'DUPLICATE' }]);
    expect((await program(moved)).code).toBe('AUDIT-CODE-NEW');
    const unknown = Buffer.from('AuditEvent:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await restore(unknown)).userErrors).toMatchObject([
      { field: ['auditEventId'], code: 'NOT_FOUND' },
    ]);
    expect(await auditCount()).toBe(events + 3);
  });
});
