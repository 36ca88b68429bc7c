import { type Locale, pickLocale } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import type { Plugin } from 'graphql-yoga';
import { ANONYMOUS, type Caller, callerFromSession, callerFromToken } from '../auth/accounts.js';
import { sha256 } from '../auth/secrets.js';
import type { RateLimit } from '../config.js';
import { classifyFault } from '../db/faults.js';
import { faultResponse, logFault } from '../graphql/faults.js';
import { handleAuthRoute, messageOf, problem } from '../http/auth-routes.js';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from '../http/cookies.js';
import { requestOrigin } from '../http/origins.js';
import { RateLimiter } from '../http/rate-limit.js';
import { type Logger, log as serverLog } from '../log.js';

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

/** A refusal on the GraphQL endpoint, in GraphQL's error shape, so a client reads the code and message. */
const refusal = (
  status: number,
  code: Parameters<typeof messageOf>[0],
  locale: Locale,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
) =>
  new Response(
    JSON.stringify({ errors: [{ message: messageOf(code, locale, params), extensions: { code } }] }),
    { status, headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers } },
  );

export interface Guards {
  /** Origins (BITGOEUL_CORS_ORIGINS) trusted like the server's own. */
  corsOrigins?: readonly string[];
  /** Requests per client (BITGOEUL_RATE_LIMIT); null or unset: no limit. */
  rateLimit?: RateLimit | null;
}

interface Guard {
  listed: ReadonlySet<string>;
  limiter: RateLimiter | null;
}

/**
 * Works out who is calling before anything else runs: a personal API token (Authorization:
 * Bearer) or the admin's session cookie. A token that is forged, expired or revoked is refused
 * outright rather than treated as anonymous, so a broken integration fails loudly. A cookie
 * session must also present its CSRF token on every request that can change something.
 */
export function useAuthentication(
  orm: MikroORM,
  { corsOrigins = [], rateLimit = null }: Guards = {},
  log: Logger = serverLog,
): Plugin {
  const guard: Guard = {
    listed: new Set(corsOrigins),
    limiter: rateLimit ? new RateLimiter(rateLimit) : null,
  };
  return {
    // With origins listed, answers differ by Origin (CORS headers or none): caches must key on it.
    onResponse({ response }) {
      if (guard.listed.size > 0) response.headers.append('vary', 'Origin');
    },
    async onRequest(payload) {
      try {
        await authenticate(orm, payload, guard);
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
  { listed, limiter }: Guard,
) {
  const em = orm.em.fork();
  const locale = pickLocale(request.headers.get('accept-language'));
  const onAuthRoute = url.pathname.startsWith('/auth/');
  const refuse = (status: number, code: Parameters<typeof messageOf>[0], seconds?: string) => {
    const params: Record<string, string> = seconds ? { seconds } : {};
    const headers: Record<string, string> = seconds ? { 'retry-after': seconds } : {};
    return endResponse(
      onAuthRoute
        ? problem(status, code, locale, params, headers)
        : refusal(status, code, locale, params, headers),
    );
  };
  // The peer address comes from the Node socket when there is one (not in in-process tests).
  const address =
    (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket
      ?.remoteAddress ?? null;
  // One bucket per client: the token, the signed-in user, or else the address.
  let client = `address:${address ?? 'unknown'}`;
  const overLimit = () => {
    const taken = limiter?.take(client);
    if (!taken || taken.ok) return false;
    refuse(429, 'RATE_LIMITED', String(taken.retryAfterSeconds));
    return true;
  };
  let caller = ANONYMOUS;
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const fromToken = bearer ? await callerFromToken(em, bearer) : null;
    if (!fromToken) {
      if (overLimit()) return;
      return endResponse(unauthorized('The API token is invalid, expired or revoked.'));
    }
    caller = fromToken;
    client = `token:${sha256(bearer!)}`;
  } else {
    const cookie = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
    if (cookie) caller = await callerFromSession(em, cookie);
    if (caller.user) client = `user:${caller.user.id}`;
  }
  if (overLimit()) return;
  // The session cookie is sent by the browser on its own, so a write that rides on it must come from
  // this server's pages (or a listed origin's). A token is not ambient; its holder chose to send it.
  if (request.method !== 'GET' && request.method !== 'HEAD' && caller.via !== 'token') {
    const from = requestOrigin(request, listed);
    const session = caller.via === 'session';
    if (from === 'foreign' && (session || onAuthRoute)) return refuse(403, 'FORBIDDEN_ORIGIN');
    if (from === 'unknown' && session) return refuse(403, 'FORBIDDEN_ORIGIN');
  }
  if (onAuthRoute) return endResponse(await handleAuthRoute(request, em, caller, address));
  if (
    caller.via === 'session' &&
    request.method !== 'GET' &&
    request.headers.get(CSRF_HEADER) !== caller.csrfToken
  ) {
    return endResponse(problem(403, 'CSRF', locale));
  }
  callers.set(request, caller);
}
