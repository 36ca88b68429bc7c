import type { ProgramArea, ProgramStatus, Visibility } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { BilingualText } from '../../db/embeddables.js';
import { Source } from '../sources/ref.js';

export const Program = defineEntity({
  name: 'Program',
  tableName: 'program',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    summary: p.embedded(BilingualText).prefix('summary_'),
    visibility: p.string().length(16).$type<Visibility>().default('PUBLIC'),
    area: p.string().length(32).$type<ProgramArea>().index(),
    status: p.string().length(32).$type<ProgramStatus>().index(),
    plannedStart: p.date().nullable(),
    plannedEnd: p.date().nullable(),
    actualStart: p.date().nullable(),
    actualEnd: p.date().nullable(),
    parent: () => p.manyToOne(Program).nullable().ref().index(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('program_source')
        .joinColumn('program_id')
        .inverseJoinColumn('source_id'),
    progress: p.decimal('number').precision(5).scale(2).nullable(),
    ...versionAndTimestamps,
  },
});

export type ProgramEntity = InferEntity<typeof Program>;
