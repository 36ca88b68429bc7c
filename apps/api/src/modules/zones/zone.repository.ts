import { ancestorsOf, geometryBounds, type ZoneValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { bilingual } from '../../db/embeddables.js';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Program, type ProgramEntity } from '../programs/ref.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Exemption, type ExemptionEntity, Zone, type ZoneEntity } from './zone.entity.js';

export type ZoneWhere = FilterQuery<ZoneEntity>;
export type ZoneOrder = QueryOrderMap<ZoneEntity>[];

/** A zone's values plus the programs it serves (program_zone), which the domain's ZoneInput leaves out. */
export type ZoneRecord = ZoneValues & { programIds: string[] };

/** `[key, value]` pairs of a link table for many keys, in one statement. */
async function pairs(
  em: EntityManager,
  sql: (placeholders: string) => string,
  keys: readonly string[],
  times = 1,
): Promise<{ key: string; value: string }[]> {
  if (keys.length === 0) return [];
  const placeholders = keys.map(() => '?').join(', ');
  const params = Array.from({ length: times }, () => [...keys]).flat();
  return em.getConnection().execute(sql(placeholders), params);
}

/** Groups rows of another table under each asked key, keeping the rows' order. */
function groupUnder<T>(
  keys: readonly string[],
  links: { key: string; value: string }[],
  rows: T[],
  id: (row: T) => string,
) {
  const byId = new Map(rows.map((row) => [id(row), row]));
  const rank = new Map(rows.map((row, i) => [id(row), i]));
  return keys.map((key) =>
    links
      .filter((link) => link.key === key && byId.has(link.value))
      .sort((a, b) => rank.get(a.value)! - rank.get(b.value)!)
      .map((link) => byId.get(link.value)!),
  );
}

/** Queries for zones; each returns what the schema needs and nothing per row. */
export const zoneRepository = {
  /** In the order of `ids`, with an Error where a zone does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(ZoneEntity | Error)[]> {
    const rows = await em.find(Zone, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Zone', id));
  },

  /** Districts of many zones in one query, by code; the caller groups them by parent. */
  childrenOf(em: EntityManager, parentIds: readonly string[]): Promise<ZoneEntity[]> {
    return em.find(Zone, { parent: { $in: [...parentIds] } }, { orderBy: { code: 'asc' } });
  },

  /**
   * Sources of many records in one query. Refreshed because a record just written holds its
   * sources as references the write only checked for existence (id alone), not loaded.
   */
  async sourcesOf(em: EntityManager, zones: readonly ZoneEntity[]): Promise<SourceEntity[][]> {
    await em.populate(zones as ZoneEntity[], ['sources'], { refresh: true });
    return zones.map((record) => record.sources.getItems());
  },

  /**
   * Overlaps both ways: the zones each one names and the zones that name it, by code. Two
   * statements whatever the number of zones.
   */
  async overlapsOf(em: EntityManager, ids: readonly string[]): Promise<ZoneEntity[][]> {
    const links = await pairs(
      em,
      (p) =>
        `select zone_id as "key", other_zone_id as "value" from zone_overlap where zone_id in (${p})
         union select other_zone_id as "key", zone_id as "value" from zone_overlap where other_zone_id in (${p})`,
      ids,
      2,
    );
    const others = [...new Set(links.map((l) => l.value))];
    const zones = others.length
      ? await em.find(Zone, { id: { $in: others } }, { orderBy: { code: 'asc' } })
      : [];
    return groupUnder(ids, links, zones, (z) => z.id);
  },

  /** The programs each zone serves, by code. */
  async programsOf(em: EntityManager, zoneIds: readonly string[]): Promise<ProgramEntity[][]> {
    const links = await pairs(
      em,
      (p) => `select zone_id as "key", program_id as "value" from program_zone where zone_id in (${p})`,
      zoneIds,
    );
    const ids = [...new Set(links.map((l) => l.value))];
    const programs = ids.length
      ? await em.find(Program, { id: { $in: ids } }, { orderBy: { code: 'asc' } })
      : [];
    return groupUnder(zoneIds, links, programs, (p) => p.id);
  },

  /** The zones each program is carried out in, by code. */
  async zonesOfPrograms(em: EntityManager, programIds: readonly string[]): Promise<ZoneEntity[][]> {
    const links = await pairs(
      em,
      (p) => `select program_id as "key", zone_id as "value" from program_zone where program_id in (${p})`,
      programIds,
    );
    const ids = [...new Set(links.map((l) => l.value))];
    const zones = ids.length ? await em.find(Zone, { id: { $in: ids } }, { orderBy: { code: 'asc' } }) : [];
    return groupUnder(programIds, links, zones, (z) => z.id);
  },

  /** Ancestors of many zones, nearest first: one query per level of nesting, not per zone. */
  async ancestorsOf(em: EntityManager, zones: readonly ZoneEntity[]): Promise<ZoneEntity[][]> {
    const known = new Map<string, ZoneEntity>(zones.map((z) => [z.id, z]));
    let frontier = [...new Set(zones.map((z) => z.parent?.id).filter((id): id is string => !!id))];
    while (frontier.length) {
      const rows = await em.find(Zone, { id: { $in: frontier } });
      for (const row of rows) known.set(row.id, row);
      frontier = [
        ...new Set(rows.map((r) => r.parent?.id).filter((id): id is string => !!id && !known.has(id))),
      ];
    }
    const parentOf = (id: string) => known.get(id)?.parent?.id ?? null;
    return zones.map((zone) => ancestorsOf(zone.id, parentOf).flatMap((id) => known.get(id) ?? []));
  },

  exemptionsOf(em: EntityManager, zoneIds: readonly string[]): Promise<ExemptionEntity[]> {
    return em.find(
      Exemption,
      { zone: { $in: [...zoneIds] } },
      { orderBy: [{ validFrom: 'asc nulls last' }, { createdAt: 'asc' }, { id: 'asc' }] },
    );
  },

  exists(em: EntityManager, id: string) {
    return em.count(Zone, { id }).then((n) => n > 0);
  },

  countChildren(em: EntityManager, id: string) {
    return em.count(Zone, { parent: id });
  },
};

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function zoneValues(entity: ZoneEntity): ZoneRecord {
  // Loaded by the update path (zoneWrites.populate); a new record has none yet.
  const ids = (collection: { isInitialized(): boolean; getItems(): { id: string }[] }) =>
    collection.isInitialized() ? collection.getItems().map((item) => item.id) : [];
  return {
    code: entity.code,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    description: entity.description?.ko ? bilingual(entity.description) : null,
    kind: entity.kind,
    status: entity.status,
    parentId: entity.parent?.id ?? null,
    overlappingZoneIds: ids(entity.overlaps),
    designation: zoneDesignation(entity),
    area:
      entity.areaValue != null && entity.areaUnit ? { value: entity.areaValue, unit: entity.areaUnit } : null,
    specialisations: JSON.parse(entity.specialisations),
    geometry: entity.geometry ? JSON.parse(entity.geometry) : null,
    visibility: entity.visibility,
    sourceIds: ids(entity.sources),
    programIds: ids(entity.programs),
  };
}

export function zoneDesignation(entity: ZoneEntity): ZoneValues['designation'] {
  if (!entity.designatedOn || !entity.designationAuthorityKo) return null;
  return {
    authority: { ko: entity.designationAuthorityKo, en: entity.designationAuthorityEn ?? null },
    instrumentNumber: entity.designationInstrument ?? null,
    designatedOn: entity.designatedOn,
    designatedOnPrecision: entity.designatedOnPrecision ?? 'DAY',
    expiresOn: entity.designationExpiresOn ?? null,
  };
}

/** The columns of a validated zone, without its links: what the API's writes and the seed store alike. */
export function zoneFields(values: ZoneValues) {
  const d = values.designation;
  const [boundsWest, boundsSouth, boundsEast, boundsNorth] = values.geometry
    ? geometryBounds(values.geometry)
    : [null, null, null, null];
  return {
    code: values.code,
    nameKo: values.name.ko,
    nameEn: values.name.en,
    description: values.description,
    kind: values.kind,
    status: values.status,
    designationAuthorityKo: d?.authority.ko ?? null,
    designationAuthorityEn: d?.authority.en ?? null,
    designationInstrument: d?.instrumentNumber ?? null,
    designatedOn: d?.designatedOn ?? null,
    designatedOnPrecision: d?.designatedOnPrecision ?? null,
    designationExpiresOn: d?.expiresOn ?? null,
    areaValue: values.area?.value ?? null,
    areaUnit: values.area?.unit ?? null,
    specialisations: JSON.stringify(values.specialisations),
    geometry: values.geometry ? JSON.stringify(values.geometry) : null,
    boundsWest,
    boundsSouth,
    boundsEast,
    boundsNorth,
    visibility: values.visibility,
  };
}

/** The columns for a validated zone. */
export function zoneColumns(values: ZoneRecord, em: EntityManager) {
  return {
    ...zoneFields(values),
    parent: values.parentId ? em.getReference(Zone, values.parentId) : null,
    overlaps: values.overlappingZoneIds.map((id) => em.getReference(Zone, id)),
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
    programs: values.programIds.map((id) => em.getReference(Program, id)),
  };
}
