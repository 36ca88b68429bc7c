import type { IndicatorValues, Subject, SubjectType } from '@bitgoeul/domain';
import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { bilingual } from '../../db/embeddables.js';
import { isStoreId } from '../../db/ids.js';
import { collectionsOf, findRows } from '../../db/rows.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Facility } from '../facilities/ref.js';
import { Organisation } from '../organisations/ref.js';
import { Program } from '../programs/ref.js';
import { Source, type SourceEntity } from '../sources/ref.js';
import { Zone } from '../zones/ref.js';
import {
  Indicator,
  type IndicatorEntity,
  type IndicatorRow,
  Observation,
  Target,
} from './indicator.entity.js';

export type IndicatorWhere = FilterQuery<IndicatorEntity>;
export type IndicatorOrder = QueryOrderMap<IndicatorEntity>[];

/** The column that holds each kind of subject; the city is an organisation of kind CITY. */
export const SUBJECT_PROPERTY = {
  PROGRAM: 'subjectProgram',
  ZONE: 'subjectZone',
  FACILITY: 'subjectFacility',
  ORGANISATION: 'subjectOrganisation',
  CITY: 'subjectOrganisation',
} as const satisfies Record<SubjectType, string>;

export type SubjectProperty = (typeof SUBJECT_PROPERTY)[SubjectType];

/** The GraphQL type a subject's global id names. */
export const SUBJECT_TYPENAME = {
  PROGRAM: 'Program',
  ZONE: 'Zone',
  FACILITY: 'Facility',
  ORGANISATION: 'Organisation',
  CITY: 'Organisation',
} as const satisfies Record<SubjectType, string>;

export const SUBJECT_ENTITY = {
  PROGRAM: Program,
  ZONE: Zone,
  FACILITY: Facility,
  ORGANISATION: Organisation,
  CITY: Organisation,
} as const;

/** Queries for indicators; each returns what the schema needs and nothing per row. */
export const indicatorRepository = {
  /** In the order of `ids`, with an Error where an indicator does not exist (DataLoader's contract). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(IndicatorEntity | Error)[]> {
    const rows = await em.find(Indicator, { id: { $in: ids.filter(isStoreId) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Indicator', id));
  },

  /** Indicators about any of these subjects of one kind, in one query, by code; the caller groups them. */
  ofSubjects(em: EntityManager, property: SubjectProperty, subjectIds: readonly string[]) {
    return findRows(em, Indicator, { [property]: { $in: subjectIds.filter(isStoreId) } } as IndicatorWhere, {
      orderBy: { code: 'asc' },
    });
  },

  sourcesOf(em: EntityManager, indicators: readonly IndicatorRow[]): Promise<SourceEntity[][]> {
    return collectionsOf(em, Indicator, indicators, 'sources');
  },

  /** Whether the subject exists, and for CITY whether the organisation is a city. */
  async subjectIssue(em: EntityManager, subject: Subject): Promise<'NOT_FOUND' | 'INVALID' | null> {
    if (!isStoreId(subject.id)) return 'NOT_FOUND';
    const row = await em.findOne(SUBJECT_ENTITY[subject.type] as typeof Organisation, { id: subject.id });
    if (!row) return 'NOT_FOUND';
    if (subject.type === 'CITY' && row.kind !== 'CITY') return 'INVALID';
    return null;
  },

  /** The distinct periods already observed or targeted, to check a change of frequency against. */
  async periodsOf(em: EntityManager, indicatorId: string): Promise<string[]> {
    const observed = await em.find(Observation, { indicator: indicatorId }, { fields: ['period'] });
    const targeted = await em.find(
      Target,
      { indicator: indicatorId, period: { $ne: null } },
      { fields: ['period'] },
    );
    return [...new Set([...observed, ...targeted].map((row) => row.period!))];
  },

  async dependants(em: EntityManager, indicatorId: string) {
    const [observations, targets] = await Promise.all([
      em.count(Observation, { indicator: indicatorId }),
      em.count(Target, { indicator: indicatorId }),
    ]);
    return { observations, targets };
  },
};

/** The stored subject as the domain's `{ type, id }`. */
export function subjectOf(entity: IndicatorRow): Subject {
  const ref = entity[SUBJECT_PROPERTY[entity.subjectType]] as { id: string } | null | undefined;
  return { type: entity.subjectType, id: ref?.id ?? '' };
}

/** The stored record in the domain's terms, so a patch can be merged and validated whole. */
export function indicatorValues(entity: IndicatorEntity): IndicatorValues {
  return {
    code: entity.code,
    name: { ko: entity.nameKo, en: entity.nameEn ?? null },
    description: bilingual(entity.description),
    visibility: entity.visibility,
    unit: entity.unit,
    multiplier: entity.multiplier,
    frequency: entity.frequency,
    aggregation: entity.aggregation,
    direction: entity.direction,
    subject: subjectOf(entity),
    // Loaded by the update path (indicatorWrites.populate); a new record has none yet.
    sourceIds: entity.sources.isInitialized() ? entity.sources.getItems().map((s) => s.id) : [],
  };
}

/** The columns of a validated indicator, without its subject and sources: what the API's writes and the seed store alike. */
export function indicatorFields(
  values: Omit<IndicatorValues, 'subject' | 'sourceIds'> & { subject: { type: SubjectType } },
) {
  return {
    code: values.code,
    nameKo: values.name.ko,
    nameEn: values.name.en,
    description: values.description,
    visibility: values.visibility,
    unit: values.unit,
    multiplier: values.multiplier,
    frequency: values.frequency,
    aggregation: values.aggregation,
    direction: values.direction,
    subjectType: values.subject.type,
  };
}

/** The columns for a validated indicator: exactly one subject column is set. */
export function indicatorColumns(values: IndicatorValues, em: EntityManager) {
  const subject = (type: SubjectType) => SUBJECT_PROPERTY[values.subject.type] === SUBJECT_PROPERTY[type];
  return {
    ...indicatorFields(values),
    subjectProgram: subject('PROGRAM') ? em.getReference(Program, values.subject.id) : null,
    subjectZone: subject('ZONE') ? em.getReference(Zone, values.subject.id) : null,
    subjectFacility: subject('FACILITY') ? em.getReference(Facility, values.subject.id) : null,
    subjectOrganisation: subject('ORGANISATION') ? em.getReference(Organisation, values.subject.id) : null,
    sources: values.sourceIds.map((id) => em.getReference(Source, id)),
  };
}
