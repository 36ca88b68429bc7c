import { builder } from '../../graphql/builder.js';
import { codeListFilter, decodeId, IDFilter, StringFilter } from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { Source } from './source.entity.js';
import { SOURCE_ORDER_FIELDS, type SourceFilterInput, sourceOrder, sourceWhere } from './source.filter.js';
import { SourceKindEnum, SourceRef } from './source.ref.js';
import { type SourceUse, sourceRepository } from './source.repository.js';

const SourceUseRef = builder.objectRef<SourceUse>('SourceUse').implement({
  description: 'How many records of one type cite a source.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The GraphQL type of the citing records, e.g. Program.' }),
    count: t.exposeInt('count'),
  }),
});

SourceRef.implement({
  description:
    'A document facts are taken from (출처): a press article, official statistics, a gazette notice.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable unique code, UPPER-KEBAB (e.g. HANKYUNG-2021-06).' }),
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind }),
    title: t.exposeString('title', { description: 'The headline or document title as published.' }),
    publisher: t.exposeString('publisher', { nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    retrievedOn: t.expose('retrievedOn', { type: 'Date', nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    usedBy: t.loadableList({
      type: SourceUseRef,
      description:
        'What cites this source, by type (types citing none left out); a source in use cannot be deleted.',
      load: (ids: string[], ctx) => sourceRepository.usesOf(ctx.em, ids),
      resolve: (s) => s.id,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SourceKindFilter = codeListFilter('SourceKind', SourceKindEnum);

export const SourceFilter = builder.inputRef<SourceFilterInput>('SourceFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the title, the publisher or the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    title: t.field({
      type: StringFilter,
      description: '`{ contains: "출생" }` finds a title by a word in it.',
    }),
    kind: t.field({ type: SourceKindFilter }),
    and: t.field({ type: [SourceFilter] }),
    or: t.field({ type: [SourceFilter] }),
    not: t.field({ type: SourceFilter }),
  }),
});

connectionQuery({
  field: 'sources',
  name: 'Source',
  type: SourceRef,
  description:
    'Sources, 20 a page by default (at most 100), ordered by code unless asked otherwise; the most recent first with `orderBy: [{ field: PUBLISHED_ON, direction: DESC }]` (or CREATED_AT). A caller who has not signed in does not see INTERNAL documents.',
  offsetDescription: 'Skip this many (page-number screens); not with after/before.',
  filter: SourceFilter,
  order: { fields: SOURCE_ORDER_FIELDS, build: sourceOrder },
  entity: Source,
  where: (args) => sourceWhere(args.filter),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    description: 'One source by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [source] = await sourceRepository.byIds(ctx.em, [decodeId(args.id, 'Source')]);
      if (!source || source instanceof Error) throw notFound('Source', String(args.id));
      return source;
    },
  }),
}));
