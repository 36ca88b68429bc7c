import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { User } from '../auth/account.entity.js';
import { uuidKey } from '../db/base.entity.js';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';

/**
 * One write: who, when, which record, what happened, and the record before and after (as the
 * domain's values, JSON text) with the fields that changed. Written in the write's own transaction.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    ...uuidKey,
    at: p.datetime().onCreate(() => new Date()),
    user: () => p.manyToOne(User).nullable().ref(),
    userEmail: p.string().length(254).nullable(),
    action: p.string().length(16).$type<AuditAction>(),
    entityType: p.string().length(32),
    entityId: p.string().length(64),
    entityCode: p.string().length(64).nullable(),
    entityVersion: p.integer().nullable(),
    before: p.text().nullable(),
    after: p.text().nullable(),
    changes: p.text(),
  },
});
export type AuditEventEntity = InferEntity<typeof AuditEvent>;
