import {
  decideTransition,
  formatPublicationIssue,
  type PublicationChanges,
  type PublicationIssue,
  publicWindows,
} from '@bitgoeul/domain';
import { type EntityManager, LockMode, OptimisticLockError } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { isStoreId } from '../../db/ids.js';
import type { Context } from '../../graphql/context.js';
import type { UserError, UserErrorCode } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import { Observation, type ObservationEntity } from './indicator.entity.js';

export interface ObservationStep {
  action: string;
  version?: number | null;
  comment?: string | null;
  reason?: string | null;
  releaseAt?: string | null;
}

export interface Transitioned {
  record: ObservationEntity | null;
  userErrors: UserError[];
}

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);
const date = (at: string | null | undefined) => (at == null ? at : new Date(at));

/** A refusal in the caller's language, with the domain's code and wording. */
function refusal(issues: readonly PublicationIssue[], ctx: Context): Transitioned {
  const forbidden = issues.find((issue) => issue.code === 'FORBIDDEN');
  // The domain keeps the role rule; the API answers it as the error every forbidden write gets.
  if (forbidden) {
    throw new GraphQLError(formatPublicationIssue(forbidden, ctx.locale), {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return {
    record: null,
    userErrors: issues.map((issue) => ({
      field: issue.field ? issue.field.split('.') : [],
      message: formatPublicationIssue(issue, ctx.locale),
      code: issue.code as UserErrorCode,
    })),
  };
}

/** The step's columns: the domain's changes, its instants as dates. */
function stepColumns(changes: PublicationChanges) {
  const { submittedAt, reviewedAt, publishedAt, releaseAt, withdrawnAt, state, ...rest } = changes;
  return Object.fromEntries(
    Object.entries({
      ...rest,
      publicationState: state,
      submittedAt: date(submittedAt),
      reviewedAt: date(reviewedAt),
      publishedAt: date(publishedAt),
      releaseAt: date(releaseAt),
      withdrawnAt: date(withdrawnAt),
    }).filter(([, v]) => v !== undefined),
  );
}

/**
 * Rewrites the public window of every vintage of one figure (the domain's publicWindows), so that
 * an anonymous read is `public_from <= T < public_until`. `vintages` are the figure's managed rows,
 * the stepped one already carrying its new columns: its window goes out with its own update; the
 * others' windows are derived, not content, and are written without touching their versions.
 */
export async function rewriteWindows(
  em: EntityManager,
  vintages: readonly ObservationEntity[],
  stepped: ObservationEntity,
) {
  const windows = publicWindows(
    vintages.map((row) => ({
      row,
      recordedAt: row.recordedAt.toISOString(),
      vintage: row.vintage,
      visibility: row.indicator.getEntity().visibility,
      // Only a published or withdrawn vintage has ever been released.
      publishedAt:
        row.publicationState === 'PUBLISHED' || row.publicationState === 'WITHDRAWN'
          ? iso(row.publishedAt)
          : null,
      releaseAt: iso(row.releaseAt),
      withdrawnAt: iso(row.withdrawnAt),
    })),
  );
  const changed = windows.map((window) => ({
    row: window.vintage.row,
    publicFrom: date(window.from) ?? null,
    publicUntil: date(window.until) ?? null,
  }));
  for (const { row, publicFrom, publicUntil } of changed) {
    if (row === stepped) em.assign(row, { publicFrom, publicUntil });
  }
  for (const { row, publicFrom, publicUntil } of changed) {
    if (row === stepped) continue;
    if (iso(row.publicFrom) === iso(publicFrom) && iso(row.publicUntil) === iso(publicUntil)) continue;
    await em.nativeUpdate(Observation, { id: row.id }, { publicFrom, publicUntil });
  }
}

/** Every vintage of the row's figure, managed (the row itself among them). */
export function vintagesOfFigure(em: EntityManager, row: ObservationEntity) {
  return em.find(
    Observation,
    { indicator: row.indicator.id, period: row.period },
    { populate: ['indicator'] },
  );
}

/**
 * One step of the publishing workflow for one vintage (issue #15): the domain decides it
 * (decideTransition), the step is written with the vintage's new window and its audit entry in one
 * transaction, and a refusal writes nothing.
 */
export async function transitionObservation(
  ctx: Context,
  id: string,
  step: ObservationStep,
  now: Date = new Date(),
): Promise<Transitioned> {
  const user = ctx.caller.user;
  if (!user) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
  try {
    return await ctx.em.transactional(async (em) => {
      const lockMode =
        em.getPlatform() instanceof BaseSqlitePlatform ? undefined : LockMode.PESSIMISTIC_WRITE;
      const row = isStoreId(id)
        ? await em.findOne(
            Observation,
            { id },
            { populate: ['indicator'], ...(lockMode ? { lockMode } : {}) },
          )
        : null;
      if (!row) return refusal([{ field: 'id', code: 'NOT_FOUND' }], ctx);
      const input = Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined && v !== null));
      const decision = decideTransition(
        {
          state: row.publicationState,
          version: row.version,
          lastChangedBy: row.lastChangedBy ?? null,
          visibility: row.indicator.getEntity().visibility,
          publishedAt: iso(row.publishedAt),
          releaseAt: iso(row.releaseAt),
        },
        { id: user.id, role: user.role },
        input,
        now,
      );
      if (!decision.ok) return refusal(decision.issues, ctx);
      // A vintage a correction replaced is no longer the one to review or release; only its
      // withdrawal (or its embargo) is still a question while it is what the public sees.
      if (row.supersededAt && row.publicationState !== 'PUBLISHED') {
        return refusal([{ field: 'version', code: 'STALE_VERSION', params: { current: row.version } }], ctx);
      }
      const before = { publicationState: decision.from, version: row.version };
      const vintages = await vintagesOfFigure(em, row);
      em.assign(row, stepColumns(decision.changes));
      // Published now is released now; a scheduled release is recorded by the release runner.
      if (decision.action === 'PUBLISH') row.releasedAt = now;
      if (decision.action === 'SCHEDULE') row.releasedAt = null;
      await rewriteWindows(em, vintages, row);
      await em.flush();
      recordAudit(em, ctx.caller, {
        action: 'UPDATE',
        entityType: 'Observation',
        entityId: row.id,
        entityVersion: row.version,
        before,
        after: { ...decision.changes, publicationAction: decision.action, version: row.version },
      });
      await em.flush();
      return { record: row, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      const stored = isStoreId(id) ? await ctx.em.fork().findOne(Observation, { id }) : null;
      return refusal(
        [{ field: 'version', code: 'STALE_VERSION', params: { current: stored?.version ?? '?' } }],
        ctx,
      );
    }
    throw error;
  }
}
