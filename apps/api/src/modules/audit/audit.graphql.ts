import { roleIncludes } from '@bitgoeul/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { valueFromASTUntyped } from 'graphql';
import { builder } from '../../graphql/builder.js';
import { connectionQuery } from '../../graphql/connection.js';
import type { FieldChange } from '../../records/audit.js';
import { type AuditAction, AuditEvent, type AuditEventEntity } from '../../records/audit-event.entity.js';
import { UserRef } from '../accounts/ref.js';
import {
  ACCOUNT_TYPES,
  type AuditEventFilterInput,
  auditRepository,
  auditWhere,
  NEWEST_FIRST,
} from './audit.repository.js';
import { fieldLabel } from './audit.subjects.js';

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
] as const satisfies readonly AuditAction[];

builder.scalarType('JSON', {
  description: 'Any JSON value (an object, a list, text, a number, true/false or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});

export const AuditActionEnum = builder.enumType('AuditAction', {
  values: {
    CREATE: { description: '만듦 — created' },
    UPDATE: { description: '수정 — updated' },
    DELETE: { description: '삭제 — deleted' },
    RESTORE: { description: '복원 — brought back to an earlier version' },
  },
});

interface LabelledChange extends FieldChange {
  label: string | null;
}

const FieldChangeRef = builder.objectRef<LabelledChange>('FieldChange').implement({
  description: 'One field that differs between the record before and after an event.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Dotted path in the record’s values, e.g. `name.en`.' }),
    label: t.exposeString('label', {
      nullable: true,
      description: "The field's name in the caller's language (Accept-Language); null when it has none.",
    }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (c) => c.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (c) => c.after }),
  }),
});

const parsed = (text: string | null | undefined): unknown => (text == null ? null : JSON.parse(text));

export const AuditEventRef = builder.loadableNodeRef('AuditEvent', {
  id: { resolve: (event: AuditEventEntity) => event.id },
  load: (ids: string[], ctx) => auditRepository.byIds(ctx.em, ids),
});

AuditEventRef.implement({
  description:
    'One write: who made it, when, to which record, and the record before and after, with the fields that changed.',
  // Every path to an event (auditEvents, history, node(id)) passes this check.
  authScopes: (event) => (ACCOUNT_TYPES.includes(event.entityType) ? { admin: true } : { editor: true }),
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who wrote it; null when the account is gone (see userEmail).',
      resolve: (e) => e.user?.id ?? null,
    }),
    userEmail: t.exposeString('userEmail', {
      nullable: true,
      description: 'The author’s email at the time, kept even if the account is removed.',
    }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    entityType: t.exposeString('entityType', {
      description: 'The GraphQL type of the record, e.g. Program.',
    }),
    entityId: t.id({
      description: 'The global id of the record (it may no longer exist).',
      resolve: (e) => encodeGlobalID(e.entityType, e.entityId),
    }),
    entityCode: t.exposeString('entityCode', { nullable: true }),
    entityVersion: t.exposeInt('entityVersion', {
      nullable: true,
      description: 'The record’s version after the event (before it, for a deletion).',
    }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (e) => parsed(e.before) }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (e) => parsed(e.after) }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'The fields that differ, by path; for a creation or deletion, every field.',
      resolve: (e, _args, ctx) =>
        (parsed(e.changes) as FieldChange[]).map((change) => ({
          ...change,
          label: fieldLabel(e.entityType, change.field, ctx.locale),
        })),
    }),
  }),
});

const AuditEventFilter = builder.inputRef<AuditEventFilterInput>('AuditEventFilter').implement({
  description: 'Every condition given must hold.',
  fields: (t) => ({
    user: t.id({ description: 'The global id of the author.' }),
    entityType: t.string({ description: 'A GraphQL type name, e.g. Zone.' }),
    entity: t.id({ description: 'A record’s global id: its whole history, even after it was deleted.' }),
    action: t.field({ type: AuditActionEnum }),
    from: t.field({ type: 'DateTime', description: 'Events at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Events at or before this instant.' }),
  }),
});

connectionQuery({
  field: 'auditEvents',
  name: 'AuditEvent',
  type: AuditEventRef,
  description:
    'Every recorded write, newest first, 20 a page by default (at most 100). Editors and admins; ' +
    'events about accounts and tokens are listed for admins only.',
  authScopes: { editor: true },
  offsetDescription: 'Skip this many events (page-number screens); not with after/before.',
  filter: AuditEventFilter,
  order: { fixed: NEWEST_FIRST },
  entity: AuditEvent,
  where: (args, ctx) =>
    auditWhere(args.filter, ctx.caller.user !== null && roleIncludes(ctx.caller.user.role, 'ADMIN')),
});
