import type {
  Aggregation,
  Direction,
  Frequency,
  IndicatorUnit,
  Multiplier,
  ObservationStatus,
  SubjectType,
  TargetKind,
  Visibility,
} from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { publicationColumns, uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { BilingualText } from '../../db/embeddables.js';
import type { Row } from '../../db/rows.js';
import { Facility } from '../facilities/ref.js';
import { Organisation } from '../organisations/ref.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';
import { Zone } from '../zones/ref.js';

/** What is measured, in which unit, how often, and whether up is good. */
export const Indicator = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    description: p.embedded(BilingualText).prefix('description_').nullable(),
    visibility: p.string().length(16).$type<Visibility>().default('PUBLIC'),
    unit: p.string().length(32).$type<IndicatorUnit>(),
    multiplier: p.string().length(16).$type<Multiplier>().default('ONE'),
    frequency: p.string().length(16).$type<Frequency>(),
    aggregation: p.string().length(16).$type<Aggregation>(),
    direction: p.string().length(16).$type<Direction>(),
    subjectType: p.string().length(16).$type<SubjectType>(),
    subjectProgram: () => p.manyToOne(Program).nullable().ref(),
    subjectZone: () => p.manyToOne(Zone).nullable().ref(),
    subjectFacility: () => p.manyToOne(Facility).nullable().ref(),
    subjectOrganisation: () => p.manyToOne(Organisation).nullable().ref(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('indicator_source')
        .joinColumn('indicator_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type IndicatorEntity = InferEntity<typeof Indicator>;
/** A indicator as the read path serves it (findRows); a managed entity is one too. */
export type IndicatorRow = Row<IndicatorEntity>;

/**
 * One figure for one period. A correction never overwrites: it records a new vintage and marks
 * this one superseded, so "what did we know on date D" stays answerable.
 */
export const Observation = defineEntity({
  name: 'Observation',
  tableName: 'observation',
  properties: {
    ...uuidKey,
    indicator: () => p.manyToOne(Indicator).ref(),
    period: p.string().length(32),
    periodStart: p.date(),
    periodEnd: p.date(),
    value: p.string().length(64),
    status: p.string().length(16).$type<ObservationStatus>(),
    source: () => p.manyToOne(Source).ref(),
    note: p.text().nullable(),
    vintage: p.integer().default(1),
    recordedAt: p.datetime().onCreate(() => new Date()),
    supersededAt: p.datetime().nullable(),
    supersededById: p.uuid().nullable(),
    ...versionAndTimestamps,
    ...publicationColumns,
  },
});
export type ObservationEntity = InferEntity<typeof Observation>;
/** A observation as the read path serves it (findRows); a managed entity is one too. */
export type ObservationRow = Row<ObservationEntity>;

/** A value an indicator should reach, for a period or by a deadline, set by a document. Superseded targets stay. */
export const Target = defineEntity({
  name: 'Target',
  tableName: 'target',
  properties: {
    ...uuidKey,
    indicator: () => p.manyToOne(Indicator).ref(),
    period: p.string().length(32).nullable(),
    deadline: p.date().nullable(),
    value: p.string().length(64),
    kind: p.string().length(16).$type<TargetKind>(),
    source: () => p.manyToOne(Source).nullable().ref(),
    note: p.text().nullable(),
    recordedAt: p.datetime().onCreate(() => new Date()),
    supersededAt: p.datetime().nullable(),
    ...versionAndTimestamps,
  },
});
export type TargetEntity = InferEntity<typeof Target>;
