import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { caseOf, createAs, createWorld, type World } from '../auth/permission-matrix.test-fixtures.js';

const globalId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');
const UNKNOWN = globalId('Program', '00000000-0000-4000-8000-000000000000');

/**
 * Ids that name no record the caller may see all read the same: null in place, no error, nothing
 * logged. An id that is not a global id at all is refused like every other id argument.
 */
describe.each(databaseKinds)('records by id on $name', (kind) => {
  let app: TestApp;
  let world: World;
  let logged: MockInstance[];

  beforeAll(async () => {
    app = await startTestApp(kind);
    world = await createWorld(app);
  });
  afterAll(() => app?.close());
  // The server's log: Yoga's logger and anything else writing errors or warnings.
  beforeEach(() => {
    logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  });
  afterEach(() => {
    for (const spy of logged) spy.mockRestore();
  });
  const nothingLogged = () => expect(logged.flatMap((spy) => spy.mock.calls)).toEqual([]);

  const node = (id: string) => app.as('ANONYMOUS').gql('query($id: ID!) { node(id: $id) { id } }', { id });

  it('answers null, without an error or a log line, for a hidden, an unknown and a malformed id', async () => {
    const answers = {
      hidden: await node(world.programs.INTERNAL),
      unknown: await node(UNKNOWN),
      notAStoreKey: await node(globalId('Program', 'not-a-uuid')),
      unknownType: await node(globalId('Nope', '00000000-0000-4000-8000-000000000000')),
      notANodeType: await node(globalId('LocalizedText', '00000000-0000-4000-8000-000000000000')),
    };
    const expected = { status: 200, data: { node: null } };
    expect(answers).toEqual({
      hidden: expected,
      unknown: expected,
      notAStoreKey: expected,
      unknownType: expected,
      notANodeType: expected,
    });
    nothingLogged();
  });

  it('answers null for an account as for an unknown one, to an anonymous caller', async () => {
    const me = await app.gql<{ me: { id: string } }>('{ me { id } }');
    const account = await node(me.data!.me.id);
    const unknown = await node(globalId('User', '00000000-0000-4000-8000-000000000000'));
    expect(account).toEqual({ status: 200, data: { node: null } });
    expect(unknown).toEqual(account);
    nothingLogged();
  });

  it('still finds what the caller may see', async () => {
    expect((await node(world.programs.PUBLIC)).data).toEqual({ node: { id: world.programs.PUBLIC } });
    expect(
      (await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: world.programs.INTERNAL })).data,
    ).toEqual({
      node: { id: world.programs.INTERNAL },
    });
  });

  it('answers nodes in place: the visible one, then null for the hidden and the unknown', async () => {
    const res = await app
      .as('ANONYMOUS')
      .gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Program { version } } }', {
        ids: [world.programs.PUBLIC, world.zones.INTERNAL, UNKNOWN],
      });
    expect(res).toEqual({
      status: 200,
      data: { nodes: [{ id: world.programs.PUBLIC, version: 1 }, null, null] },
    });
    nothingLogged();
  });

  it('refuses an id that is not a global id, naming the argument, as program(id:) does', async () => {
    const one = await node('!!!');
    expect(one.errors).toEqual([
      expect.objectContaining({
        message: 'id: "!!!" is not a valid id',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      }),
    ]);
    const program = await app
      .as('ANONYMOUS')
      .gql('query($id: ID!) { program(id: $id) { id } }', { id: '!!!' });
    expect(program.errors![0]!.extensions).toEqual(one.errors![0]!.extensions);
    const many = await app
      .as('ANONYMOUS')
      .gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [world.programs.PUBLIC, 'nope'] });
    expect(many.errors![0]).toMatchObject({
      message: 'ids.1: "nope" is not a valid id',
      extensions: { code: 'BAD_USER_INPUT', field: 'ids.1' },
    });
  });

  it('computes an entitlement for a real public program and returns whole programs', async () => {
    const found = await app
      .as('ANONYMOUS')
      .gql<{ programs: { nodes: { id: string; visibility: string; version: number }[] } }>(
        '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id visibility version } } }',
      );
    const program = found.data!.programs.nodes[0]!;
    expect(program.visibility).toBe('PUBLIC');
    const res = await app.as('ANONYMOUS').gql<{
      entitlement: {
        total: number;
        payments: { program: { id: string; code: string; version: number } }[];
      };
    }>(
      `query($ids: [ID!]) { entitlement(programIds: $ids, birthDate: "2024-03-01", childOrder: SECOND) {
          total payments { program { id code version } } } }`,
      { ids: [program.id] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entitlement.payments.length).toBeGreaterThan(0);
    for (const payment of res.data!.entitlement.payments) {
      expect(payment.program).toEqual({
        id: program.id,
        code: 'BIRTH-CELEBRATION-GRANT',
        version: program.version,
      });
    }
    // A hidden program reads as one that does not exist.
    const hidden = await app
      .as('ANONYMOUS')
      .gql(
        'query($ids: [ID!]) { entitlement(programIds: $ids, birthDate: "2024-03-01", childOrder: SECOND) { total } }',
        {
          ids: [world.programs.INTERNAL],
        },
      );
    const unknown = await app
      .as('ANONYMOUS')
      .gql(
        'query($ids: [ID!]) { entitlement(programIds: $ids, birthDate: "2024-03-01", childOrder: SECOND) { total } }',
        {
          ids: [UNKNOWN],
        },
      );
    expect(hidden.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('reads a hidden subject as null: subjectId and subject', async () => {
    const indicators = caseOf('Indicator');
    const created = await createAs(app.gql, indicators, {
      ...indicators.create(world, 'HIDDEN-SUBJECT', 'PUBLIC'),
      subject: { type: 'PROGRAM', id: world.programs.INTERNAL },
    });
    expect(created.userErrors).toEqual([]);
    const read = (identity: 'ANONYMOUS' | 'VIEWER') =>
      app
        .as(identity)
        .gql<{ indicator: { subjectId: string | null; subject: { id: string } | null } }>(
          'query($id: ID!) { indicator(id: $id) { subjectId subject { ... on Program { id } } } }',
          { id: created.id },
        );
    expect(await read('ANONYMOUS')).toEqual({
      status: 200,
      data: { indicator: { subjectId: null, subject: null } },
    });
    expect((await read('VIEWER')).data).toEqual({
      indicator: { subjectId: world.programs.INTERNAL, subject: { id: world.programs.INTERNAL } },
    });
    nothingLogged();
  });
});
