import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../test/harness.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';

const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { code } userErrors { field code } } }`;
const organisation = (code: string) => ({ input: { code, kind: 'AGENCY', name: { ko: '기관' } } });

/** Another connection (a backup, the sqlite3 shell) holds the write lock on the same file for `ms`. */
function lockFor(path: string, ms: number) {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return new Promise<void>((released) =>
    setTimeout(() => {
      other.exec('ROLLBACK');
      other.close();
      released();
    }, ms),
  );
}

describe('SQLite under an outside lock and a full disk', () => {
  let app: TestApp;
  let path: string;
  const stored = (code: string) => app.orm.em.fork().count(Organisation, { code });
  beforeAll(async () => {
    // A short busy timeout keeps the give-up case quick; the default is 5 s.
    app = await startTestApp(databaseKinds[0]!, { sqliteBusyTimeoutMs: 3000 });
    path = app.orm.config.get('dbName')!;
    await app.gql('{ __typename }');
    await post(organisation('SIGNED-IN'));
  });
  afterAll(() => app?.close());

  /** The mutation as an administrator's browser sends it, answered with its status and headers. */
  let session: Promise<Record<string, string>> | undefined;
  const signIn = () => app.sessionHeaders('ADMIN');
  const post = async (variables: Record<string, unknown>, language?: string) => {
    session ??= signIn();
    const res = await app.yoga.fetch('http://bitgoeul.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(await session),
        ...(language ? { 'accept-language': language } : {}),
      },
      body: JSON.stringify({ query: CREATE, variables }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), ...(await res.json()) };
  };

  it('runs in WAL mode with the busy timeout and foreign keys on its connection', async () => {
    const connection = app.orm.em.getConnection();
    expect(await connection.execute('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await connection.execute('pragma busy_timeout')).toEqual([{ timeout: 3000 }]);
    expect(await connection.execute('pragma foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  it('makes a mutation wait for a lock held 2 s, then succeed; reads go on meanwhile', async () => {
    const released = lockFor(path, 2000);
    const started = performance.now();
    const writing = app.gql(CREATE, organisation('LOCKED-WAIT'));
    // The wait does not stop the process: a read is answered while the mutation waits.
    const read = await app.as('ANONYMOUS').gql('{ __typename }');
    expect(read.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1500);
    const res = await writing;
    const waited = performance.now() - started;
    await released;
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      createOrganisation: { organisation: { code: 'LOCKED-WAIT' }, userErrors: [] },
    });
    expect(waited).toBeGreaterThan(1900);
    expect(await stored('LOCKED-WAIT')).toBe(1);
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, as a top-level error, when the lock outlasts the busy timeout', async () => {
    const released = lockFor(path, 4000);
    const started = performance.now();
    const res = await post(organisation('LOCKED-LONG'), 'en');
    expect(performance.now() - started).toBeGreaterThan(2900);
    await released;
    expect(res.status).toBe(503);
    expect(res.retryAfter).toBe('5');
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'The service is temporarily unavailable; try again in a moment.',
        path: ['createOrganisation'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(res)).not.toMatch(/locked|insert|sqlite|BEGIN/i);
    expect(await stored('LOCKED-LONG')).toBe(0);
    // The lock gone, the same mutation goes through.
    expect((await app.gql(CREATE, organisation('LOCKED-LONG'))).data).toEqual({
      createOrganisation: { organisation: { code: 'LOCKED-LONG' }, userErrors: [] },
    });
  });

  it('answers a sign-in that cannot write its session 503 with Retry-After, in the /auth shape', async () => {
    const released = lockFor(path, 4000);
    const res = await app.yoga.fetch('http://bitgoeul.test/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    await released;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message: 'The service is temporarily unavailable; try again in a moment.',
      },
    });
  });

  it('answers 503 in Korean by default, with Retry-After, when the database file cannot grow (SQLITE_FULL)', async () => {
    const connection = app.orm.em.getConnection();
    const [{ page_count: pages }] = (await connection.execute('pragma page_count')) as [
      { page_count: number },
    ];
    // The store may not grow past the pages it has: the next page it needs fails as on a full disk.
    await connection.execute(`pragma max_page_count = ${pages}`);
    try {
      const big = {
        input: {
          code: 'DISK-FULL',
          kind: 'AGENCY',
          name: { ko: '기관' },
          description: { ko: '가'.repeat(2000) },
        },
      };
      let res = await post(big);
      // A page may still be free inside the file; keep writing until one is needed.
      for (let i = 0; i < 50 && res.status === 200; i++) {
        res = await post({ input: { ...big.input, code: `DISK-FULL-${i}` } });
      }
      expect(res.status).toBe(503);
      expect(res.retryAfter).toBe('5');
      expect(res.errors![0]).toMatchObject({
        message: '일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도하세요.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    } finally {
      await connection.execute('pragma max_page_count = 1073741823');
    }
    expect((await app.gql(CREATE, organisation('DISK-ROOM'))).data).toEqual({
      createOrganisation: { organisation: { code: 'DISK-ROOM' }, userErrors: [] },
    });
  });
});
