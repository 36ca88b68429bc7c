import type { OrganisationValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { bilingual } from '../../db/embeddables.js';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Organisation, type OrganisationEntity } from './organisation.entity.js';

export type OrganisationWhere = FilterQuery<OrganisationEntity>;
export type OrganisationOrder = QueryOrderMap<OrganisationEntity>[];

/** Queries for organisations; each returns what the schema needs and nothing per row. */
export const organisationRepository = {
  /** In the order of `ids`, with an Error where an organisation does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(OrganisationEntity | Error)[]> {
    const rows = await em.find(Organisation, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Organisation', id));
  },

  /** Children of many organisations in one query, by code; the caller groups them by parent. */
  childrenOf(em: EntityManager, parentIds: readonly string[]): Promise<OrganisationEntity[]> {
    return em.find(Organisation, { parent: { $in: [...parentIds] } }, { orderBy: { code: 'asc' } });
  },

  /**
   * Sources of many records in one query. Refreshed because a record just written holds its
   * sources as references the write only checked for existence (id alone), not loaded.
   */
  async sourcesOf(
    em: EntityManager,
    organisations: readonly OrganisationEntity[],
  ): Promise<SourceEntity[][]> {
    await em.populate(organisations as OrganisationEntity[], ['sources'], { refresh: true });
    return organisations.map((record) => record.sources.getItems());
  },

  exists(em: EntityManager, id: string) {
    return em.count(Organisation, { id }).then((n) => n > 0);
  },

  countChildren(em: EntityManager, id: string) {
    return em.count(Organisation, { parent: id });
  },
};

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function organisationValues(entity: OrganisationEntity): OrganisationValues {
  return {
    code: entity.code,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    description: entity.description?.ko ? bilingual(entity.description) : null,
    kind: entity.kind,
    parentId: entity.parent?.id ?? null,
    visibility: entity.visibility,
    // Loaded by the update path (organisationWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

/** The columns of a validated organisation, without its links: what the API's writes and the seed store alike. */
export function organisationFields(values: OrganisationValues) {
  return {
    code: values.code,
    nameKo: values.name.ko,
    nameEn: values.name.en,
    description: values.description,
    kind: values.kind,
    visibility: values.visibility,
  };
}

/** The columns for a validated organisation. */
export function organisationColumns(values: OrganisationValues, em: EntityManager) {
  return {
    ...organisationFields(values),
    parent: values.parentId ? em.getReference(Organisation, values.parentId) : null,
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
  };
}
