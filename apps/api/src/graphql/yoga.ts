import { pickLocale } from '@bitgoeul/domain';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { MikroORM } from '@mikro-orm/core';
import { createYoga } from 'graphql-yoga';
import { restrictToPublic, seesOnlyPublic } from '../auth/visibility.js';
import { type Logger, log as serverLog } from '../log.js';
import { callerOf, useAuthentication } from './auth-plugin.js';
import type { Context } from './context.js';
import { faultAwareMask, faultQuietLogger, useFaultAnswers } from './faults.js';
import { useQueryLimits } from './limits.js';
import { schema } from './schema.js';

export interface YogaOptions {
  orm: MikroORM;
  /** Show error details (development only); otherwise unexpected errors are masked. */
  exposeErrors?: boolean;
  graphiql?: boolean;
  /** Where database faults are logged (the server's structured log by default). */
  log?: Logger;
}

/** The GraphQL endpoint, without a port: the server mounts it, the tests call `yoga.fetch`. */
export function createGraphQL({ orm, exposeErrors = false, graphiql = true, log = serverLog }: YogaOptions) {
  return createYoga<{ req?: unknown }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'Bitgoeul GraphQL' } : false,
    // GraphiQL's assets are served from the package, not a CDN: it works on a closed network.
    renderGraphiQL,
    // GraphQL over HTTP: one operation per request.
    batching: false,
    // Database faults answer 503 SERVICE_UNAVAILABLE with Retry-After; everything else unexpected is masked.
    maskedErrors: { maskError: faultAwareMask(log), isDev: exposeErrors },
    landingPage: false,
    logging: faultQuietLogger(exposeErrors ? 'info' : 'warn'),
    plugins: [useAuthentication(orm, log), useQueryLimits(), useFaultAnswers()],
    context: ({ request }) => {
      const caller = callerOf(request);
      const em = orm.em.fork();
      if (seesOnlyPublic(caller)) restrictToPublic(em);
      return { em, locale: pickLocale(request.headers.get('accept-language')), caller };
    },
  });
}
