import type { DatePrecision, MilestoneKind } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { Facility } from '../facilities/ref.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';

/** A dated step of a facility (agreement, groundbreaking, opening) or an event of a program (held, bid). */
export const Milestone = defineEntity({
  name: 'Milestone',
  tableName: 'milestone',
  properties: {
    ...uuidKey,
    facility: () => p.manyToOne(Facility).nullable().ref(),
    program: () => p.manyToOne(Program).nullable().ref(),
    kind: p.string().length(32).$type<MilestoneKind>(),
    titleKo: p.string().length(300).nullable(),
    titleEn: p.string().length(300).nullable(),
    plannedOn: p.date().nullable(),
    plannedOnPrecision: p.string().length(8).$type<DatePrecision>().default('DAY'),
    actualOn: p.date().nullable(),
    actualOnPrecision: p.string().length(8).$type<DatePrecision>().default('DAY'),
    noteKo: p.text().nullable(),
    noteEn: p.text().nullable(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('milestone_source')
        .joinColumn('milestone_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type MilestoneEntity = InferEntity<typeof Milestone>;
