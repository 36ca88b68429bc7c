import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { findRows } from '../../db/rows.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Observation, type ObservationRow, type TargetEntity } from './indicator.entity.js';
import { observationRepository } from './observation.repository.js';
import { targetRepository } from './target.repository.js';

export interface FigureKey {
  indicatorId: string;
  period: string;
}
export interface YearKey {
  indicatorId: string;
  year: number;
}

/**
 * Per-request loaders for the figures derived ones are computed from. Keys carry the indicator, so
 * a page of observations asks for all its year-earlier figures in one query, not one per row.
 */
export const statisticsLoaders = createContextCache((ctx: Context) => ({
  /** The current figure for each indicator's latest period. */
  latest: new DataLoader<string, ObservationRow | null>((ids) =>
    observationRepository.latest(ctx.em, ids, { publicOnly: seesOnlyPublic(ctx.caller) }),
  ),
  /** Each indicator's targets, current ones only or (`:all`) superseded ones too. */
  targets: new DataLoader<string, TargetEntity[]>(async (keys) => {
    const all = keys.some((key) => key.endsWith(':all'));
    const ids = [...new Set(keys.map((key) => key.replace(/:all$/, '')))];
    const rows = await targetRepository.ofIndicators(ctx.em, ids, all);
    return keys.map((key) => {
      const [id, scope] = key.split(':');
      return rows.filter((r) => r.indicator.id === id && (scope === 'all' || r.supersededAt == null));
    });
  }),
  /** Every vintage of one indicator's figure for one period. */
  vintages: new DataLoader<FigureKey, ObservationRow[], string>(
    (keys) => observationRepository.vintagesOfPairs(ctx.em, keys, { publicOnly: seesOnlyPublic(ctx.caller) }),
    { cacheKeyFn: (k) => `${k.indicatorId}|${k.period}` },
  ),
  /** Every vintage of the figures lying within one calendar year of one indicator. */
  year: new DataLoader<YearKey, ObservationRow[], string>(
    async (keys) => {
      const years = keys.map((k) => k.year);
      const publicOnly = seesOnlyPublic(ctx.caller);
      const where = {
        indicator: { $in: [...new Set(keys.map((k) => k.indicatorId))] },
        periodStart: { $gte: `${Math.min(...years)}-01-01` },
        periodEnd: { $lte: `${Math.max(...years)}-12-31` },
      };
      // The public's history is every vintage released by now; onRecord picks the one shown at asOf.
      const rows = await findRows(
        ctx.em,
        Observation,
        publicOnly
          ? { $and: [where, { indicator: { visibility: 'PUBLIC' }, publicFrom: { $lte: new Date() } }] }
          : where,
        {
          orderBy: { periodStart: 'asc', vintage: 'asc' },
          ...(publicOnly ? { filters: { publicObservations: false } } : {}),
        },
      );
      return keys.map((k) =>
        rows.filter(
          (r) =>
            r.indicator.id === k.indicatorId &&
            r.periodStart.startsWith(`${k.year}-`) &&
            r.periodEnd.startsWith(`${k.year}-`),
        ),
      );
    },
    { cacheKeyFn: (k) => `${k.indicatorId}|${k.year}` },
  ),
}));

/** An `asOf` argument: what was known at an instant; the future is not known yet. */
export function checkAsOf(asOf: Date | null | undefined, argument = 'asOf'): Date | null {
  if (!asOf) return null;
  if (asOf.getTime() > Date.now()) {
    throw badInput(`${argument} must not be in the future; got ${asOf.toISOString()}`, { argument });
  }
  return asOf;
}
