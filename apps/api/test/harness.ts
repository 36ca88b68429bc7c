import type { Role } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import { User } from '../src/auth/account.entity.js';
import { ensureFirstAdmin } from '../src/auth/bootstrap.js';
import { hashPassword } from '../src/auth/passwords.js';
import { initORM } from '../src/wiring/orm.js';
import { createGraphQL, type YogaOptions } from '../src/wiring/yoga.js';
import type { DatabaseKind, TestDatabase } from './databases.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Who the test speaks as: a role (a signed-in account of that role) or nobody. */
export type TestIdentity = Role | 'ANONYMOUS';

export const TEST_PASSWORD = 'a test passphrase long enough';

export interface TestApp {
  orm: MikroORM;
  yoga: ReturnType<typeof createGraphQL>;
  /** POSTs an operation through the real Yoga handler, as an HTTP client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** The same, as another identity (signed in through /auth/sign-in, with the CSRF header). */
  as(identity: TestIdentity): Pick<TestApp, 'gql'>;
  /** The headers a signed-in browser sends (cookie, CSRF token, its origin), for requests built by hand. */
  sessionHeaders(identity: TestIdentity): Promise<Record<string, string>>;
  /** SQL statements the store ran while `work` ran (to prove a request's cost does not grow with its page size). */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** Where the in-process tests pretend the server lives; signed-in requests come from its own pages. */
export const TEST_ORIGIN = 'http://bitgoeul.test';

/**
 * A freshly migrated and seeded database behind the real GraphQL endpoint. `options` reach
 * createGraphQL (origins, introspection, rate limit); by default there is no rate limit.
 * `sqliteBusyTimeoutMs` shortens how long a SQLite write waits for a lock (fault tests).
 */
export async function startTestApp(
  kind: DatabaseKind,
  { sqliteBusyTimeoutMs, ...options }: Omit<YogaOptions, 'orm'> & { sqliteBusyTimeoutMs?: number } = {},
): Promise<TestApp> {
  const database: TestDatabase = await kind.create();
  if (database.config.kind === 'sqlite' && sqliteBusyTimeoutMs !== undefined) {
    database.config.busyTimeoutMs = sqliteBusyTimeoutMs;
  }
  let statements = 0;
  const orm = await initORM(database.config, {
    quiet: true,
    // MikroORM's query log is the one place every statement passes through, whatever the driver.
    overrides: {
      debug: ['query'],
      colors: false,
      logger: (message: string) => {
        if (message.startsWith('[query]')) statements += 1;
        if (process.env.SHOW_SQL) console.log(message.slice(0, 160));
      },
    },
  });
  const yoga = createGraphQL({ orm, exposeErrors: false, graphiql: true, ...options });
  await ensureFirstAdmin(orm.em.fork(), {
    BITGOEUL_ADMIN_EMAIL: 'admin@bitgoeul.test',
    BITGOEUL_ADMIN_PASSWORD: TEST_PASSWORD,
  });
  const sessions = new Map<TestIdentity, Record<string, string>>([['ANONYMOUS', {}]]);
  const signInAs = async (identity: TestIdentity) => {
    const known = sessions.get(identity);
    if (known) return known;
    const email = `${identity.toLowerCase()}@bitgoeul.test`;
    if (identity !== 'ADMIN' && identity !== 'ANONYMOUS') {
      const em = orm.em.fork();
      em.create(User, {
        email,
        name: identity,
        role: identity,
        passwordHash: await hashPassword(TEST_PASSWORD),
      });
      await em.flush();
    }
    const response = await yoga.fetch(`${TEST_ORIGIN}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const body = (await response.json()) as { csrfToken: string };
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    // A browser sends its page's Origin with every POST; the admin's pages are the server's own.
    const headers = { cookie, 'x-csrf-token': body.csrfToken, origin: TEST_ORIGIN };
    sessions.set(identity, headers);
    return headers;
  };
  const gqlAs =
    (identity: TestIdentity) =>
    async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      const response = await yoga.fetch(`${TEST_ORIGIN}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(await signInAs(identity)),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) } as GraphQLResult<T>;
    };
  return {
    orm,
    yoga,
    // Tests speak as an administrator unless they ask otherwise.
    gql: gqlAs('ADMIN'),
    as: (identity) => ({ gql: gqlAs(identity) }),
    sessionHeaders: signInAs,
    async countStatements(work) {
      const before = statements;
      await work();
      return statements - before;
    },
    async close() {
      await orm.close(true);
      await database.drop();
    },
  };
}
