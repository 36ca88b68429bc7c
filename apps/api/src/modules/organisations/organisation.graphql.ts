import { OrganisationKind } from '@bitgoeul/domain';
import { bilingual } from '../../db/embeddables.js';
import { builder } from '../../graphql/builder.js';
import {
  codeListEnum,
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
import { Organisation, type OrganisationEntity } from './organisation.entity.js';
import {
  ORGANISATION_ORDER_FIELDS,
  type OrganisationFilterInput,
  organisationOrder,
  organisationWhere,
} from './organisation.filter.js';
import { OrganisationRef } from './organisation.ref.js';
import { organisationRepository } from './organisation.repository.js';

export const OrganisationKindEnum = codeListEnum(OrganisationKind);

// Declared before it is implemented because an organisation's fields refer back to organisations.

OrganisationRef.implement({
  description:
    'A body that takes part in the portfolio (기관): the city and its departments, ministries, companies, universities…',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable unique code, UPPER-KEBAB (e.g. GWANGJU-CITY).' }),
    name: t.field({ type: LocalizedText, resolve: (o) => ({ ko: o.nameKo, en: o.nameEn ?? null }) }),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (o) => (o.description?.ko ? bilingual(o.description) : null),
    }),
    kind: t.field({ type: OrganisationKindEnum, resolve: (o) => o.kind }),
    visibility: t.field({ type: VisibilityEnum, resolve: (o) => o.visibility }),
    parent: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The body this one belongs to (a department’s city).',
      resolve: (o) => o.parent?.id ?? null,
    }),
    children: t.loadableGroup({
      type: OrganisationRef,
      description: 'Bodies directly under this one, by code.',
      load: (parentIds: string[], ctx) => organisationRepository.childrenOf(ctx.em, parentIds),
      // The ref's shape admits an id too, but load always hands back entities.
      group: (child) => (child as OrganisationEntity).parent!.id,
      resolve: (o) => o.id,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: 'Where the facts about this organisation come from.',
      load: (organisations: OrganisationEntity[], ctx) =>
        organisationRepository.sourcesOf(ctx.em, organisations),
      resolve: (o) => o,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const OrganisationKindFilter = codeListFilter('OrganisationKind', OrganisationKindEnum);

export const OrganisationFilter = builder.inputRef<OrganisationFilterInput>('OrganisationFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name, or of the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    kind: t.field({ type: OrganisationKindFilter }),
    visibility: t.field({ type: VisibilityFilter }),
    parent: t.field({
      type: IDFilter,
      description: '`{ eq: id }` lists the bodies under one; `{ isNull: true }` the top level.',
    }),
    and: t.field({ type: [OrganisationFilter] }),
    or: t.field({ type: [OrganisationFilter] }),
    not: t.field({ type: OrganisationFilter }),
  }),
});

connectionQuery({
  field: 'organisations',
  name: 'Organisation',
  type: OrganisationRef,
  description: 'Organisations, 20 a page by default (at most 100), ordered by code unless asked otherwise.',
  offsetDescription: 'Skip this many (page-number screens); not with after/before.',
  filter: OrganisationFilter,
  order: { fields: ORGANISATION_ORDER_FIELDS, build: organisationOrder },
  entity: Organisation,
  where: (args) => organisationWhere(args.filter),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    description: 'One organisation by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [organisation] = await organisationRepository.byIds(ctx.em, [decodeId(args.id, 'Organisation')]);
      if (!organisation || organisation instanceof Error) throw notFound('Organisation', String(args.id));
      return organisation;
    },
  }),
}));
