import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  accountsClient,
  errorCode,
  ISSUE,
  type IssueRes,
  PASSWORD,
  REVOKE,
} from './accounts.test-fixtures.js';

describe.each(databaseKinds)('accounts and tokens on $name', (kind) => {
  let app: TestApp;
  let adminId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    adminId = (await app.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  });
  afterAll(() => app?.close());
  const client = () => accountsClient(app);
  const createUser = (input: Record<string, unknown>) => client().createUser(input);
  const updateUser = (input: Record<string, unknown>, headers?: Record<string, string>) =>
    client().updateUser(input, headers);
  const userCount = () => client().userCount();
  const auditCount = () => client().auditCount();
  const signIn = (email: string, password: string) => client().signIn(email, password);
  const meWith = (headers: Record<string, string>) => client().meWith(headers);

  it('creates an account, and refuses a duplicate email or a weak password without writing', async () => {
    const [users, events] = [await userCount(), await auditCount()];
    const made = await createUser({
      email: ' Kim@Gwangju.go.kr ',
      name: '김광주',
      role: 'VIEWER',
      password: PASSWORD,
    });
    expect(made.userErrors).toEqual([]);
    expect(made.user).toMatchObject({
      email: 'kim@gwangju.go.kr',
      role: 'VIEWER',
      disabled: false,
      version: 1,
    });

    const duplicate = await createUser({
      email: 'KIM@gwangju.go.kr',
      name: '중복',
      role: 'EDITOR',
      password: PASSWORD,
    });
    expect(duplicate.userErrors).toMatchObject([{ field: ['email'], code: 'DUPLICATE' }]);
    expect(duplicate.userErrors[0]!.message).toContain('kim@gwangju.go.kr');
    const weak = await createUser({
      email: 'lee@gwangju.go.kr',
      name: '이',
      role: 'EDITOR',
      password: 'short',
    });
    expect(weak.userErrors).toMatchObject([{ field: ['password'], code: 'TOO_SHORT' }]);
    const badEmail = await createUser({
      email: 'not-an-email',
      name: '박',
      role: 'EDITOR',
      password: PASSWORD,
    });
    expect(badEmail.userErrors).toMatchObject([{ field: ['email'], code: 'INVALID_FORMAT' }]);

    expect(await userCount()).toBe(users + 1);
    expect(await auditCount()).toBe(events + 1);
    expect(await signIn('kim@gwangju.go.kr', PASSWORD)).not.toBeNull();
  });

  it('never exposes a password or its hash, not even in the audit log', async () => {
    const fields = await app.gql<{ u: { fields: { name: string }[] }; t: { fields: { name: string }[] } }>(
      '{ u: __type(name: "User") { fields { name } } t: __type(name: "ApiToken") { fields { name } } }',
    );
    const names = [...fields.data!.u.fields, ...fields.data!.t.fields].map((f) => f.name);
    expect(names.filter((n) => /password|hash|secret/i.test(n))).toEqual([]);
    const log = await app.gql(
      '{ auditEvents(filter: { entityType: "User" }) { nodes { before after changes { field } } } }',
    );
    expect(JSON.stringify(log.data)).not.toMatch(/argon2|passwordHash/);
  });

  it('updates name, role and password with optimistic locking; a new password ends other sessions', async () => {
    const made = await createUser({
      email: 'choi@gwangju.go.kr',
      name: '최',
      role: 'VIEWER',
      password: PASSWORD,
    });
    const id = made.user!.id;
    const session = (await signIn('choi@gwangju.go.kr', PASSWORD))!;
    expect((await meWith(session)).body.data!.me).toEqual({ email: 'choi@gwangju.go.kr', role: 'VIEWER' });

    const stale = await updateUser({ id, version: 0, name: '최 수정' });
    expect(stale.userErrors).toMatchObject([{ field: ['version'], code: 'STALE_VERSION' }]);
    const promoted = await updateUser({ id, version: 1, name: '최광주', role: 'EDITOR' });
    expect(promoted.user).toMatchObject({ name: '최광주', role: 'EDITOR', version: 2 });
    // A role change holds from the next request on; the session stays.
    expect((await meWith(session)).body.data!.me!.role).toBe('EDITOR');

    const weak = await updateUser({ id, password: 'short' });
    expect(weak.userErrors).toMatchObject([{ field: ['password'], code: 'TOO_SHORT' }]);
    const changed = await updateUser({ id, password: 'a brand new passphrase' });
    expect(changed.userErrors).toEqual([]);
    expect((await meWith(session)).body.data!.me).toBeNull();
    expect(await signIn('choi@gwangju.go.kr', PASSWORD)).toBeNull();
    expect(await signIn('choi@gwangju.go.kr', 'a brand new passphrase')).not.toBeNull();

    const history = await app.gql<{
      auditEvents: { nodes: { action: string; changes: { field: string; label: string }[] }[] };
    }>(
      'query($e: ID!) { auditEvents(filter: { entity: $e }) { nodes { action changes { field label } } } }',
      { e: id },
    );
    expect(history.data!.auditEvents.nodes.map((n) => n.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(history.data!.auditEvents.nodes[0]!.changes).toEqual([
      { field: 'passwordChanged', label: '비밀번호 변경' },
    ]);
  });

  it('refuses an administrator removing their own admin role or disabling themselves', async () => {
    const events = await auditCount();
    const demote = await updateUser({ id: adminId, role: 'EDITOR' });
    expect(demote.userErrors).toMatchObject([{ field: ['role'], code: 'INVALID' }]);
    expect(demote.userErrors[0]!.message).toContain('관리자 역할');
    const disable = await updateUser({ id: adminId, disabled: true }, { 'accept-language': 'en' });
    expect(disable.userErrors).toMatchObject([{ field: ['disabled'], code: 'INVALID' }]);
    expect(disable.userErrors[0]!.message).toBe(
      'You cannot disable your own account; ask another administrator.',
    );
    expect(
      (await app.gql<{ me: { role: string; disabled: boolean } }>('{ me { role disabled } }')).data!.me,
    ).toEqual({
      role: 'ADMIN',
      disabled: false,
    });
    // Renaming oneself is fine.
    expect((await updateUser({ id: adminId, name: '관리자 2' })).userErrors).toEqual([]);
    expect(await auditCount()).toBe(events + 1);
  });

  it('disables an account: its sessions end, it cannot sign in, its tokens are refused', async () => {
    const made = await createUser({
      email: 'jung@gwangju.go.kr',
      name: '정',
      role: 'EDITOR',
      password: PASSWORD,
    });
    const session = (await signIn('jung@gwangju.go.kr', PASSWORD))!;
    const issued = (await app.gql<IssueRes>(ISSUE, { input: { userId: made.user!.id, name: '연계' } })).data!
      .issueApiToken;
    expect((await meWith({ authorization: `Bearer ${issued.secret}` })).status).toBe(200);
    expect((await updateUser({ id: made.user!.id, disabled: true })).user!.disabled).toBe(true);
    expect((await meWith(session)).body.data!.me).toBeNull();
    expect(await signIn('jung@gwangju.go.kr', PASSWORD)).toBeNull();
    expect((await meWith({ authorization: `Bearer ${issued.secret}` })).status).toBe(401);
    const refused = await app.gql<IssueRes>(ISSUE, { input: { userId: made.user!.id, name: '또' } });
    expect(refused.data!.issueApiToken.userErrors).toMatchObject([{ field: ['userId'], code: 'INVALID' }]);
  });

  it('issues a token shown once that works as a Bearer on a real request, records its use, and revokes it', async () => {
    const made = await createUser({
      email: 'yoon@gwangju.go.kr',
      name: '윤',
      role: 'VIEWER',
      password: PASSWORD,
    });
    const userId = made.user!.id;
    const issued = (await app.gql<IssueRes>(ISSUE, { input: { userId, name: '통계 연계' } })).data!
      .issueApiToken;
    expect(issued.userErrors).toEqual([]);
    expect(issued.secret).toMatch(/^bgl_/);
    expect(issued.token).toMatchObject({
      prefix: issued.secret!.slice(0, 10),
      lastUsedAt: null,
      user: { email: 'yoon@gwangju.go.kr' },
    });

    const bearer = { authorization: `Bearer ${issued.secret}` };
    expect((await meWith(bearer)).body.data!.me).toEqual({ email: 'yoon@gwangju.go.kr', role: 'VIEWER' });
    // The token carries its owner's role: a viewer's token cannot write.
    const write = await app.yoga.fetch('http://bitgoeul.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer },
      body: JSON.stringify({
        query:
          'mutation { createProgram(input: { code: "X", name: { ko: "x" }, summary: { ko: "x" }, area: AI, status: PIPELINE }) { userErrors { code } } }',
      }),
    });
    expect(
      ((await write.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('FORBIDDEN');

    const tokens = await app.gql<{
      user: { tokens: { id: string; lastUsedAt: string | null; name: string }[] };
    }>('query($id: ID!) { user(id: $id) { tokens { id name lastUsedAt } } }', { id: userId });
    expect(tokens.data!.user.tokens).toHaveLength(1);
    expect(tokens.data!.user.tokens[0]!.lastUsedAt).not.toBeNull();

    const revoked = await app.gql<{
      revokeApiToken: { token: { revokedAt: string | null }; userErrors: unknown[] };
    }>(REVOKE, { id: issued.token!.id });
    expect(revoked.data!.revokeApiToken.token.revokedAt).not.toBeNull();
    const after = await meWith(bearer);
    expect(after.status).toBe(401);
    expect(await meWith({ authorization: `Bearer ${issued.secret}x` })).toMatchObject({ status: 401 });
  });

  it('refuses a token with a blank name, a past expiry or an unknown account, writing nothing', async () => {
    const events = await auditCount();
    const ask = async (input: Record<string, unknown>) =>
      (await app.gql<IssueRes>(ISSUE, { input })).data!.issueApiToken;
    expect((await ask({ userId: adminId, name: '   ' })).userErrors).toMatchObject([
      { field: ['name'], code: 'BLANK' },
    ]);
    const past = await ask({ userId: adminId, name: '지난', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past).toMatchObject({
      token: null,
      secret: null,
      userErrors: [{ field: ['expiresAt'], code: 'INVALID' }],
    });
    const unknown = Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await ask({ userId: unknown, name: '없음' })).userErrors).toMatchObject([
      { field: ['userId'], code: 'NOT_FOUND' },
    ]);
    expect(await auditCount()).toBe(events);
  });

  it('lists accounts with a search, a role filter and pages', async () => {
    const page = await app.gql<{ users: { totalCount: number; nodes: { email: string }[] } }>(
      '{ users(filter: { search: "GWANGJU.go", role: VIEWER }, first: 2) { totalCount nodes { email } } }',
    );
    expect(page.data!.users.nodes.every((n) => n.email.endsWith('@gwangju.go.kr'))).toBe(true);
    expect(page.data!.users.nodes.map((n) => n.email)).toEqual(
      [...page.data!.users.nodes.map((n) => n.email)].sort(),
    );
    const next = await app.gql<{ users: { nodes: { email: string }[] } }>(
      '{ users(filter: { search: "gwangju.go", role: VIEWER }, first: 2, offset: 2) { nodes { email } } }',
    );
    expect(page.data!.users.totalCount).toBe(page.data!.users.nodes.length + next.data!.users.nodes.length);
    const one = await app.gql('query($id: ID!) { user(id: $id) { id } }', {
      id: Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64'),
    });
    expect(errorCode(one)).toBe('NOT_FOUND');
  });
});
