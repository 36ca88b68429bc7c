import { pickLocale } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import type { Plugin } from 'graphql-yoga';
import { ANONYMOUS, type Caller, callerFromSession, callerFromToken } from '../auth/accounts.js';
import { classifyFault } from '../db/faults.js';
import { handleAuthRoute, problem } from '../http/auth-routes.js';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from '../http/cookies.js';
import { type Logger, log as serverLog } from '../log.js';
import { faultResponse, logFault } from './faults.js';

const callers = new WeakMap<Request, Caller>();

/** The caller the plugin authenticated for this request (anonymous when none). */
export const callerOf = (request: Request): Caller => callers.get(request) ?? ANONYMOUS;

const unauthorized = (message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
    status: 401,
    headers: {
      'content-type': 'application/graphql-response+json; charset=utf-8',
      'www-authenticate': 'Bearer',
    },
  });

/**
 * Works out who is calling before anything else runs: a personal API token (Authorization:
 * Bearer) or the admin's session cookie. A token that is forged, expired or revoked is refused
 * outright rather than treated as anonymous, so a broken integration fails loudly. A cookie
 * session must also present its CSRF token on every request that can change something.
 */
export function useAuthentication(orm: MikroORM, log: Logger = serverLog): Plugin {
  return {
    async onRequest(payload) {
      try {
        await authenticate(orm, payload);
      } catch (error) {
        // A database fault (down, locked, full) is passing: 503 with Retry-After, not a bug.
        const fault = classifyFault(error);
        if (fault) {
          logFault(log, fault, payload.url.pathname);
          return payload.endResponse(faultResponse(payload.request, payload.url.pathname));
        }
        // Like any unexpected failure: logged here, masked for the caller (no stack, no SQL).
        console.error('bitgoeul: authentication failed', error);
        payload.endResponse(
          new Response(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }), {
            status: 500,
            headers: { 'content-type': 'application/graphql-response+json; charset=utf-8' },
          }),
        );
      }
    },
  };
}

type OnRequest = NonNullable<Plugin['onRequest']>;

async function authenticate(
  orm: MikroORM,
  { request, url, endResponse, serverContext }: Parameters<OnRequest>[0],
) {
  const em = orm.em.fork();
  let caller = ANONYMOUS;
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const fromToken = bearer ? await callerFromToken(em, bearer) : null;
    if (!fromToken) return endResponse(unauthorized('The API token is invalid, expired or revoked.'));
    caller = fromToken;
  } else {
    const cookie = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
    if (cookie) caller = await callerFromSession(em, cookie);
  }
  if (url.pathname.startsWith('/auth/')) {
    // The peer address comes from the Node socket when there is one (not in in-process tests).
    const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req
      ?.socket?.remoteAddress;
    return endResponse(await handleAuthRoute(request, em, caller, address ?? null));
  }
  if (
    caller.via === 'session' &&
    request.method !== 'GET' &&
    request.headers.get(CSRF_HEADER) !== caller.csrfToken
  ) {
    return endResponse(problem(403, 'CSRF', pickLocale(request.headers.get('accept-language'))));
  }
  callers.set(request, caller);
}
