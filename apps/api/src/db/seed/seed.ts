import type { EntityManager } from '@mikro-orm/core';
import { Program, type ProgramEntity } from '../../modules/programs/program.entity.js';
import { Source } from '../../modules/sources/source.entity.js';
import { type SeedProgram, seedPrograms } from './programs.js';
import { seedSocietyPrograms } from './programs-society.js';
import { ARTICLE_SOURCE, seedSources } from './sources.js';

export const allSeedPrograms: SeedProgram[] = [...seedPrograms, ...seedSocietyPrograms];

/**
 * Loads the seed into an empty database, all of it in one transaction. A database that already
 * holds programs is left exactly as it is, so a restart never overwrites an official's edits.
 */
export async function seedIfEmpty(em: EntityManager): Promise<boolean> {
  if ((await em.count(Program, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const sources = new Map(seedSources.map((s) => [s.code, tx.create(Source, { ...s })]));
    const article = sources.get(ARTICLE_SOURCE)!;
    const byCode = new Map<string, ProgramEntity>();
    for (const seed of allSeedPrograms) {
      const parent = seed.parent ? byCode.get(seed.parent) : null;
      if (seed.parent && !parent)
        throw new Error(`Seed program ${seed.code} names ${seed.parent} before it exists`);
      const program = tx.create(Program, {
        code: seed.code,
        nameKo: seed.name.ko,
        nameEn: seed.name.en,
        summaryKo: seed.summary.ko,
        summaryEn: seed.summary.en,
        area: seed.area,
        status: seed.status,
        plannedStart: seed.plannedStart ?? null,
        actualStart: seed.actualStart ?? null,
        actualEnd: seed.actualEnd ?? null,
        parent: parent ?? null,
        progress: seed.progress ?? null,
        sources: [article],
      });
      byCode.set(seed.code, program);
    }
  });
  return true;
}
