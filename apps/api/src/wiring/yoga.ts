import { pickLocale } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import { createYoga } from 'graphql-yoga';
import { restrictToPublic, seesOnlyPublic } from '../auth/visibility.js';
import { useCompiledExecution } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';
import { faultAwareMask, faultQuietLogger, useFaultAnswers } from '../graphql/faults.js';
import { useQueryLimits } from '../graphql/limits.js';
import { corsFor } from '../http/origins.js';
import { type Logger, log as serverLog } from '../log.js';
import { callerOf, type Guards, useAuthentication } from './auth-plugin.js';
import { useExposure } from './exposure.js';
import { schema } from './schema.js';
import { uploadFetchAPI, useUploadLimits } from './uploads.js';

export interface YogaOptions extends Guards {
  orm: MikroORM;
  /** Show error details (development only); otherwise unexpected errors are masked. */
  exposeErrors?: boolean;
  graphiql?: boolean;
  /** Introspection and GraphiQL for anonymous callers (BITGOEUL_PUBLIC_INTROSPECTION); off unless set. */
  publicIntrospection?: boolean;
  /** Where database faults are logged (the server's structured log by default). */
  log?: Logger;
}

/** The GraphQL endpoint, without a port: the server mounts it, the tests call `yoga.fetch`. */
export function createGraphQL({
  orm,
  exposeErrors = false,
  graphiql = true,
  publicIntrospection = false,
  log = serverLog,
  ...guards
}: YogaOptions) {
  return createYoga<{ req?: unknown }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL is served by useExposure, which knows the caller (Yoga's own runs before sign-in is read).
    graphiql: false,
    // Yoga's default echoes any Origin with credentials; only listed origins get CORS headers.
    cors: corsFor(new Set(guards.corsOrigins)),
    // GraphQL over HTTP: one operation per request.
    batching: false,
    // Database faults answer 503 SERVICE_UNAVAILABLE with Retry-After; everything else unexpected is masked.
    maskedErrors: { maskError: faultAwareMask(log), isDev: exposeErrors },
    landingPage: false,
    logging: faultQuietLogger(exposeErrors ? 'info' : 'warn'),
    plugins: [
      useAuthentication(orm, guards, log),
      useExposure({ publicIntrospection, graphiql }),
      // Before the limits: their hints are stripped from errors already in graphql-js's shape.
      useCompiledExecution(),
      useQueryLimits({ suggestions: exposeErrors }),
      useUploadLimits(),
      useFaultAnswers(),
    ],
    // Uploaded sheets (importPrograms, importObservations): one file, bounded as it streams in.
    fetchAPI: uploadFetchAPI(),
    context: ({ request }) => {
      const caller = callerOf(request);
      const em = orm.em.fork();
      if (seesOnlyPublic(caller)) restrictToPublic(em);
      return { em, locale: pickLocale(request.headers.get('accept-language')), caller };
    },
  });
}
