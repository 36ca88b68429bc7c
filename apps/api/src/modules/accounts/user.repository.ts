import type { Role } from '@bitgoeul/domain';
import type { Dictionary, EntityManager, FilterQuery } from '@mikro-orm/core';
import { ApiToken, type ApiTokenEntity, User, type UserEntity } from '../../auth/account.entity.js';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { containsCondition } from '../../graphql/filters.js';

export interface UserFilterInput {
  search?: string | null;
  role?: Role | null;
  disabled?: boolean | null;
}

/** Built per query: the raw `search` fragments can be used only once. */
export function userWhere(filter: UserFilterInput | null | undefined): FilterQuery<UserEntity> {
  const parts: Dictionary[] = [];
  if (filter?.search) {
    parts.push({
      $or: [containsCondition('email', filter.search), containsCondition('name', filter.search)],
    });
  }
  if (filter?.role != null) parts.push({ role: filter.role });
  if (filter?.disabled != null) parts.push({ disabled: filter.disabled });
  return (parts.length ? { $and: parts } : {}) as FilterQuery<UserEntity>;
}

/** An account as the audit log keeps it: never its password hash. */
export function userValues(user: UserEntity) {
  return { email: user.email, name: user.name, role: user.role, disabled: user.disabled };
}

/** A token as the audit log keeps it: never its hash. */
export function tokenValues(token: ApiTokenEntity) {
  return {
    userId: token.user.id,
    name: token.name,
    prefix: token.prefix,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[], what: string): (T | Error)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new MissingRecord(what, id));
}

/** Queries for accounts and their tokens; each returns what the schema needs and nothing per row. */
export const userRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(UserEntity | Error)[]> {
    return inOrder(ids, await em.find(User, { id: { $in: ids.filter(isStoreId) } }), 'User');
  },

  async tokensByIds(em: EntityManager, ids: readonly string[]): Promise<(ApiTokenEntity | Error)[]> {
    return inOrder(ids, await em.find(ApiToken, { id: { $in: ids.filter(isStoreId) } }), 'ApiToken');
  },

  /** The tokens of many users in one query, newest first; the caller groups them by user. */
  tokensOf(em: EntityManager, userIds: readonly string[]): Promise<ApiTokenEntity[]> {
    return em.find(
      ApiToken,
      { user: { $in: [...userIds] } },
      { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
    );
  },
};
