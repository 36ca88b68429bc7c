import { pickLocale } from '@bitgoeul/domain';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { MikroORM } from '@mikro-orm/core';
import { createYoga } from 'graphql-yoga';
import { restrictToPublic, seesOnlyPublic } from '../auth/visibility.js';
import { callerOf, useAuthentication } from './auth-plugin.js';
import type { Context } from './context.js';
import { useQueryLimits } from './limits.js';
import { schema } from './schema.js';
import { uploadFetchAPI, useUploadLimits } from './uploads.js';

export interface YogaOptions {
  orm: MikroORM;
  /** Show error details (development only); otherwise unexpected errors are masked. */
  exposeErrors?: boolean;
  graphiql?: boolean;
}

/** The GraphQL endpoint, without a port: the server mounts it, the tests call `yoga.fetch`. */
export function createGraphQL({ orm, exposeErrors = false, graphiql = true }: YogaOptions) {
  return createYoga<{ req?: unknown }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'Bitgoeul GraphQL' } : false,
    // GraphiQL's assets are served from the package, not a CDN: it works on a closed network.
    renderGraphiQL,
    // GraphQL over HTTP: one operation per request.
    batching: false,
    maskedErrors: exposeErrors ? { isDev: true } : true,
    landingPage: false,
    logging: exposeErrors ? 'info' : 'warn',
    plugins: [useAuthentication(orm), useQueryLimits(), useUploadLimits()],
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
