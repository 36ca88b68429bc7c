import { encodeGlobalID } from '@pothos/plugin-relay';
import { bilingual } from '../../db/embeddables.js';
import { builder } from '../../graphql/builder.js';
import {
  codeListFilter,
  decodeId,
  IDFilter,
  LocalizedText,
  StringFilter,
  VisibilityEnum,
  VisibilityFilter,
} from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { SourceRef } from '../sources/ref.js';
import { Indicator, type IndicatorRow } from './indicator.entity.js';
import {
  INDICATOR_ORDER_FIELDS,
  type IndicatorFilterInput,
  indicatorOrder,
  indicatorWhere,
} from './indicator.filter.js';
import { indicatorRepository, SUBJECT_TYPENAME, subjectOf } from './indicator.repository.js';
import {
  AggregationEnum,
  DirectionEnum,
  FrequencyEnum,
  IndicatorRef,
  IndicatorUnitEnum,
  MultiplierEnum,
  SubjectTypeEnum,
} from './statistics.ref.js';

// The rest of the module adds its fields, queries and mutations to the refs above.

IndicatorRef.implement({
  description:
    'What is measured (지표): unit, frequency, how periods add up, which way is good, and what it is about.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable unique code, UPPER-KEBAB (e.g. GWANGJU-BIRTHS).' }),
    name: t.field({ type: LocalizedText, resolve: (i) => ({ ko: i.nameKo, en: i.nameEn ?? null }) }),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (i) => bilingual(i.description),
    }),
    visibility: t.field({ type: VisibilityEnum, resolve: (i) => i.visibility }),
    unit: t.field({ type: IndicatorUnitEnum, resolve: (i) => i.unit }),
    multiplier: t.field({
      type: MultiplierEnum,
      description: 'The scale values are published in (만, 억…); values are stored as published.',
      resolve: (i) => i.multiplier,
    }),
    frequency: t.field({ type: FrequencyEnum, resolve: (i) => i.frequency }),
    aggregation: t.field({
      type: AggregationEnum,
      description: 'How finer periods combine into a coarser one (series roll-up, cumulative).',
      resolve: (i) => i.aggregation,
    }),
    direction: t.field({ type: DirectionEnum, resolve: (i) => i.direction }),
    subjectType: t.field({ type: SubjectTypeEnum, resolve: (i) => i.subjectType }),
    subjectId: t.id({
      nullable: true,
      description:
        'Global id of the subject (a Program, Zone, Facility or Organisation; CITY: the city); null when the caller may not see it.',
      resolve: (i) => {
        const subject = subjectOf(i);
        // A subject hidden by the caller's visibility comes back from the store without its key.
        return subject.id ? encodeGlobalID(SUBJECT_TYPENAME[subject.type], subject.id) : null;
      },
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: 'Where the definition and the figures come from.',
      load: (indicators: IndicatorRow[], ctx) => indicatorRepository.sourcesOf(ctx.em, indicators),
      resolve: (i) => i,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const IndicatorUnitFilter = codeListFilter('IndicatorUnit', IndicatorUnitEnum);
const FrequencyFilter = codeListFilter('Frequency', FrequencyEnum);
const AggregationFilter = codeListFilter('Aggregation', AggregationEnum);
const SubjectTypeFilter = codeListFilter('SubjectType', SubjectTypeEnum);

export const IndicatorFilter = builder.inputRef<IndicatorFilterInput>('IndicatorFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name, or of the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    unit: t.field({ type: IndicatorUnitFilter }),
    frequency: t.field({ type: FrequencyFilter }),
    aggregation: t.field({ type: AggregationFilter }),
    subjectType: t.field({ type: SubjectTypeFilter }),
    subject: t.field({
      type: IDFilter,
      description: 'Global ids of programs, zones, facilities or organisations the indicators are about.',
    }),
    visibility: t.field({ type: VisibilityFilter }),
    and: t.field({ type: [IndicatorFilter] }),
    or: t.field({ type: [IndicatorFilter] }),
    not: t.field({ type: IndicatorFilter }),
  }),
});

connectionQuery({
  field: 'indicators',
  name: 'Indicator',
  type: IndicatorRef,
  description: 'Indicators, 20 a page by default (at most 100), ordered by code unless asked otherwise.',
  offsetDescription: 'Skip this many indicators (page-number screens); not with after/before.',
  filter: IndicatorFilter,
  order: { fields: INDICATOR_ORDER_FIELDS, build: indicatorOrder },
  entity: Indicator,
  where: (args) => indicatorWhere(args.filter),
});

builder.queryFields((t) => ({
  indicator: t.field({
    type: IndicatorRef,
    description: 'One indicator by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [indicator] = await indicatorRepository.byIds(ctx.em, [decodeId(args.id, 'Indicator')]);
      if (!indicator || indicator instanceof Error) throw notFound('Indicator', String(args.id));
      return indicator;
    },
  }),
}));
