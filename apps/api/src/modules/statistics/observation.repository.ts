import {
  comparePeriods,
  currentVintage,
  asOf as domainAsOf,
  type VintageRecord,
  vintagesOf,
} from '@bitgoeul/domain';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { findRows } from '../../db/rows.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Observation, type ObservationEntity, type ObservationRow } from './indicator.entity.js';

type ObservationWhere = FilterQuery<ObservationEntity>;

/**
 * The vintages the public saw at `at` (publishing, #15): inside their public window, of a PUBLIC
 * indicator. An anonymous read at another moment than now (asOf) says this itself, with the
 * request's own window filter (`publicObservations`, auth/visibility.ts) turned off.
 */
export function publicWindowAt(at: Date): ObservationWhere {
  return {
    indicator: { visibility: 'PUBLIC' },
    publicFrom: { $lte: at },
    $or: [{ publicUntil: null }, { publicUntil: { $gt: at } }],
  } as ObservationWhere;
}

/** Every vintage the public has seen by now: the history a derived figure at asOf is read from. */
function releasedByNow(): ObservationWhere {
  return { indicator: { visibility: 'PUBLIC' }, publicFrom: { $lte: new Date() } } as ObservationWhere;
}

const OWN_WINDOW_OFF = { publicObservations: false };

export interface ObservationRange {
  /** First day the observations may start on, `YYYY-MM-DD`. */
  start?: string | null;
  /** Last day they may end on. */
  end?: string | null;
  asOf?: Date | null;
  includeSuperseded?: boolean | null;
  /** An anonymous reader: what was public, not what was recorded. */
  publicOnly?: boolean;
}

const ORDER = { periodStart: 'asc', periodEnd: 'asc', vintage: 'asc', id: 'asc' } as const;

/** Queries for observations; every one serves many indicators at once. */
export const observationRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(ObservationEntity | Error)[]> {
    const rows = await em.find(Observation, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Observation', id));
  },

  /**
   * The vintages that can matter for a range: the current ones, or — with `asOf` — every vintage
   * recorded by then (the domain picks the one on record), or all of them with `includeSuperseded`.
   */
  inRange(em: EntityManager, indicatorIds: readonly string[], range: ObservationRange) {
    const where: ObservationWhere = { indicator: { $in: [...indicatorIds] } };
    if (range.start) where.periodStart = { $gte: range.start };
    if (range.end) where.periodEnd = { $lte: range.end };
    if (range.publicOnly) {
      // The request's filter keeps the public window at now, where each figure has one vintage at
      // most, superseded by an unreleased correction or not; at another moment, the window then.
      if (!range.asOf) return findRows(em, Observation, where, { orderBy: ORDER });
      return findRows(em, Observation, { $and: [where, publicWindowAt(range.asOf)] } as ObservationWhere, {
        orderBy: ORDER,
        filters: OWN_WINDOW_OFF,
      });
    }
    if (range.asOf) where.recordedAt = { $lte: range.asOf };
    else if (!range.includeSuperseded) where.supersededAt = null;
    return findRows(em, Observation, where, { orderBy: ORDER });
  },

  /** Every vintage of the given (indicator, period) pairs, in one query. */
  async vintagesOfPairs(
    em: EntityManager,
    pairs: readonly { indicatorId: string; period: string }[],
    { publicOnly }: { publicOnly: boolean },
  ) {
    const where: ObservationWhere = {
      indicator: { $in: [...new Set(pairs.map((p) => p.indicatorId))] },
      period: { $in: [...new Set(pairs.map((p) => p.period))] },
    };
    const rows = await findRows(
      em,
      Observation,
      publicOnly ? ({ $and: [where, releasedByNow()] } as ObservationWhere) : where,
      { orderBy: ORDER, ...(publicOnly ? { filters: OWN_WINDOW_OFF } : {}) },
    );
    return pairs.map((p) => vintagesOf(rows.map(vintaged), p.indicatorId, p.period).map((v) => v.row));
  },

  /**
   * Each indicator's latest figure: its current observation with the latest period end (of two
   * ending the same day, the later period). One statement for any number of indicators: a subquery,
   * driven by the indicator ids, finds the figures through the partial index on
   * (indicator_id, period_end) — one max seek per indicator, never its history — and the outer
   * statement reads them by primary key as rows. The subquery bypasses the entity manager's
   * visibility filters, so it applies them itself: `publicOnly` keeps INTERNAL indicators' figures
   * out, and the rows then need no join to the indicator.
   */
  async latest(em: EntityManager, indicatorIds: readonly string[], { publicOnly }: { publicOnly: boolean }) {
    const ids = [...new Set(indicatorIds.filter(isStoreId))];
    // Signed in: the current vintages. Anonymous: the vintages inside their public window now.
    const now = em.getPlatform().processDateProperty(new Date());
    const shown = (alias: string) =>
      publicOnly
        ? `${alias}.public_from <= ? and (${alias}.public_until is null or ${alias}.public_until > ?)`
        : `${alias}.superseded_at is null`;
    const moments = publicOnly ? [now, now] : [];
    const rows = ids.length
      ? await findRows(
          em,
          Observation,
          {},
          {
            filters: false,
            sql: {
              condition: `e.id in (select o.id from indicator i
                 join observation o on o.indicator_id = i.id and ${shown('o')}
                  and o.period_end = (select max(x.period_end) from observation x
                                       where x.indicator_id = i.id and ${shown('x')})
                where i.id in (${ids.map(() => '?').join(', ')})${publicOnly ? " and i.visibility = 'PUBLIC'" : ''})`,
              params: [...moments, ...moments, ...ids],
            },
          },
        )
      : [];
    const best = new Map<string, ObservationRow>();
    for (const row of rows) {
      const current = best.get(row.indicator.id);
      if (!current || comparePeriods(row.period, current.period) > 0) best.set(row.indicator.id, row);
    }
    return indicatorIds.map((id) => best.get(id) ?? null);
  },

  current(em: EntityManager, indicatorId: string, period: string) {
    return em.find(Observation, { indicator: indicatorId, period, supersededAt: null });
  },

  /** The next vintage number for a figure: one more than any recorded, withdrawn ones included. */
  async nextVintage(em: EntityManager, indicatorId: string, period: string) {
    const rows = await em.find(Observation, { indicator: indicatorId, period }, { fields: ['vintage'] });
    return Math.max(0, ...rows.map((row) => row.vintage)) + 1;
  },
};

export type VintagedRow = VintageRecord & { row: ObservationRow };

/** A stored observation in the shape the domain's vintage rules read. */
export function vintaged(row: ObservationRow): VintagedRow {
  return {
    id: row.id,
    indicatorId: row.indicator.id,
    period: row.period,
    recordedAt: row.recordedAt.toISOString(),
    supersededAt: row.supersededAt ? row.supersededAt.toISOString() : null,
    vintage: row.vintage,
    row,
  };
}

/**
 * A vintage as the public saw it: on record for the public from its release (publicFrom) until it
 * was withdrawn or replaced (publicUntil), so that the domain's vintage rules answer for the public.
 */
function publiclyVintaged(row: ObservationRow): VintagedRow {
  return {
    ...vintaged(row),
    recordedAt: row.publicFrom!.toISOString(),
    supersededAt: row.publicUntil ? row.publicUntil.toISOString() : null,
  };
}

/**
 * The figures on record at `at` (domain asOf), or the current ones without it (domain
 * currentVintage). For the public (`publicOnly`): the ones inside their public window at `at`, or now.
 */
export function onRecord(
  rows: readonly ObservationRow[],
  at: Date | null,
  publicOnly = false,
): ObservationRow[] {
  if (publicOnly) {
    const released = rows.filter((row) => row.publicFrom != null).map(publiclyVintaged);
    return domainAsOf(released, at ?? new Date()).map((v) => v.row);
  }
  const records = rows.map(vintaged);
  return (at ? domainAsOf(records, at) : currentVintage(records)).map((v) => v.row);
}
