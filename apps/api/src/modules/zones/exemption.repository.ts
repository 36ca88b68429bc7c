import type { ExemptionValues } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Exemption, type ExemptionEntity, Zone } from './zone.entity.js';

/** An exemption's values plus the zone it belongs to, which the domain's ExemptionInput leaves to the caller. */
export type ExemptionRecord = ExemptionValues & { zoneId: string };

export const exemptionRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(ExemptionEntity | Error)[]> {
    const rows = await em.find(Exemption, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Exemption', id));
  },

  /**
   * Sources of many records in one query. Refreshed because a record just written holds its
   * sources as references the write only checked for existence (id alone), not loaded.
   */
  async sourcesOf(em: EntityManager, exemptions: readonly ExemptionEntity[]): Promise<SourceEntity[][]> {
    await em.populate(exemptions as ExemptionEntity[], ['sources'], { refresh: true });
    return exemptions.map((record) => record.sources.getItems());
  },

  zoneKind(em: EntityManager, zoneId: string) {
    return em.findOne(Zone, { id: zoneId }, { fields: ['kind'] }).then((zone) => zone?.kind ?? null);
  },
};

export function exemptionValues(entity: ExemptionEntity): ExemptionRecord {
  return {
    zoneId: entity.zone.id,
    kind: entity.kind,
    law: { ko: entity.lawKo, en: entity.lawEn ?? null },
    conditions: entity.conditionsKo ? { ko: entity.conditionsKo, en: entity.conditionsEn ?? null } : null,
    validFrom: entity.validFrom ?? null,
    validTo: entity.validTo ?? null,
    // Loaded by the update path (exemptionWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

export function exemptionColumns(values: ExemptionRecord, em: EntityManager) {
  return {
    zone: em.getReference(Zone, values.zoneId),
    kind: values.kind,
    lawKo: values.law.ko,
    lawEn: values.law.en,
    conditionsKo: values.conditions?.ko ?? null,
    conditionsEn: values.conditions?.en ?? null,
    validFrom: values.validFrom,
    validTo: values.validTo,
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
  };
}
