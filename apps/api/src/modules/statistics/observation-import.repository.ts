import { isRecordCode } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Indicator, type IndicatorEntity, Observation, type ObservationEntity } from './indicator.entity.js';

export const pairKey = (indicatorId: string, period: string) => `${indicatorId}\u0000${period}`;

/** Codes are looked up in one query per table, whatever the size of the sheet. */
export const observationImportRepository = {
  async indicatorsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, IndicatorEntity>> {
    // A text that cannot be a code (a NUL, a sentence) names no record and is not sent to the database.
    const wanted = [...new Set(codes)].filter(isRecordCode);
    const rows = wanted.length ? await em.find(Indicator, { code: { $in: wanted } }) : [];
    return new Map(rows.map((row) => [row.code, row]));
  },

  async sourcesByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, SourceEntity>> {
    const wanted = [...new Set(codes)].filter(isRecordCode);
    const rows = wanted.length ? await em.find(Source, { code: { $in: wanted } }) : [];
    return new Map(rows.map((row) => [row.code, row]));
  },

  /**
   * Every stored vintage of the sheet's (indicator, period) pairs, by pair key, in one query. Grouped
   * in one pass: a sheet has thousands of pairs, where the dataloader's per-pair filter would be quadratic.
   */
  async vintagesByPair(
    em: EntityManager,
    pairs: readonly { indicatorId: string; period: string }[],
  ): Promise<Map<string, ObservationEntity[]>> {
    const byPair = new Map<string, ObservationEntity[]>();
    if (pairs.length === 0) return byPair;
    const rows = await em.find(Observation, {
      indicator: { $in: [...new Set(pairs.map((p) => p.indicatorId))] },
      period: { $in: [...new Set(pairs.map((p) => p.period))] },
    });
    for (const row of rows) {
      const key = pairKey(row.indicator.id, row.period);
      const known = byPair.get(key);
      if (known) known.push(row);
      else byPair.set(key, [row]);
    }
    return byPair;
  },
};
