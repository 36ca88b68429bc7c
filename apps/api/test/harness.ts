import type { MikroORM } from '@mikro-orm/core';
import { initORM } from '../src/db/orm.js';
import { createGraphQL } from '../src/graphql/yoga.js';
import type { DatabaseKind, TestDatabase } from './databases.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  orm: MikroORM;
  yoga: ReturnType<typeof createGraphQL>;
  /** POSTs an operation through the real Yoga handler, as an HTTP client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  /** SQL statements the store ran while `work` ran (to prove a request's cost does not grow with its page size). */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A freshly migrated and seeded database behind the real GraphQL endpoint. */
export async function startTestApp(kind: DatabaseKind): Promise<TestApp> {
  const database: TestDatabase = await kind.create();
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
  const yoga = createGraphQL({ orm, exposeErrors: false, graphiql: true });
  return {
    orm,
    yoga,
    async gql(query, variables, headers) {
      const response = await yoga.fetch('http://bitgoeul.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
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
