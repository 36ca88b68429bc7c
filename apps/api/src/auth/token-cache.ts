import {
  type EntityManager,
  type EntityName,
  type EventArgs,
  type EventSubscriber,
  ReferenceKind,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { ApiToken, User, type UserEntity } from './account.entity.js';

/**
 * API token look-ups, remembered for a few seconds. A script that calls the API many times a second
 * with one token would otherwise pay a statement (the token and its owner) on every request, a
 * third of what a small read costs. What is remembered is only what a valid look-up found: the
 * token's expiry and last use, and its owner's columns. Any write to an account or a token through
 * this process (revoking, disabling, a role change, a deletion) forgets everything at once, so a
 * revocation still takes effect on the next request; a change another process makes to the store
 * directly takes effect within TOKEN_CACHE_TTL_MS.
 */
export const TOKEN_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Remembered {
  tokenId: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  /** The owner's columns, as the store returned them. */
  user: Record<string, unknown>;
  at: number;
}

interface Cache {
  entries: Map<string, Remembered>;
  /** Bumped by every account or token write: a look-up that began before one must not be kept. */
  generation: number;
  /** Account or token writes flushed whose transaction has not ended yet. */
  open: number;
}

// One cache per ORM (its metadata is shared by all its managers): tests open many stores in one process.
const caches = new WeakMap<object, Cache>();
function cacheOf(em: EntityManager): Cache {
  const key = em.getMetadata();
  let cache = caches.get(key);
  if (!cache) {
    cache = { entries: new Map(), generation: 0, open: 0 };
    caches.set(key, cache);
  }
  return cache;
}

export interface TokenLookup {
  tokenId: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  user: UserEntity;
}

/** A remembered look-up of a token hash, its owner made a managed entity of `em` without a query. */
export function recalled(em: EntityManager, tokenHash: string, now: number): TokenLookup | null {
  const entry = cacheOf(em).entries.get(tokenHash);
  if (!entry || now - entry.at > TOKEN_CACHE_TTL_MS) return null;
  const user = em.merge(User as EntityName<UserEntity>, entry.user as never);
  return { tokenId: entry.tokenId, expiresAt: entry.expiresAt, lastUsedAt: entry.lastUsedAt, user };
}

/** Starts a look-up: what `remember` needs to know whether a write came in between. */
export function lookupStarted(em: EntityManager): number {
  return cacheOf(em).generation;
}

export function remember(
  em: EntityManager,
  tokenHash: string,
  found: TokenLookup,
  started: number,
  now: number,
) {
  const cache = cacheOf(em);
  if (cache.generation !== started || cache.open > 0) return;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  const meta = em.getMetadata().find(User as EntityName<UserEntity>)!;
  const user = Object.fromEntries(
    meta.props
      .filter((prop) => prop.kind === ReferenceKind.SCALAR)
      .map((prop) => [prop.name, found.user[prop.name as keyof UserEntity]]),
  );
  cache.entries.set(tokenHash, {
    tokenId: found.tokenId,
    expiresAt: found.expiresAt,
    lastUsedAt: found.lastUsedAt,
    user,
    at: now,
  });
}

/** The last use written for a remembered token, so the next minute's requests do not write it again. */
export function rememberUse(em: EntityManager, tokenHash: string, at: Date) {
  const entry = cacheOf(em).entries.get(tokenHash);
  if (entry) entry.lastUsedAt = at;
}

function forget(em: EntityManager) {
  const cache = cacheOf(em);
  cache.entries.clear();
  cache.generation += 1;
}

/**
 * Forgets every remembered look-up when an account or a token is written, and again when the
 * write's transaction ends: a look-up made between the flush and the commit read the old row.
 */
export class TokenCacheInvalidation implements EventSubscriber {
  getSubscribedEntities(): EntityName<object>[] {
    return [User.meta.className, ApiToken.meta.className];
  }

  afterCreate(args: EventArgs<object>) {
    written(args.em);
  }

  afterUpdate(args: EventArgs<object>) {
    written(args.em);
  }

  afterUpsert(args: EventArgs<object>) {
    written(args.em);
  }

  afterDelete(args: EventArgs<object>) {
    written(args.em);
  }

  afterTransactionCommit(args: TransactionEventArgs) {
    ended(args.em);
  }

  afterTransactionRollback(args: TransactionEventArgs) {
    ended(args.em);
  }
}

function written(em: EntityManager) {
  cacheOf(em).open += 1;
  forget(em);
}

function ended(em: EntityManager) {
  const cache = cacheOf(em);
  if (cache.open === 0) return;
  cache.open = 0;
  forget(em);
}
