import type { Dictionary, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { isStoreId } from '../../db/ids.js';
import { decodeId } from '../../graphql/common.js';
import { badInput, MissingRecord } from '../../graphql/errors.js';
import { type AuditAction, AuditEvent, type AuditEventEntity } from '../../records/audit-event.entity.js';

export interface AuditEventFilterInput {
  user?: string | number | null;
  entityType?: string | null;
  entity?: string | number | null;
  action?: AuditAction | null;
  from?: Date | null;
  to?: Date | null;
}

type Where = FilterQuery<AuditEventEntity>;

/** Events about accounts and tokens: only administrators read them. */
export const ACCOUNT_TYPES: readonly string[] = ['User', 'ApiToken'];

/**
 * Newest first. Two events of one record in the same millisecond still come out in order by
 * the record's version; the id only keeps pages stable.
 */
export const NEWEST_FIRST: QueryOrderMap<AuditEventEntity>[] = [
  { at: 'desc' },
  { entityVersion: 'desc nulls last' },
  { id: 'desc' },
];

const NOTHING: Dictionary = { id: { $in: [] } };

function entityCondition(globalId: string | number): Dictionary {
  try {
    const { typename, id } = decodeGlobalID(String(globalId));
    return { entityType: typename, entityId: id };
  } catch {
    throw badInput(`filter.entity: "${globalId}" is not a valid id`, { field: 'filter.entity' });
  }
}

/** Editors read the log of domain records; account and token events are for administrators. */
export function auditWhere(
  filter: AuditEventFilterInput | null | undefined,
  includeAccounts: boolean,
): Where {
  const parts: Dictionary[] = [];
  if (!includeAccounts) parts.push({ entityType: { $nin: [...ACCOUNT_TYPES] } });
  if (filter?.user != null) {
    const user = decodeId(filter.user, 'User', 'filter.user');
    parts.push(isStoreId(user) ? { user } : NOTHING);
  }
  if (filter?.entityType != null) parts.push({ entityType: filter.entityType });
  if (filter?.entity != null) parts.push(entityCondition(filter.entity));
  if (filter?.action != null) parts.push({ action: filter.action });
  if (filter?.from != null) parts.push({ at: { $gte: filter.from } });
  if (filter?.to != null) parts.push({ at: { $lte: filter.to } });
  return (parts.length ? { $and: parts } : {}) as Where;
}

export const auditRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(AuditEventEntity | Error)[]> {
    const rows = await em.find(AuditEvent, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('AuditEvent', id));
  },

  /** The events of many records of one type in one query, newest first; the caller groups them. */
  historyOf(
    em: EntityManager,
    entityType: string,
    entityIds: readonly string[],
  ): Promise<AuditEventEntity[]> {
    return em.find(AuditEvent, { entityType, entityId: { $in: [...entityIds] } }, { orderBy: NEWEST_FIRST });
  },
};
