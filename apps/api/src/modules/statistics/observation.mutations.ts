import { randomUUID } from 'node:crypto';
import {
  checkSingleCurrentVintage,
  INDICATOR_FIELD_LABELS,
  type ObservationValues,
  parsePeriod,
  supersede,
  validateObservation,
} from '@bitgoeul/domain';
import {
  type EntityManager,
  LockMode,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import { decodeOptionalId } from '../../records/record-mutations.js';
import { definedOnly, refusal, type StoreIssue } from '../../records/record-writes.js';
import { Source } from '../sources/ref.js';
import { Indicator, Observation, type ObservationEntity } from './indicator.entity.js';
import { observationRepository, vintaged } from './observation.repository.js';
import { ObservationRef, ObservationStatusEnum, type ObservationView } from './statistics.ref.js';

interface Written {
  record: ObservationEntity | null;
  userErrors: UserError[];
}

const refuse = (issues: Parameters<typeof refusal>[0], ctx: Context): Written =>
  refusal(issues, ctx.locale, INDICATOR_FIELD_LABELS);

async function sourceMissing(em: EntityManager, id: string) {
  return !isStoreId(id) || (await em.count(Source, { id })) === 0;
}

/** Where the store refuses what the domain accepted: a missing source, a figure already current. */
async function storeIssues(
  em: EntityManager,
  values: ObservationValues,
  replacing: ObservationEntity | null,
) {
  const issues: StoreIssue[] = [];
  if (await sourceMissing(em, values.sourceId)) issues.push({ field: 'sourceId', code: 'NOT_FOUND' });
  const current = await observationRepository.current(em, values.indicatorId, values.period);
  const clash = checkSingleCurrentVintage(current.filter((row) => row.id !== replacing?.id).map(vintaged), {
    indicatorId: values.indicatorId,
    period: values.period,
    recordedAt: new Date().toISOString(),
    supersededAt: null,
  });
  if (clash) issues.push(clash as StoreIssue);
  return issues;
}

function columns(
  em: EntityManager,
  values: ObservationValues,
  at: Date,
  vintage: number,
  changedBy: string | null,
  id = randomUUID(),
) {
  const period = parsePeriod(values.period);
  if (!period.ok) throw new RangeError(`validated period ${values.period} does not parse`);
  return {
    id,
    indicator: em.getReference(Indicator, values.indicatorId),
    period: period.value.text,
    periodStart: period.value.start,
    periodEnd: period.value.end,
    value: values.value,
    status: values.status,
    source: em.getReference(Source, values.sourceId),
    note: values.note,
    vintage,
    recordedAt: at,
    supersededAt: null,
    supersededById: null,
    // A new figure, or a correction, is a draft until a reviewer approves and publishes it (#15).
    publicationState: 'DRAFT' as const,
    lastChangedBy: changedBy,
  };
}

/** The store's unique index on current vintages catches a racing writer the checks could not see. */
function raceIssue(error: unknown, current?: number): StoreIssue | null {
  if (error instanceof UniqueConstraintViolationException)
    return { field: 'period', code: 'DUPLICATE_VINTAGE' };
  if (error instanceof OptimisticLockError) {
    return { field: 'version', code: 'STALE_VERSION', params: { current: current ?? '?' } };
  }
  return null;
}

export async function recordObservation(ctx: Context, input: Record<string, unknown>): Promise<Written> {
  try {
    return await ctx.em.transactional(async (em) => {
      const indicatorId = String(input.indicatorId);
      const indicator = isStoreId(indicatorId) ? await em.findOne(Indicator, { id: indicatorId }) : null;
      if (!indicator) return refuse([{ field: 'indicatorId', code: 'NOT_FOUND' }], ctx);
      const checked = validateObservation(input, indicator);
      if (!checked.ok) return refuse(checked.issues, ctx);
      const issues = await storeIssues(em, checked.value, null);
      if (issues.length) return refuse(issues, ctx);
      const vintage = await observationRepository.nextVintage(em, indicator.id, checked.value.period);
      const record = em.create(
        Observation,
        columns(em, checked.value, new Date(), vintage, ctx.caller.user?.id ?? null),
      );
      await em.flush();
      // Audit (accounts & audit issue): recorded in this transaction, like every RecordWriteSpec write.
      recordAudit(em, ctx.caller, {
        action: 'CREATE',
        entityType: 'Observation',
        entityId: record.id,
        entityVersion: record.version,
        before: null,
        after: checked.value,
      });
      await em.flush();
      return { record, userErrors: [] };
    });
  } catch (error) {
    const issue = raceIssue(error);
    if (issue) return refuse([issue], ctx);
    throw error;
  }
}

/**
 * A correction is a new vintage: the old one is marked superseded at the same instant the new one is
 * recorded, in one transaction, and stays readable. Only the current vintage can be corrected.
 */
export async function correctObservation(
  ctx: Context,
  id: string,
  version: number | null | undefined,
  patch: Record<string, unknown>,
): Promise<Written> {
  try {
    return await ctx.em.transactional(async (em) => {
      // The row is locked as it is read: a correction racing this one waits, then finds it superseded
      // (STALE_VERSION), instead of reading it current and losing later on the vintage index.
      // SQLite's writers are serialised by BEGIN IMMEDIATE already and have no row locks to take.
      const lockMode =
        em.getPlatform() instanceof BaseSqlitePlatform ? undefined : LockMode.PESSIMISTIC_WRITE;
      const old = isStoreId(id)
        ? await em.findOne(
            Observation,
            { id },
            { populate: ['indicator'], ...(lockMode ? { lockMode } : {}) },
          )
        : null;
      if (!old) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx);
      if ((version != null && version !== old.version) || old.supersededAt) {
        return refuse([{ field: 'version', code: 'STALE_VERSION', params: { current: old.version } }], ctx);
      }
      const stored = {
        indicatorId: old.indicator.id,
        period: old.period,
        value: old.value,
        status: old.status,
        sourceId: old.source.id,
        note: old.note ?? null,
      };
      const checked = validateObservation({ ...stored, ...definedOnly(patch) }, old.indicator.getEntity());
      if (!checked.ok) return refuse(checked.issues, ctx);
      const issues = await storeIssues(em, checked.value, old);
      if (issues.length) return refuse(issues, ctx);

      const at = new Date();
      const newId = randomUUID();
      const marked = supersede(vintaged(old), at.toISOString());
      // The old vintage leaves the current set first, or the unique index on current vintages would refuse the new one.
      em.assign(old, { supersededAt: new Date(marked.supersededAt!), supersededById: newId });
      await em.flush();
      const vintage = await observationRepository.nextVintage(em, old.indicator.id, old.period);
      const record = em.create(
        Observation,
        columns(em, checked.value, at, vintage, ctx.caller.user?.id ?? null, newId),
      );
      await em.flush();
      // Audit (accounts & audit issue): the old vintage marked superseded, the new one created.
      recordAudit(em, ctx.caller, {
        action: 'UPDATE',
        entityType: 'Observation',
        entityId: old.id,
        entityVersion: old.version,
        before: { ...stored, supersededAt: null, supersededById: null },
        after: { ...stored, supersededAt: marked.supersededAt, supersededById: newId },
      });
      recordAudit(em, ctx.caller, {
        action: 'CREATE',
        entityType: 'Observation',
        entityId: record.id,
        entityVersion: record.version,
        before: null,
        after: checked.value,
      });
      await em.flush();
      return { record, userErrors: [] };
    });
  } catch (error) {
    const stored = isStoreId(id) ? await ctx.em.fork().findOne(Observation, { id }) : null;
    const issue = raceIssue(error, stored?.version);
    if (issue) return refuse([issue], ctx);
    throw error;
  }
}

const observationPayload = (name: string) =>
  builder.objectRef<Written>(name).implement({
    fields: (t) => ({
      observation: t.field({
        type: ObservationRef,
        nullable: true,
        resolve: (p): ObservationView | null => (p.record ? { row: p.record, asOf: null } : null),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

const RecordObservationPayload = observationPayload('RecordObservationPayload');
const CorrectObservationPayload = observationPayload('CorrectObservationPayload');

const RecordObservationInput = builder.inputType('RecordObservationInput', {
  fields: (t) => ({
    indicatorId: t.id({ required: true }),
    period: t.string({
      required: true,
      description: "Must fit the indicator's frequency: 2021, 2021-Q2, 2021-04, or a span 2021-01/2021-04.",
    }),
    value: t.string({ required: true, description: 'Decimal text: 2769, 2,769 or 7.2 (no exponent).' }),
    status: t.field({ type: ObservationStatusEnum, required: true }),
    sourceId: t.id({ required: true, description: 'The document the figure is read from.' }),
    note: t.string(),
  }),
});

const CorrectObservationInput = builder.inputType('CorrectObservationInput', {
  description: 'Fields left out keep the corrected vintage’s values.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The current vintage being corrected.' }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
    value: t.string(),
    status: t.field({ type: ObservationStatusEnum }),
    sourceId: t.id(),
    note: t.string(),
  }),
});

builder.mutationFields((t) => ({
  recordObservation: t.field({
    type: RecordObservationPayload,
    description:
      'Records a first figure for a period. A period that already has a current figure is refused (DUPLICATE_VINTAGE): correct that one instead.',
    args: { input: t.arg({ type: RecordObservationInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      recordObservation(ctx, {
        ...input,
        indicatorId: decodeOptionalId(input.indicatorId, 'Indicator', 'indicatorId'),
        sourceId: decodeOptionalId(input.sourceId, 'Source', 'sourceId'),
        note: input.note ?? undefined,
      }),
  }),
  correctObservation: t.field({
    type: CorrectObservationPayload,
    description:
      'Records a corrected figure as a new vintage; the corrected one is kept, marked superseded, and still readable.',
    args: { input: t.arg({ type: CorrectObservationInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { id, version, sourceId, ...patch } = input;
      return correctObservation(ctx, decodeOptionalId(id, 'Observation', 'id')!, version, {
        ...patch,
        sourceId: decodeOptionalId(sourceId, 'Source', 'sourceId'),
      });
    },
  }),
}));
