import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '../auth/accounts.js';
import { type AuditAction, AuditEvent } from './audit-event.entity.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields that differ between two snapshots, by dotted path (`name.en`); lists compare whole.
 * A created record has every field "changed" from nothing, a deleted one to nothing.
 */
export function diffValues(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return keys.flatMap((key) =>
      diffValues(b[key] ?? null, a[key] ?? null, prefix ? `${prefix}.${key}` : key),
    );
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null)
    ? []
    : [{ field: prefix, before: before ?? null, after: after ?? null }];
}

export interface AuditInput {
  action: AuditAction;
  entityType: string;
  entityId: string;
  entityCode?: string | null;
  entityVersion?: number | null;
  before: object | null;
  after: object | null;
}

/** Records one write in the caller's transaction: `em` must be the transaction's manager. */
export function recordAudit(em: EntityManager, caller: Caller, input: AuditInput) {
  const snapshot = (v: object | null) => (v === null ? null : JSON.stringify(v as Json));
  return em.create(AuditEvent, {
    user: caller.user ?? null,
    userEmail: caller.user?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    entityCode: input.entityCode ?? null,
    entityVersion: input.entityVersion ?? null,
    before: snapshot(input.before),
    after: snapshot(input.after),
    changes: JSON.stringify(diffValues(input.before, input.after)),
  });
}
