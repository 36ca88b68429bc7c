import {
  EMAIL_MAX,
  fillTemplate,
  findControlCharacter,
  type Locale,
  PASSWORD_MAX,
  pickLocale,
} from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { type Caller, SESSION_TTL_MS, signIn, signOut } from '../auth/accounts.js';
import { CSRF_HEADER, sessionCookie } from './cookies.js';

const MESSAGES = {
  INVALID_CREDENTIALS: {
    ko: '이메일 또는 비밀번호가 올바르지 않습니다.',
    en: 'The email or password is not correct.',
  },
  THROTTLED: {
    ko: '로그인 시도가 너무 많습니다. {seconds}초 후에 다시 시도하세요.',
    en: 'Too many sign-in attempts. Try again in {seconds} seconds.',
  },
  BAD_REQUEST: {
    ko: '이메일과 비밀번호를 JSON으로 보내 주세요.',
    en: 'Send the email and password as JSON.',
  },
  BAD_TEXT: {
    ko: `이메일은 ${EMAIL_MAX}자, 비밀번호는 ${PASSWORD_MAX}자 이하여야 하며 제어 문자를 넣을 수 없습니다.`,
    en: `The email must be at most ${EMAIL_MAX} characters and the password at most ${PASSWORD_MAX}, without control characters.`,
  },
  NOT_SIGNED_IN: { ko: '로그인되어 있지 않습니다.', en: 'You are not signed in.' },
  UNSUPPORTED_MEDIA_TYPE: {
    ko: '로그인 요청은 Content-Type: application/json으로 보내 주세요.',
    en: 'Send the sign-in request with Content-Type: application/json.',
  },
  FORBIDDEN_ORIGIN: {
    ko: '다른 출처(origin)의 페이지에서 보낸 요청은 받지 않습니다. 관리 화면에서 직접 다시 시도하세요.',
    en: 'Requests from a page of another origin are refused; try again from the admin panel itself.',
  },
  RATE_LIMITED: {
    ko: '요청이 너무 많습니다. {seconds}초 후에 다시 시도하세요.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  CSRF: {
    ko: '요청을 확인할 수 없습니다(CSRF 토큰 누락). 페이지를 새로 고치세요.',
    en: 'The request could not be verified (missing CSRF token); reload the page.',
  },
} as const;

type MessageCode = keyof typeof MESSAGES;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/** A refusal's message in the caller's language (shared with the GraphQL endpoint's refusals). */
export const messageOf = (code: MessageCode, locale: Locale, params: Record<string, string> = {}) =>
  fillTemplate(MESSAGES[code][locale], params);

export const problem = (
  status: number,
  code: MessageCode,
  locale: Locale,
  params: Record<string, string> = {},
  headers = {},
) =>
  json(
    status,
    {
      error: {
        code,
        message: messageOf(code, locale, params),
      },
    },
    headers,
  );

/** The request's Content-Type without its parameters, lower case ('' when none). */
export const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

const isSecure = (request: Request) =>
  new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';

export const userBody = (caller: Caller) => ({
  user: caller.user && {
    id: caller.user.id,
    email: caller.user.email,
    name: caller.user.name,
    role: caller.user.role,
  },
  csrfToken: caller.csrfToken,
});

const credentialsFit = (email: string, password: string) =>
  email.length <= EMAIL_MAX &&
  password.length <= PASSWORD_MAX &&
  !findControlCharacter(email) &&
  !findControlCharacter(password);

/**
 * Cookie sessions for the admin panel, outside GraphQL so that the cookie is set and cleared by
 * plain HTTP: POST /auth/sign-in, POST /auth/sign-out, GET /auth/session.
 */
export async function handleAuthRoute(
  request: Request,
  em: EntityManager,
  caller: Caller,
  address: string | null,
): Promise<Response> {
  const locale = pickLocale(request.headers.get('accept-language'));
  const path = new URL(request.url).pathname;
  if (path === '/auth/sign-in' && request.method === 'POST') {
    // JSON only: a cross-origin page can send text/plain or a form without asking first (login CSRF).
    if (mediaType(request) !== 'application/json') return problem(415, 'UNSUPPORTED_MEDIA_TYPE', locale);
    const body = (await request.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
    if (typeof body?.email !== 'string' || typeof body.password !== 'string')
      return problem(400, 'BAD_REQUEST', locale);
    // Neither can name an account; checked before the throttle and account tables are asked.
    if (!credentialsFit(body.email, body.password)) return problem(400, 'BAD_TEXT', locale);
    const result = await signIn(em, body.email, body.password, address);
    if (!result.ok && result.reason === 'THROTTLED') {
      const seconds = String(Math.ceil(result.retryAfterMs / 1000));
      return problem(429, 'THROTTLED', locale, { seconds }, { 'retry-after': seconds });
    }
    if (!result.ok) return problem(401, 'INVALID_CREDENTIALS', locale);
    const cookie = sessionCookie(result.cookie, SESSION_TTL_MS / 1000, isSecure(request));
    const signedIn: Caller = {
      user: result.user,
      via: 'session',
      csrfToken: result.csrfToken,
      sessionId: null,
    };
    return json(200, userBody(signedIn), { 'set-cookie': cookie });
  }
  if (path === '/auth/sign-out' && request.method === 'POST') {
    if (caller.via === 'session' && request.headers.get(CSRF_HEADER) !== caller.csrfToken) {
      return problem(403, 'CSRF', locale);
    }
    if (caller.sessionId) await signOut(em, caller.sessionId);
    return json(200, { user: null }, { 'set-cookie': sessionCookie('', 0, isSecure(request)) });
  }
  if (path === '/auth/session' && request.method === 'GET') {
    return caller.user ? json(200, userBody(caller)) : problem(401, 'NOT_SIGNED_IN', locale);
  }
  return new Response(null, { status: 404 });
}
