import type { EntityManager } from '@mikro-orm/core';
import { AuditEvent } from '../../records/audit-event.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes audit events older than the retention period (BITGOEUL_AUDIT_RETENTION_DAYS); with no
 * period, everything is kept. Run once at start-up: a day's precision needs no scheduler.
 */
export async function pruneAuditEvents(
  em: EntityManager,
  retentionDays: number | null,
  now = new Date(),
): Promise<number> {
  if (retentionDays === null) return 0;
  return em.nativeDelete(AuditEvent, { at: { $lt: new Date(now.getTime() - retentionDays * DAY_MS) } });
}
