import { type AuthProvider, HttpError } from 'react-admin';
import type { FetchLike } from '../http/fetchLike';
import { canAccessResource } from './access';
import { type SessionUser, session } from './session';

/**
 * Sign-in against the API's cookie sessions (POST /auth/sign-in, GET /auth/session, POST /auth/sign-out).
 * The cookie is httpOnly; what the panel keeps (in ./session, memory only) is the user and the CSRF token
 * the API hands out with the session, which the GraphQL client sends back on every request.
 */
interface SessionBody {
  user: SessionUser | null;
  csrfToken: string | null;
  error?: { code: string; message: string };
}

export function createAuthProvider(getLocale: () => string, fetchLike?: FetchLike): AuthProvider {
  const send: FetchLike = fetchLike ?? ((url, init) => fetch(url, init));

  const call = async (path: string, init: RequestInit = {}): Promise<SessionBody> => {
    const response = await send(path, {
      credentials: 'same-origin',
      ...init,
      headers: {
        Accept: 'application/json',
        'Accept-Language': getLocale(),
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const body = (await response.json().catch(() => ({}))) as SessionBody;
    // The server words its refusals (wrong password, too many attempts) in the UI language.
    if (!response.ok) throw new HttpError(body.error?.message ?? response.statusText, response.status, body);
    return body;
  };

  const remember = (body: SessionBody | null) => {
    if (body?.user && body.csrfToken) session.set(body.user, body.csrfToken);
    else session.clear();
    return session.get();
  };

  // One look-up per page load (a reload keeps the cookie but not the memory); later checks use it.
  let lookup: Promise<ReturnType<typeof session.get>> | null = null;
  const current = () => {
    if (session.get()) return Promise.resolve(session.get());
    lookup ??= call('/auth/session')
      .then(remember)
      .catch(() => remember(null));
    return lookup;
  };

  return {
    login: async ({ username, password }: { username: string; password: string }) => {
      remember(
        await call('/auth/sign-in', { method: 'POST', body: JSON.stringify({ email: username, password }) }),
      );
    },
    logout: async () => {
      if (session.get()) {
        await call('/auth/sign-out', { method: 'POST', headers: session.csrfHeader() }).catch(
          () => undefined,
        );
      }
      session.clear();
      lookup = Promise.resolve(null);
    },
    checkAuth: async () => {
      if (!(await current())) throw new Error('ra.auth.auth_check_error');
    },
    // 401: the session ended (expired, signed out elsewhere) — sign in again. 403 is a refusal to show,
    // not a reason to sign out: a viewer who tries to edit keeps reading.
    checkError: async (error: { status?: number }) => {
      if (error?.status === 401) {
        session.clear();
        lookup = Promise.resolve(null);
        throw new Error('ra.notification.logged_out');
      }
    },
    getIdentity: async () => {
      const found = await current();
      if (!found) throw new Error('ra.auth.auth_check_error');
      return { id: found.user.id, fullName: found.user.name || found.user.email };
    },
    getPermissions: async () => (await current())?.user.role ?? null,
    canAccess: async ({ resource }: { resource?: string }) =>
      canAccessResource((await current())?.user.role, resource),
  };
}
