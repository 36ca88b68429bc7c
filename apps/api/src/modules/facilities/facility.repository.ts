import type { FacilityValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { bilingual, capacityOf } from '../../db/embeddables.js';
import { isStoreId } from '../../db/ids.js';
import { collectionsOf, findRows } from '../../db/rows.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Organisation } from '../organisations/ref.js';
import { Program, type ProgramEntity } from '../programs/ref.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Zone } from '../zones/ref.js';
import { Facility, type FacilityEntity, type FacilityRow } from './facility.entity.js';

export type FacilityWhere = FilterQuery<FacilityEntity>;
export type FacilityOrder = QueryOrderMap<FacilityEntity>[];

/** Queries for facilities; each returns what the schema needs and nothing per row. */
export const facilityRepository = {
  /** In the order of `ids`, with an Error where a facility does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(FacilityEntity | Error)[]> {
    const rows = await em.find(Facility, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Facility', id));
  },

  /** Facilities of many zones in one query, by code; the caller groups them by zone. */
  inZones(em: EntityManager, zoneIds: readonly string[]): Promise<FacilityRow[]> {
    return findRows(em, Facility, { zone: { $in: [...zoneIds] } }, { orderBy: { code: 'asc' } });
  },

  /** Facilities run by many organisations in one query, by code; grouped by operator. */
  operatedBy(em: EntityManager, organisationIds: readonly string[]): Promise<FacilityEntity[]> {
    return em.find(Facility, { operator: { $in: [...organisationIds] } }, { orderBy: { code: 'asc' } });
  },

  /** Facilities of many programs: one query for the facilities, one for their program links. */
  async ofPrograms(em: EntityManager, programIds: readonly string[]): Promise<FacilityEntity[][]> {
    const rows = await em.find(
      Facility,
      { programs: { $in: [...programIds] } },
      { populate: ['programs'], orderBy: { code: 'asc', id: 'asc' } },
    );
    return programIds.map((programId) =>
      rows.filter((facility) => facility.programs.getItems().some((p) => p.id === programId)),
    );
  },

  sourcesOf(em: EntityManager, facilities: readonly FacilityRow[]): Promise<SourceEntity[][]> {
    return collectionsOf(em, Facility, facilities, 'sources');
  },

  async programsOf(em: EntityManager, facilities: readonly FacilityRow[]): Promise<ProgramEntity[][]> {
    const programs = await collectionsOf(em, Facility, facilities, 'programs');
    return programs.map((list) => [...list].sort((a, b) => a.code.localeCompare(b.code)));
  },

  async zoneExists(em: EntityManager, id: string) {
    return isStoreId(id) && (await em.count(Zone, { id })) > 0;
  },

  async organisationExists(em: EntityManager, id: string) {
    return isStoreId(id) && (await em.count(Organisation, { id })) > 0;
  },
};

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function facilityValues(entity: FacilityEntity): FacilityValues {
  const hasCoordinates = entity.longitude != null && entity.latitude != null;
  const address = bilingual(entity.address);
  const hasLocation = address != null || hasCoordinates || entity.locationPrecision === 'EXACT';
  return {
    code: entity.code,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    description: bilingual(entity.description),
    visibility: entity.visibility,
    kind: entity.kind,
    status: entity.status,
    zoneId: entity.zone?.id ?? null,
    operatorId: entity.operator?.id ?? null,
    location: hasLocation
      ? {
          address,
          coordinates: hasCoordinates ? { lon: entity.longitude!, lat: entity.latitude! } : null,
          precision: entity.locationPrecision,
        }
      : null,
    capacity: capacityOf(entity.capacity),
    // Loaded by the update path (facilityWrites.populate); a new record has none yet.
    programIds: entity.programs.isInitialized() ? entity.programs.getItems().map((p) => p.id) : [],
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

/**
 * The columns of a validated facility, without its links: what the API's writes and the seed
 * store alike.
 */
export function facilityFields(values: FacilityValues) {
  const location = values.location;
  return {
    code: values.code,
    nameKo: values.name.ko,
    nameEn: values.name.en,
    description: values.description,
    visibility: values.visibility,
    kind: values.kind,
    status: values.status,
    address: location?.address ?? null,
    longitude: location?.coordinates?.lon ?? null,
    latitude: location?.coordinates?.lat ?? null,
    locationPrecision: location?.precision ?? 'APPROXIMATE',
    capacity: values.capacity,
  };
}

/**
 * The columns for a validated facility. Linked programs and sources are loaded, not referenced, so
 * that the record a mutation returns answers `programs { code }` like one read afresh.
 */
export async function facilityColumns(values: FacilityValues, em: EntityManager) {
  return {
    ...facilityFields(values),
    zone: values.zoneId ? em.getReference(Zone, values.zoneId) : null,
    operator: values.operatorId ? em.getReference(Organisation, values.operatorId) : null,
    programs: values.programIds.length ? await em.find(Program, { id: { $in: values.programIds } }) : [],
    sources: values.sourceIds.length ? await em.find(Source, { id: { $in: values.sourceIds } }) : [],
  };
}
