import { ExemptionKind } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum, codeListFilter, decodeId, IDFilter, LocalizedText } from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { SourceRef } from '../sources/ref.js';
import {
  EXEMPTION_ORDER_FIELDS,
  type ExemptionFilterInput,
  exemptionOrder,
  exemptionWhere,
} from './exemption.filter.js';
import { ExemptionRef } from './exemption.ref.js';
import { exemptionRepository } from './exemption.repository.js';
import { Exemption, type ExemptionEntity } from './zone.entity.js';
import { ZoneRef } from './zone.ref.js';
import { zoneRepository } from './zone.repository.js';

export const ExemptionKindEnum = codeListEnum(ExemptionKind);

ExemptionRef.implement({
  description:
    'A special exemption (규제 특례) a regulation-free zone grants: the law it sets aside, on what conditions, for how long.',
  fields: (t) => ({
    zone: t.field({ type: ZoneRef, resolve: (e) => e.zone.id }),
    kind: t.field({ type: ExemptionKindEnum, resolve: (e) => e.kind }),
    law: t.field({
      type: LocalizedText,
      description: 'The statute set aside.',
      resolve: (e) => ({ ko: e.lawKo, en: e.lawEn ?? null }),
    }),
    conditions: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (e) => (e.conditionsKo ? { ko: e.conditionsKo, en: e.conditionsEn ?? null } : null),
    }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true }),
    sources: t.loadableList({
      type: SourceRef,
      load: (exemptions: ExemptionEntity[], ctx) => exemptionRepository.sourcesOf(ctx.em, exemptions),
      resolve: (e) => e,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(ZoneRef, (t) => ({
  exemptions: t.loadableGroup({
    type: ExemptionRef,
    description: 'Special exemptions; only a regulation-free zone has any. Earliest first.',
    load: (zoneIds: string[], ctx) => zoneRepository.exemptionsOf(ctx.em, zoneIds),
    group: (exemption) => (exemption as ExemptionEntity).zone.id,
    resolve: (zone) => zone.id,
  }),
}));

export const ExemptionFilter = builder.inputRef<ExemptionFilterInput>('ExemptionFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the law’s Korean or English name.' }),
    id: t.field({ type: IDFilter }),
    zone: t.field({ type: IDFilter }),
    kind: t.field({ type: codeListFilter('ExemptionKind', ExemptionKindEnum) }),
    and: t.field({ type: [ExemptionFilter] }),
    or: t.field({ type: [ExemptionFilter] }),
    not: t.field({ type: ExemptionFilter }),
  }),
});

connectionQuery({
  field: 'exemptions',
  name: 'Exemption',
  type: ExemptionRef,
  description: 'Special exemptions of every zone, 20 a page by default (at most 100), earliest first.',
  offsetDescription: 'Skip this many (page-number screens); not with after/before.',
  filter: ExemptionFilter,
  order: { fields: EXEMPTION_ORDER_FIELDS, build: exemptionOrder },
  entity: Exemption,
  where: (args) => exemptionWhere(args.filter),
});

builder.queryFields((t) => ({
  exemption: t.field({
    type: ExemptionRef,
    description: 'One exemption by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [exemption] = await exemptionRepository.byIds(ctx.em, [decodeId(args.id, 'Exemption')]);
      if (!exemption || exemption instanceof Error) throw notFound('Exemption', String(args.id));
      return exemption;
    },
  }),
}));
