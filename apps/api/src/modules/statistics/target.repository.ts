import type { TargetValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Target, type TargetEntity } from './indicator.entity.js';

/** Queries for targets; every one serves many indicators at once. */
export const targetRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(TargetEntity | Error)[]> {
    const rows = await em.find(Target, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Target', id));
  },

  /** Targets of many indicators, oldest first; superseded ones only when asked for. */
  ofIndicators(em: EntityManager, indicatorIds: readonly string[], includeSuperseded: boolean) {
    const where: FilterQuery<TargetEntity> = { indicator: { $in: [...indicatorIds] } };
    if (!includeSuperseded) where.supersededAt = null;
    return em.find(Target, where, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  },

  /**
   * The current targets a new one replaces: same indicator and kind, for the same period — or, for
   * a target without a period, the same deadline (both absent: the one end-of-program target).
   */
  replaced(
    em: EntityManager,
    indicatorId: string,
    values: Pick<TargetValues, 'period' | 'deadline' | 'kind'>,
  ) {
    const where: FilterQuery<TargetEntity> = {
      indicator: indicatorId,
      kind: values.kind,
      supersededAt: null,
      period: values.period,
    };
    if (!values.period) where.deadline = values.deadline;
    return em.find(Target, where);
  },
};
