import type { ProgramValues } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { isStoreId } from '../../db/ids.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Program, type ProgramEntity } from './program.entity.js';

export type ProgramWhere = FilterQuery<ProgramEntity>;
export type ProgramOrder = QueryOrderMap<ProgramEntity>[];

/** Queries for programs; each returns what the schema needs and nothing per row. */
export const programRepository = {
  /** In the order of `ids`, with an Error where a program does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(ProgramEntity | Error)[]> {
    const rows = await em.find(Program, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Program', id));
  },

  /** Children of many programs in one query, by code; the caller groups them by parent. */
  childrenOf(em: EntityManager, parentIds: readonly string[]): Promise<ProgramEntity[]> {
    return em.find(Program, { parent: { $in: [...parentIds] } }, { orderBy: { code: 'asc' } });
  },

  /** Sources of many programs in one query. */
  async sourcesOf(em: EntityManager, programs: readonly ProgramEntity[]): Promise<SourceEntity[][]> {
    // refresh: right after a write the sources are references holding only their ids.
    await em.populate(programs as ProgramEntity[], ['sources'], { refresh: true });
    return programs.map((program) => program.sources.getItems());
  },

  codeTaken(em: EntityManager, code: string, exceptId: string | null) {
    return em.count(Program, exceptId ? { code, id: { $ne: exceptId } } : { code }).then((n) => n > 0);
  },

  exists(em: EntityManager, id: string) {
    return em.count(Program, { id }).then((n) => n > 0);
  },

  countChildren(em: EntityManager, id: string) {
    return em.count(Program, { parent: id });
  },

  /** Walks up from `start` and returns each program's parent id, for the domain's cycle check. */
  async parentChain(
    em: EntityManager,
    start: string,
    stopAt: string | null,
  ): Promise<Map<string, string | null>> {
    const parents = new Map<string, string | null>();
    let current: string | null = start;
    while (current && !parents.has(current) && current !== stopAt) {
      const row: { parent?: { id: string } | null } | null = await em.findOne(
        Program,
        { id: current },
        { fields: ['parent'] },
      );
      const parent: string | null = row?.parent?.id ?? null;
      parents.set(current, parent);
      current = parent;
    }
    return parents;
  },
};

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function programValues(entity: ProgramEntity): ProgramValues {
  return {
    code: entity.code,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    summary: { ko: entity.summary.ko, en: entity.summary.en ?? null },
    area: entity.area,
    status: entity.status,
    plannedStart: entity.plannedStart ?? null,
    plannedEnd: entity.plannedEnd ?? null,
    actualStart: entity.actualStart ?? null,
    actualEnd: entity.actualEnd ?? null,
    parentId: entity.parent?.id ?? null,
    progress: entity.progress ?? null,
    visibility: entity.visibility,
    // Loaded by the update path (programWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

/** The columns of a validated program, without its links: what the API's writes and the seed store alike. */
export function programFields(values: ProgramValues) {
  return {
    code: values.code,
    nameKo: values.name.ko,
    nameEn: values.name.en,
    summary: values.summary,
    area: values.area,
    status: values.status,
    plannedStart: values.plannedStart,
    plannedEnd: values.plannedEnd,
    actualStart: values.actualStart,
    actualEnd: values.actualEnd,
    progress: values.progress,
    visibility: values.visibility,
  };
}

/** The columns for a validated program. */
export function programColumns(values: ProgramValues, em: EntityManager) {
  return {
    ...programFields(values),
    parent: values.parentId ? em.getReference(Program, values.parentId) : null,
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
  };
}
