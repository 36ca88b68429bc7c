import type { SourceValues } from '@bitgoeul/domain';
import { type EntityManager, type FilterQuery, type QueryOrderMap, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import type { Referrer } from '../../records/in-use.js';
import { Source, type SourceEntity } from './source.entity.js';

export type SourceWhere = FilterQuery<SourceEntity>;
export type SourceOrder = QueryOrderMap<SourceEntity>[];

/**
 * Every record that can cite a source, by the type a reader would look for. Named, not imported
 * (records/in-use.ts): the sources module stays below every module that cites it.
 */
export const SOURCE_REFERRERS: readonly Referrer[] = [
  { as: 'Program', entity: 'Program', property: 'sources' },
  { as: 'Organisation', entity: 'Organisation', property: 'sources' },
  { as: 'Zone', entity: 'Zone', property: 'sources' },
  { as: 'Exemption', entity: 'Exemption', property: 'sources' },
  { as: 'Facility', entity: 'Facility', property: 'sources' },
  { as: 'Milestone', entity: 'Milestone', property: 'sources' },
  { as: 'Indicator', entity: 'Indicator', property: 'sources' },
  { as: 'BenefitRule', entity: 'BenefitRule', property: 'sources' },
  // Superseded figures and targets still cite theirs: a source is in use while any version names it.
  { as: 'Observation', entity: 'Observation', property: 'source' },
  { as: 'Target', entity: 'Target', property: 'source' },
];

/** How many records of one type cite a source. */
export interface SourceUse {
  type: string;
  count: number;
}

/** Queries for sources; each returns what the schema needs and nothing per row. */
export const sourceRepository = {
  /** In the order of `ids`, with an Error where a source does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(SourceEntity | Error)[]> {
    const rows = await em.find(Source, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Source', id));
  },

  /**
   * What cites each of many sources, by type (types citing none left out): one grouped query per
   * citing type, whatever the number of sources. Read through the request's EntityManager, so its
   * filters apply to the citing records as to every other read.
   */
  async usesOf(em: EntityManager, sourceIds: readonly string[]): Promise<SourceUse[][]> {
    const uses = new Map<string, SourceUse[]>(sourceIds.map((id) => [id, []]));
    const ids = sourceIds.filter(isStoreId);
    if (ids.length === 0) return sourceIds.map(() => []);
    for (const { as, entity, property } of SOURCE_REFERRERS) {
      const query = (em as SqlEntityManager)
        .createQueryBuilder(entity, 'r')
        .select([raw('s.id as source_id'), raw('count(distinct r.id) as uses')])
        .join(`r.${property}`, 's')
        .where({ 's.id': { $in: ids } })
        .groupBy('s.id');
      // A caller kept to public records counts only the public records that cite a source.
      await query.applyFilters();
      const rows: { source_id: string; uses: number | string }[] = await query.execute('all', false);
      for (const row of rows) {
        const count = Number(row.uses);
        const list = uses.get(row.source_id);
        if (!list || count === 0) continue;
        const same = list.find((use) => use.type === as);
        if (same) same.count += count;
        else list.push({ type: as, count });
      }
    }
    return sourceIds.map((id) => uses.get(id) ?? []);
  },
};

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function sourceValues(entity: SourceEntity): SourceValues {
  return {
    code: entity.code,
    kind: entity.kind,
    title: entity.title,
    publisher: entity.publisher ?? null,
    author: entity.author ?? null,
    url: entity.url ?? null,
    publishedOn: entity.publishedOn ?? null,
    retrievedOn: entity.retrievedOn ?? null,
    note: entity.note ?? null,
  };
}

/** The columns of a validated source. */
export function sourceColumns(values: SourceValues) {
  return {
    code: values.code,
    kind: values.kind,
    title: values.title,
    publisher: values.publisher,
    author: values.author,
    url: values.url,
    publishedOn: values.publishedOn,
    retrievedOn: values.retrievedOn,
    note: values.note,
  };
}
