import { isRecordCode } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Source } from '../sources/ref.js';
import { Program } from './program.entity.js';

/** Codes are looked up in one query per table, whatever the size of the sheet. */
export const programImportRepository = {
  /** The stored programs among `codes` (the sheet's own codes and the parents it names), id by code. */
  async programIdsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
    // A text that cannot be a code (a NUL, a sentence) names no record and is not sent to the database.
    const wanted = [...new Set(codes)].filter(isRecordCode);
    const rows = wanted.length
      ? await em.find(Program, { code: { $in: wanted } }, { fields: ['id', 'code'] })
      : [];
    return new Map(rows.map((row) => [row.code, row.id]));
  },

  /** The stored sources among `codes`, id by code. */
  async sourceIdsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes)].filter(isRecordCode);
    const rows = wanted.length
      ? await em.find(Source, { code: { $in: wanted } }, { fields: ['id', 'code'] })
      : [];
    return new Map(rows.map((row) => [row.code, row.id]));
  },
};
