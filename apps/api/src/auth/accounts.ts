import type { EntityManager } from '@mikro-orm/core';
import { ApiToken, type ApiTokenEntity, Session, User, type UserEntity } from './account.entity.js';
import { verifyPassword } from './passwords.js';
import { newSecret, sha256 } from './secrets.js';
import { blockedFor, clearFailures, recordFailure, throttleKeys } from './throttle.js';
import { lookupStarted, recalled, remember, rememberUse } from './token-cache.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const TOKEN_PREFIX = 'bgl_';
export const LAST_USED_PRECISION_MS = 60_000;

/** Who is calling, and how they proved it. */
export interface Caller {
  user: UserEntity | null;
  via: 'session' | 'token' | null;
  csrfToken: string | null;
  sessionId: string | null;
}

export const ANONYMOUS: Caller = { user: null, via: null, csrfToken: null, sessionId: null };

export type SignInResult =
  | { ok: true; user: UserEntity; cookie: string; csrfToken: string; expiresAt: Date }
  | { ok: false; reason: 'INVALID' }
  | { ok: false; reason: 'THROTTLED'; retryAfterMs: number };

/**
 * Checks an email and password. A wrong password, an unknown email and a disabled account all
 * answer INVALID after the same work; repeated failures per account and per address back off.
 */
export async function signIn(
  em: EntityManager,
  email: string,
  password: string,
  address: string | null,
  now = new Date(),
): Promise<SignInResult> {
  const keys = throttleKeys(email, address);
  const wait = await blockedFor(em, keys, now);
  if (wait > 0) return { ok: false, reason: 'THROTTLED', retryAfterMs: wait };
  const user = await em.findOne(User, { email: email.trim().toLowerCase() });
  const valid = await verifyPassword(user && !user.disabled ? user.passwordHash : null, password);
  if (!user || user.disabled || !valid) {
    await recordFailure(em, keys, now);
    return { ok: false, reason: 'INVALID' };
  }
  await clearFailures(em, email);
  const cookie = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  em.create(Session, { id: sha256(cookie), user, csrfToken, createdAt: now, expiresAt });
  await em.flush();
  return { ok: true, user, cookie, csrfToken, expiresAt };
}

export async function callerFromSession(
  em: EntityManager,
  cookie: string,
  now = new Date(),
): Promise<Caller> {
  const session = await em.findOne(Session, { id: sha256(cookie) }, { populate: ['user'] });
  if (!session || session.expiresAt <= now) return ANONYMOUS;
  const user = session.user.getEntity();
  if (user.disabled) return ANONYMOUS;
  return { user, via: 'session', csrfToken: session.csrfToken, sessionId: session.id };
}

export async function signOut(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(Session, { id: sessionId });
}

/** Issues a personal API token. The plain token is returned once; only its hash is kept. */
export async function issueToken(
  em: EntityManager,
  user: UserEntity,
  name: string,
  expiresAt: Date | null,
): Promise<{ token: ApiTokenEntity; secret: string }> {
  const secret = `${TOKEN_PREFIX}${newSecret()}`;
  const token = em.create(ApiToken, {
    user,
    name,
    tokenHash: sha256(secret),
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    expiresAt,
  });
  await em.flush();
  return { token, secret };
}

/** A bearer token is accepted only if it exists, is not revoked or expired, and its owner is active. */
export async function callerFromToken(
  em: EntityManager,
  secret: string,
  now = new Date(),
): Promise<Caller | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const tokenHash = sha256(secret);
  let found = recalled(em, tokenHash, now.getTime());
  if (!found) {
    const started = lookupStarted(em);
    const token = await em.findOne(ApiToken, { tokenHash }, { populate: ['user'] });
    if (!token || token.revokedAt || token.user.getEntity().disabled) return null;
    found = {
      tokenId: token.id,
      expiresAt: token.expiresAt ?? null,
      lastUsedAt: token.lastUsedAt ?? null,
      user: token.user.getEntity(),
    };
    remember(em, tokenHash, found, started, now.getTime());
  }
  if (found.expiresAt && found.expiresAt <= now) return null;
  const { user } = found;
  // A write on every request would cost more than the read it guards: a minute's precision is enough.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await em.nativeUpdate(ApiToken, { id: found.tokenId }, { lastUsedAt: now });
    rememberUse(em, tokenHash, now);
  }
  return { user, via: 'token', csrfToken: null, sessionId: null };
}
