import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp, type TestIdentity } from '../../../test/harness.js';
import {
  accountsClient,
  CREATE,
  errorCode,
  ISSUE,
  type IssueRes,
  PASSWORD,
  REVOKE,
  UPDATE,
} from './accounts.test-fixtures.js';

/**
 * The account rows of the permission matrix: reading and managing accounts and tokens is for
 * administrators; a refused attempt writes no account, token or audit event.
 */
describe.each(databaseKinds)('account permissions on $name', (kind) => {
  let app: TestApp;
  let adminId: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    adminId = (await app.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  });
  afterAll(() => app?.close());
  const createUser = (input: Record<string, unknown>) => accountsClient(app).createUser(input);
  const userCount = () => accountsClient(app).userCount();
  const auditCount = () => accountsClient(app).auditCount();

  describe.each(['ANONYMOUS', 'VIEWER', 'EDITOR', 'ADMIN'] as TestIdentity[])('as %s', (identity) => {
    const expected = identity === 'ANONYMOUS' ? 'UNAUTHENTICATED' : identity === 'ADMIN' ? null : 'FORBIDDEN';

    it('reads and manages accounts and tokens only if an admin, writing nothing otherwise', async () => {
      const { gql } = app.as(identity);
      // The harness creates the role's account on its first request: before counting accounts.
      await gql('{ __typename }');
      const victim = (
        await createUser({
          email: `victim-${identity.toLowerCase()}@x.kr`,
          name: '대상',
          role: 'VIEWER',
          password: PASSWORD,
        })
      ).user!;
      const token = (await app.gql<IssueRes>(ISSUE, { input: { userId: victim.id, name: '대상 토큰' } }))
        .data!.issueApiToken.token!;
      const [users, events] = [await userCount(), await auditCount()];

      expect(errorCode(await gql('{ users { totalCount } }'))).toBe(expected);
      expect(errorCode(await gql('query($id: ID!) { user(id: $id) { email } }', { id: victim.id }))).toBe(
        expected,
      );
      const tokens = await gql('query($id: ID!) { node(id: $id) { ... on User { tokens { id } } } }', {
        id: victim.id,
      });
      // To an anonymous caller an account id reads as unknown (null): refusing it would tell it exists.
      expect(errorCode(tokens)).toBe(
        identity === 'EDITOR' ? 'FORBIDDEN' : identity === 'ANONYMOUS' ? null : expected,
      );
      if (identity === 'ANONYMOUS') expect(tokens.data).toEqual({ node: null });
      const results = [
        await gql(CREATE, {
          input: {
            email: `new-${identity.toLowerCase()}@x.kr`,
            name: '새',
            role: 'ADMIN',
            password: PASSWORD,
          },
        }),
        await gql(UPDATE, { input: { id: victim.id, role: 'ADMIN' } }),
        await gql(ISSUE, { input: { userId: victim.id, name: '탈취' } }),
        await gql(REVOKE, { id: token.id }),
      ];
      expect(results.map(errorCode)).toEqual([expected, expected, expected, expected]);
      expect(await userCount()).toBe(users + (expected ? 0 : 1));
      expect(await auditCount()).toBe(events + (expected ? 0 : 4));
      const stored = await app.gql<{ user: { role: string; tokens: { revokedAt: string | null }[] } }>(
        'query($id: ID!) { user(id: $id) { role tokens { revokedAt } } }',
        { id: victim.id },
      );
      expect(stored.data!.user.role).toBe(expected ? 'VIEWER' : 'ADMIN');
      expect(stored.data!.user.tokens).toHaveLength(expected ? 1 : 2);
    });

    it('sees its own account through me, and another account only if an editor or admin', async () => {
      const { gql } = app.as(identity);
      const me = await gql<{ me: { email: string; tokens: unknown[] } | null }>(
        '{ me { email tokens { id } } }',
      );
      expect(me.data!.me?.email ?? null).toBe(
        identity === 'ANONYMOUS' ? null : `${identity.toLowerCase()}@bitgoeul.test`,
      );
      const other = await gql<{ node: { email: string } | null }>(
        'query($id: ID!) { node(id: $id) { ... on User { email } } }',
        {
          id: adminId,
        },
      );
      const visible = identity === 'EDITOR' || identity === 'ADMIN';
      expect(other.data?.node?.email ?? null).toBe(visible ? 'admin@bitgoeul.test' : null);
    });
  });
});
