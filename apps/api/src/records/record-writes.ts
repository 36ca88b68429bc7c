import type { Bilingual, Locale, Validated, ValidationIssue } from '@bitgoeul/domain';
import {
  type EntityManager,
  type EntityName,
  type FilterQuery,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { isStoreId } from '../db/ids.js';
import type { Context } from '../graphql/context.js';
import { type UserError, type UserErrorCode, userError } from '../graphql/errors.js';
import { recordAudit } from './audit.js';
import type { AuditAction } from './audit-event.entity.js';

/** A refusal found against the stored data (a code in use, a missing parent, a stale version). */
export type StoreIssue = { field: string; code: UserErrorCode; params?: Record<string, string | number> };

/**
 * What the generic create / update / delete need to know about one kind of record. Every entity
 * with a stable `code`, a `version` and domain-validated values fits; the module supplies the
 * mapping between the domain's values and the entity's columns and the checks only the store can make.
 */
export interface RecordWriteSpec<E extends { id: string; version: number }, V extends object> {
  typename: string;
  entity: EntityName<E>;
  labels: Readonly<Record<string, Bilingual>>;
  /** Relations `toValues` reads (e.g. `sources`), loaded with the record before an update. */
  populate?: readonly string[];
  validate(input: unknown): Validated<V>;
  /** The stored record in domain terms, so that a patch can be merged and validated whole. */
  toValues(entity: E): V;
  /** Writes validated values onto a new or loaded entity (relations included). */
  apply(em: EntityManager, entity: E | null, values: V): Promise<E> | E;
  storeIssues?(em: EntityManager, id: string | null, values: V, current: E | null): Promise<StoreIssue[]>;
  /** Why the record cannot be deleted (children, records that refer to it). */
  deleteBlockers?(em: EntityManager, entity: E): Promise<StoreIssue[]>;
}

export interface Written<E> {
  record: E | null;
  userErrors: UserError[];
}

const GENERIC_LABELS: Record<string, Bilingual> = {
  id: { ko: 'ID', en: 'Id' },
  version: { ko: '버전', en: 'Version' },
  code: { ko: '코드', en: 'Code' },
};

export function refusal(
  issues: readonly (ValidationIssue | StoreIssue)[],
  locale: Locale,
  labels: Readonly<Record<string, Bilingual>>,
): Written<never> {
  return {
    record: null,
    userErrors: issues.map((issue) => userError(issue, locale, { ...GENERIC_LABELS, ...labels })),
  };
}

/** A field left out of an update is kept: absent keys must not overwrite stored values. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** One NOT_FOUND issue per referenced id that does not exist, e.g. `sourceIds.1`. */
export async function missingIds<E extends { id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  ids: readonly string[],
  field: string,
): Promise<StoreIssue[]> {
  const candidates = ids.filter(isStoreId);
  if (ids.length === 0) return [];
  const found = candidates.length
    ? await em.find(entity, { id: { $in: candidates } } as unknown as FilterQuery<E>, {
        fields: ['id'] as never,
      })
    : [];
  const existing = new Set(found.map((row) => row.id));
  return ids.flatMap((id, i) =>
    existing.has(id) ? [] : [{ field: `${field}.${i}`, code: 'NOT_FOUND' as const }],
  );
}

async function codeTaken<E extends { id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  code: string,
  id: string | null,
) {
  const where = (id ? { code, id: { $ne: id } } : { code }) as unknown as FilterQuery<E>;
  return (await em.count(entity, where)) > 0;
}

/** A lost race (a unique code, a concurrent save) becomes the userError a sequential caller would see. */
function raceIssue(error: unknown, code: string | undefined, current?: number): StoreIssue | null {
  if (error instanceof UniqueConstraintViolationException) {
    return { field: 'code', code: 'DUPLICATE', params: { value: code ?? '' } };
  }
  if (error instanceof OptimisticLockError) {
    return { field: 'version', code: 'STALE_VERSION', params: { current: current ?? '?' } };
  }
  return null;
}

/** Records without a stable code (milestones, observations) skip the uniqueness check. */
function codeOf(values: object): string | undefined {
  const code = (values as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

async function checks<E extends { id: string; version: number }, V extends object>(
  spec: RecordWriteSpec<E, V>,
  em: EntityManager,
  id: string | null,
  values: V,
  current: E | null,
) {
  const issues: StoreIssue[] = [];
  const code = codeOf(values);
  if (code !== undefined && (await codeTaken(em, spec.entity, code, id))) {
    issues.push({ field: 'code', code: 'DUPLICATE', params: { value: code } });
  }
  issues.push(...((await spec.storeIssues?.(em, id, values, current)) ?? []));
  return issues;
}

/** Validates, checks against the store and inserts, all in one transaction; nothing is written on refusal. */
export async function createRecord<E extends { id: string; version: number }, V extends object>(
  spec: RecordWriteSpec<E, V>,
  ctx: Context,
  input: unknown,
): Promise<Written<E>> {
  const checked = spec.validate(input);
  if (!checked.ok) return refusal(checked.issues, ctx.locale, spec.labels);
  const values = checked.value;
  try {
    return await ctx.em.transactional(async (em) => {
      const issues = await checks(spec, em, null, values, null);
      if (issues.length) return refusal(issues, ctx.locale, spec.labels);
      const record = await spec.apply(em, null, values);
      await em.flush();
      await audit(em, ctx, spec, 'CREATE', record, null);
      return { record, userErrors: [] };
    });
  } catch (error) {
    const issue = raceIssue(error, codeOf(values));
    if (issue) return refusal([issue], ctx.locale, spec.labels);
    throw error;
  }
}

/**
 * Merges a patch into the stored record and validates the result whole, so that rules across
 * fields hold (an end never before a start). `version`, when given, must be the stored one.
 */
export async function updateRecord<E extends { id: string; version: number }, V extends object>(
  spec: RecordWriteSpec<E, V>,
  ctx: Context,
  id: string,
  version: number | null | undefined,
  patch: object,
  action: AuditAction = 'UPDATE',
): Promise<Written<E>> {
  if (!isStoreId(id)) return refusal([{ field: 'id', code: 'NOT_FOUND' }], ctx.locale, spec.labels);
  try {
    return await ctx.em.transactional(async (em) => {
      const current = await em.findOne(spec.entity, { id } as FilterQuery<E>, {
        populate: (spec.populate ?? []) as never,
      });
      if (!current) return refusal([{ field: 'id', code: 'NOT_FOUND' }], ctx.locale, spec.labels);
      if (version != null && version !== current.version) {
        const stale: StoreIssue = {
          field: 'version',
          code: 'STALE_VERSION',
          params: { current: current.version },
        };
        return refusal([stale], ctx.locale, spec.labels);
      }
      const before = spec.toValues(current);
      const merged = spec.validate({ ...before, ...definedOnly(patch) });
      if (!merged.ok) return refusal(merged.issues, ctx.locale, spec.labels);
      const issues = await checks(spec, em, id, merged.value, current);
      if (issues.length) return refusal(issues, ctx.locale, spec.labels);
      const record = await spec.apply(em, current, merged.value);
      await em.flush();
      await audit(em, ctx, spec, action, record, before);
      return { record, userErrors: [] };
    });
  } catch (error) {
    const stored = await ctx.em.fork().findOne(spec.entity, { id } as FilterQuery<E>);
    const issue = raceIssue(error, (patch as { code?: string }).code, stored?.version);
    if (issue) return refusal([issue], ctx.locale, spec.labels);
    throw error;
  }
}

/** Deletes when nothing blocks it; the version condition sits in the DELETE itself, so a concurrent save wins cleanly. */
export async function deleteRecord<E extends { id: string; version: number }, V extends object>(
  spec: RecordWriteSpec<E, V>,
  ctx: Context,
  id: string,
  version: number | null | undefined,
): Promise<{ deleted: boolean; userErrors: UserError[] }> {
  if (!isStoreId(id)) {
    return { deleted: false, ...refusal([{ field: 'id', code: 'NOT_FOUND' }], ctx.locale, spec.labels) };
  }
  return ctx.em.transactional(async (em) => {
    const current = await em.findOne(spec.entity, { id } as FilterQuery<E>, {
      populate: (spec.populate ?? []) as never,
    });
    if (!current)
      return { deleted: false, ...refusal([{ field: 'id', code: 'NOT_FOUND' }], ctx.locale, spec.labels) };
    const blockers = (await spec.deleteBlockers?.(em, current)) ?? [];
    if (blockers.length) return { deleted: false, ...refusal(blockers, ctx.locale, spec.labels) };
    const where = (version == null ? { id } : { id, version }) as unknown as FilterQuery<E>;
    if ((await em.nativeDelete(spec.entity, where)) === 0) {
      const stale: StoreIssue = {
        field: 'version',
        code: 'STALE_VERSION',
        params: { current: current.version },
      };
      return { deleted: false, ...refusal([stale], ctx.locale, spec.labels) };
    }
    recordAudit(em, ctx.caller, {
      action: 'DELETE',
      entityType: spec.typename,
      entityId: id,
      entityCode: codeOf(spec.toValues(current)) ?? null,
      entityVersion: current.version,
      before: spec.toValues(current),
      after: null,
    });
    await em.flush();
    return { deleted: true, userErrors: [] };
  });
}

/** Records a write in the same transaction: who, what, and the record before and after in domain terms. */
async function audit<E extends { id: string; version: number }, V extends object>(
  em: EntityManager,
  ctx: Context,
  spec: RecordWriteSpec<E, V>,
  action: AuditAction,
  record: E,
  before: V | null,
) {
  const after = spec.toValues(record);
  recordAudit(em, ctx.caller, {
    action,
    entityType: spec.typename,
    entityId: record.id,
    entityCode: codeOf(after) ?? null,
    entityVersion: record.version,
    before,
    after,
  });
  await em.flush();
}

/**
 * Walks up a self-nesting table (programs, zones, organisations) from `start` and returns each
 * record's parent id, for the domain's cycle check. Stops at `stopAt` (the record being moved):
 * reaching it is the cycle, and what lies above it does not matter.
 */
export async function parentChain<E extends { id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  start: string,
  stopAt: string | null,
): Promise<Map<string, string | null>> {
  const parents = new Map<string, string | null>();
  let current: string | null = start;
  while (current && !parents.has(current) && current !== stopAt) {
    const row = (await em.findOne(entity, { id: current } as FilterQuery<E>, {
      fields: ['parent'] as never,
    })) as { parent?: { id: string } | null } | null;
    const parent: string | null = row?.parent?.id ?? null;
    parents.set(current, parent);
    current = parent;
  }
  return parents;
}
