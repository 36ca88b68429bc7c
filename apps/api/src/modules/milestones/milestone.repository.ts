import type { MilestoneValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Facility } from '../facilities/ref.js';
import { Program } from '../programs/ref.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Milestone, type MilestoneEntity } from './milestone.entity.js';

export type MilestoneWhere = FilterQuery<MilestoneEntity>;
export type MilestoneOrder = QueryOrderMap<MilestoneEntity>[];

/**
 * A milestone with its owner. The domain's MilestoneInput describes the step itself; which record
 * it belongs to (a facility or a program, exactly one) is the API's to check, since only the store
 * knows those ids.
 */
export interface OwnedMilestoneValues extends MilestoneValues {
  facilityId: string | null;
  programId: string | null;
}

/** When a milestone happens: its actual date once it has, otherwise the planned one. */
export function milestoneDate(m: Pick<MilestoneEntity, 'actualOn' | 'plannedOn'>): string {
  return String(m.actualOn ?? m.plannedOn ?? '');
}

/** Timeline order: by date, then by id so that two steps on the same day keep a stable order. */
export function byDate(a: MilestoneEntity, b: MilestoneEntity): number {
  return milestoneDate(a).localeCompare(milestoneDate(b)) || a.id.localeCompare(b.id);
}

export const milestoneRepository = {
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(MilestoneEntity | Error)[]> {
    const rows = await em.find(Milestone, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Milestone', id));
  },

  /** Milestones of many facilities in one query, in timeline order; the caller groups them. */
  async ofFacilities(em: EntityManager, facilityIds: readonly string[]): Promise<MilestoneEntity[]> {
    return (await em.find(Milestone, { facility: { $in: [...facilityIds] } })).sort(byDate);
  },

  async ofPrograms(em: EntityManager, programIds: readonly string[]): Promise<MilestoneEntity[]> {
    return (await em.find(Milestone, { program: { $in: [...programIds] } })).sort(byDate);
  },

  async sourcesOf(em: EntityManager, milestones: readonly MilestoneEntity[]): Promise<SourceEntity[][]> {
    await em.populate(milestones as MilestoneEntity[], ['sources']);
    return milestones.map((milestone) => milestone.sources.getItems());
  },

  async facilityExists(em: EntityManager, id: string) {
    return isStoreId(id) && (await em.count(Facility, { id })) > 0;
  },

  async programExists(em: EntityManager, id: string) {
    return isStoreId(id) && (await em.count(Program, { id })) > 0;
  },
};

export function milestoneValues(entity: MilestoneEntity): OwnedMilestoneValues {
  return {
    facilityId: entity.facility?.id ?? null,
    programId: entity.program?.id ?? null,
    kind: entity.kind,
    title: entity.titleKo == null ? null : { ko: entity.titleKo, en: entity.titleEn ?? null },
    plannedOn: entity.plannedOn ?? null,
    plannedOnPrecision: entity.plannedOnPrecision,
    actualOn: entity.actualOn ?? null,
    actualOnPrecision: entity.actualOnPrecision,
    note: entity.noteKo == null ? null : { ko: entity.noteKo, en: entity.noteEn ?? null },
    // Loaded by the update path (milestoneWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

/** The columns for a validated milestone; its sources are loaded so the returned record can show them. */
export async function milestoneColumns(values: OwnedMilestoneValues, em: EntityManager) {
  return {
    facility: values.facilityId ? em.getReference(Facility, values.facilityId) : null,
    program: values.programId ? em.getReference(Program, values.programId) : null,
    kind: values.kind,
    titleKo: values.title?.ko ?? null,
    titleEn: values.title?.en ?? null,
    plannedOn: values.plannedOn,
    plannedOnPrecision: values.plannedOnPrecision,
    actualOn: values.actualOn,
    actualOnPrecision: values.actualOnPrecision,
    noteKo: values.note?.ko ?? null,
    noteEn: values.note?.en ?? null,
    sources: values.sourceIds.length ? await em.find(Source, { id: { $in: values.sourceIds } }) : [],
  };
}
