import { INDICATOR_FIELD_LABELS, type TargetValues, validateTarget } from '@bitgoeul/domain';
import { type EntityManager, OptimisticLockError } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { decodeId, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import { decodeOptionalId } from '../../records/record-mutations.js';
import { refusal, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Indicator, Target, type TargetEntity } from './indicator.entity.js';
import { TargetKindEnum, TargetRef } from './statistics.ref.js';
import { targetRepository } from './target.repository.js';

interface Written {
  record: TargetEntity | null;
  userErrors: UserError[];
}

const refuse = (issues: Parameters<typeof refusal>[0], ctx: Context): Written =>
  refusal(issues, ctx.locale, INDICATOR_FIELD_LABELS);

/** The targets the new one replaces: the one named, and any current one for the same period or deadline. */
async function replaced(em: EntityManager, values: TargetValues) {
  const issues: StoreIssue[] = [];
  const same = await targetRepository.replaced(em, values.indicatorId, values);
  if (!values.supersedesId) return { issues, targets: same };
  const named = isStoreId(values.supersedesId) ? await em.findOne(Target, { id: values.supersedesId }) : null;
  if (!named || named.indicator.id !== values.indicatorId) {
    issues.push({ field: 'supersedesId', code: 'NOT_FOUND' });
  } else if (named.supersededAt) {
    issues.push({ field: 'supersedesId', code: 'INVALID' });
  }
  return { issues, targets: named && !issues.length ? [...new Set([...same, named])] : same };
}

/** A new target; the ones it replaces are marked superseded in the same transaction and kept. */
export async function setTarget(ctx: Context, input: Record<string, unknown>): Promise<Written> {
  try {
    return await writeTarget(ctx, input);
  } catch (error) {
    // Two writers superseding the same target: the second finds it changed under it.
    if (!(error instanceof OptimisticLockError)) throw error;
    return refuse([{ field: 'supersedesId', code: 'STALE_VERSION', params: { current: '?' } }], ctx);
  }
}

function writeTarget(ctx: Context, input: Record<string, unknown>): Promise<Written> {
  return ctx.em.transactional(async (em) => {
    const indicatorId = String(input.indicatorId);
    const indicator = isStoreId(indicatorId) ? await em.findOne(Indicator, { id: indicatorId }) : null;
    if (!indicator) return refuse([{ field: 'indicatorId', code: 'NOT_FOUND' }], ctx);
    const checked = validateTarget(input, indicator);
    if (!checked.ok) return refuse(checked.issues, ctx);
    const values = checked.value;
    const issues: StoreIssue[] = [];
    if (!isStoreId(values.sourceId) || (await em.count(Source, { id: values.sourceId })) === 0) {
      issues.push({ field: 'sourceId', code: 'NOT_FOUND' });
    }
    const old = await replaced(em, values);
    issues.push(...old.issues);
    if (issues.length) return refuse(issues, ctx);
    const at = new Date();
    // Audit (accounts & audit issue): what each replaced target looked like before.
    const replacedBefore = old.targets.map((target) => ({ target, before: targetValues(target) }));
    for (const target of old.targets) em.assign(target, { supersededAt: at });
    const record = em.create(Target, {
      indicator: em.getReference(Indicator, values.indicatorId),
      kind: values.kind,
      period: values.period,
      deadline: values.deadline,
      value: values.value,
      source: em.getReference(Source, values.sourceId),
      note: values.note,
      recordedAt: at,
      supersededAt: null,
    });
    await em.flush();
    // Audit (accounts & audit issue): the new target and each one it superseded, in this transaction.
    for (const { target, before } of replacedBefore) {
      const after = targetValues(target);
      recordAudit(em, ctx.caller, auditOf('UPDATE', target, before, after));
    }
    recordAudit(em, ctx.caller, auditOf('CREATE', record, null, targetValues(record)));
    await em.flush();
    return { record, userErrors: [] };
  });
}

// Audit (accounts & audit issue): a target in the audit log's terms.
function targetValues(target: TargetEntity) {
  return {
    indicatorId: target.indicator.id,
    kind: target.kind,
    period: target.period ?? null,
    deadline: target.deadline ?? null,
    value: target.value,
    sourceId: target.source?.id ?? null,
    note: target.note ?? null,
    supersededAt: target.supersededAt?.toISOString() ?? null,
  };
}

function auditOf(
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  target: TargetEntity,
  before: object | null,
  after: object | null,
) {
  return { action, entityType: 'Target', entityId: target.id, entityVersion: target.version, before, after };
}

const SetTargetPayload = builder.objectRef<Written>('SetTargetPayload').implement({
  fields: (t) => ({
    target: t.field({ type: TargetRef, nullable: true, resolve: (p) => p.record }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const SetTargetInput = builder.inputType('SetTargetInput', {
  description:
    'PER_PERIOD needs a period; CUMULATIVE a period or a deadline; END_OF_PROGRAM neither (it is due when the program ends).',
  fields: (t) => ({
    indicatorId: t.id({ required: true }),
    kind: t.field({ type: TargetKindEnum, required: true }),
    period: t.string({ description: "A period fitting the indicator's frequency." }),
    deadline: t.field({ type: 'Date' }),
    value: t.string({ required: true, description: 'Decimal text: 1000, 1,000 or 7.5.' }),
    sourceId: t.id({ required: true, description: 'The document that set the target.' }),
    note: t.string(),
    supersedesId: t.id({
      description: 'A target this one replaces (besides any current one for the same period or deadline).',
    }),
  }),
});

const DeleteTargetInput = builder.inputType('DeleteTargetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
  }),
});

const DeleteTargetPayload = builder
  .objectRef<{ deletedId: string | null; userErrors: UserError[] }>('DeleteTargetPayload')
  .implement({
    fields: (t) => ({
      deletedId: t.exposeID('deletedId', { nullable: true }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

builder.mutationFields((t) => ({
  setTarget: t.field({
    type: SetTargetPayload,
    description:
      'Sets a target. A current target of the same kind for the same period (or deadline) is superseded, not overwritten.',
    args: { input: t.arg({ type: SetTargetInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      setTarget(ctx, {
        ...input,
        indicatorId: decodeId(input.indicatorId, 'Indicator', 'indicatorId'),
        sourceId: decodeId(input.sourceId, 'Source', 'sourceId'),
        supersedesId: decodeOptionalId(input.supersedesId, 'Target', 'supersedesId'),
        period: input.period ?? undefined,
        deadline: input.deadline ?? undefined,
        note: input.note ?? undefined,
      }),
  }),
  deleteTarget: t.field({
    type: DeleteTargetPayload,
    description: 'Removes a target entered by mistake. To change a target, set a new one instead.',
    args: { input: t.arg({ type: DeleteTargetInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const id = decodeId(input.id, 'Target');
      return ctx.em.transactional(async (em) => {
        const current = isStoreId(id) ? await em.findOne(Target, { id }) : null;
        if (!current) return { deletedId: null, ...refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx) };
        const where = input.version == null ? { id } : { id, version: input.version };
        if ((await em.nativeDelete(Target, where)) === 0) {
          const stale: StoreIssue = {
            field: 'version',
            code: 'STALE_VERSION',
            params: { current: current.version },
          };
          return { deletedId: null, ...refuse([stale], ctx) };
        }
        // Audit (accounts & audit issue): the deletion, in this transaction.
        recordAudit(em, ctx.caller, auditOf('DELETE', current, targetValues(current), null));
        await em.flush();
        return { deletedId: String(input.id), userErrors: [] };
      });
    },
  }),
}));
