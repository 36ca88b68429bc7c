import { type Bilingual, roleIncludes } from '@bitgoeul/domain';
import { brandWithType } from '@pothos/core';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { decodeId, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { refusal, updateRecord } from '../../records/record-writes.js';
import { ACCOUNT_TYPES } from './audit.repository.js';
import { RECORD_WRITES } from './audit.subjects.js';

interface Restored {
  record: object | null;
  userErrors: UserError[];
}

const MESSAGES = {
  DELETED: {
    ko: '삭제를 기록한 이벤트입니다. 삭제 뒤의 상태로는 되돌릴 수 없습니다. 삭제 전의 이벤트를 고르세요.',
    en: 'This event deleted the record; there is no state after it to restore. Pick an earlier event.',
  },
  GONE: {
    ko: '이 기록은 삭제되어 더 이상 없습니다. 삭제된 기록은 복원할 수 없습니다.',
    en: 'The record no longer exists; deleted records cannot be restored.',
  },
  NOT_RESTORABLE: {
    ko: '{type} 기록은 복원할 수 없습니다. 사업·기관·구역·특례·시설·추진 단계·지표·지급 기준만 복원할 수 있습니다.',
    en: '{type} records cannot be restored; only programs, organisations, zones, exemptions, facilities, milestones, indicators and benefit rules can.',
  },
  PARTIAL: {
    ko: '이 이벤트는 기록의 일부(참여 기관)만 바꾸었습니다. 기관을 직접 연결하거나 해제하세요.',
    en: 'This event changed only part of the record (its organisations); link or unlink them instead.',
  },
} satisfies Record<string, Bilingual>;

function refuse(field: string, message: keyof typeof MESSAGES, ctx: Context, type = ''): Restored {
  const code = message === 'GONE' ? 'NOT_FOUND' : 'INVALID';
  const text = MESSAGES[message][ctx.locale].replace('{type}', type);
  return { record: null, userErrors: [{ field: [field], code, message: text }] };
}

const notFound = (ctx: Context): Restored => ({
  record: null,
  userErrors: refusal([{ field: 'auditEventId', code: 'NOT_FOUND' }], ctx.locale, {
    auditEventId: { ko: '감사 이벤트', en: 'Audit event' },
  }).userErrors,
});

/**
 * Brings a record back to the state an event left it in (its `after` snapshot), through the
 * record's own update path: the same validation, store checks and optimistic locking as an edit,
 * audited as RESTORE in the same transaction.
 */
async function restoreRecord(ctx: Context, globalId: string | number, version: number | null | undefined) {
  const eventId = decodeId(globalId, 'AuditEvent', 'auditEventId');
  const event = isStoreId(eventId) ? await ctx.em.findOne(AuditEvent, { id: eventId }) : null;
  const admin = ctx.caller.user !== null && roleIncludes(ctx.caller.user.role, 'ADMIN');
  // Editors do not read account events, so to them such an event does not exist.
  if (!event || (!admin && ACCOUNT_TYPES.includes(event.entityType))) return notFound(ctx);
  const spec = RECORD_WRITES[event.entityType];
  if (!spec) return refuse('auditEventId', 'NOT_RESTORABLE', ctx, event.entityType);
  if (event.action === 'DELETE' || event.after == null) return refuse('auditEventId', 'DELETED', ctx);

  const snapshot = JSON.parse(event.after) as Record<string, unknown>;
  const current = await ctx.em.findOne(spec.entity, { id: event.entityId } as never, {
    populate: (spec.populate ?? []) as never,
  });
  if (!current) return refuse('auditEventId', 'GONE', ctx);
  const fields = Object.entries(spec.toValues(current)).filter(([, value]) => value !== undefined);
  if (!fields.every(([field]) => field in snapshot)) return refuse('auditEventId', 'PARTIAL', ctx);

  const written = await updateRecord(spec, ctx, event.entityId, version, snapshot, 'RESTORE');
  // The payload's field is the Node interface: the brand tells GraphQL which type the record is.
  if (written.record) brandWithType(written.record, spec.typename as never);
  return {
    record: written.record,
    // The record is named by the event; "id" would point at a field the input does not have.
    userErrors: written.userErrors.map((e) =>
      e.field.join('.') === 'id' ? { ...e, field: ['auditEventId'], code: 'NOT_FOUND' as const } : e,
    ),
  } satisfies Restored;
}

const RestoreRecordInput = builder.inputType('RestoreRecordInput', {
  fields: (t) => ({
    auditEventId: t.id({
      required: true,
      description: 'The event whose `after` state the record goes back to.',
    }),
    version: t.int({
      description: 'The version of the record you read; if someone saved since, you get STALE_VERSION.',
    }),
  }),
});

const RestoreRecordPayload = builder.objectRef<Restored>('RestoreRecordPayload').implement({
  fields: (t) => ({
    record: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The record as restored; null when refused.',
      resolve: (p) => p.record as never,
    }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationFields((t) => ({
  restoreRecord: t.field({
    type: RestoreRecordPayload,
    description:
      'Brings a record back to the state recorded after an earlier event. It is an edit like any other: ' +
      'validated, checked against the version you read, and recorded as RESTORE. Deleted records cannot be restored.',
    args: { input: t.arg({ type: RestoreRecordInput, required: true }) },
    resolve: (_, { input }, ctx) => restoreRecord(ctx, input.auditEventId, input.version),
  }),
}));
