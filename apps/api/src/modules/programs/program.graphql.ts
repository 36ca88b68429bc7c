import { ProgramArea, ProgramStatus } from '@bitgoeul/domain';
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
import { Program, type ProgramEntity } from './program.entity.js';
import {
  PROGRAM_ORDER_FIELDS,
  type ProgramFilterInput,
  programOrder,
  programWhere,
} from './program.filter.js';
import { ProgramRef } from './program.ref.js';
import { programRepository } from './program.repository.js';
// Sheet import registers with the module (it takes codes as text, so it needs none of the refs below).

export const ProgramAreaEnum = codeListEnum(ProgramArea);
export const ProgramStatusEnum = codeListEnum(ProgramStatus);

// Declared before it is implemented because a program's fields refer back to programs.

ProgramRef.implement({
  description: 'A policy, project or benefit scheme the city runs (정책·사업).',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable unique code, UPPER-KEBAB (e.g. GWANGJU-TYPE-JOBS).',
    }),
    name: t.field({ type: LocalizedText, resolve: (p) => ({ ko: p.nameKo, en: p.nameEn ?? null }) }),
    summary: t.field({
      type: LocalizedText,
      resolve: (p) => ({ ko: p.summary.ko, en: p.summary.en ?? null }),
    }),
    area: t.field({ type: ProgramAreaEnum, resolve: (p) => p.area }),
    visibility: t.field({ type: VisibilityEnum, resolve: (p) => p.visibility }),
    status: t.field({ type: ProgramStatusEnum, resolve: (p) => p.status }),
    plannedStart: t.expose('plannedStart', { type: 'Date', nullable: true }),
    plannedEnd: t.expose('plannedEnd', { type: 'Date', nullable: true }),
    actualStart: t.expose('actualStart', { type: 'Date', nullable: true }),
    actualEnd: t.expose('actualEnd', { type: 'Date', nullable: true }),
    progress: t.float({
      nullable: true,
      description: 'Share of the work done, 0–100 %; null when not reported.',
      resolve: (p) => (p.progress == null ? null : Number(p.progress)),
    }),
    parent: t.field({
      type: ProgramRef,
      nullable: true,
      description: 'The program this one is part of.',
      resolve: (p) => p.parent?.id ?? null,
    }),
    children: t.loadableGroup({
      type: ProgramRef,
      description: 'Programs directly under this one, by code.',
      load: (parentIds: string[], ctx) => programRepository.childrenOf(ctx.em, parentIds),
      // The ref's shape admits an id too, but load always hands back entities.
      group: (child) => (child as ProgramEntity).parent!.id,
      resolve: (p) => p.id,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: 'Where the facts about this program come from.',
      load: (programs: ProgramEntity[], ctx) => programRepository.sourcesOf(ctx.em, programs),
      resolve: (p) => p,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ProgramAreaFilter = codeListFilter('ProgramArea', ProgramAreaEnum);
const ProgramStatusFilter = codeListFilter('ProgramStatus', ProgramStatusEnum);

export const ProgramFilter = builder.inputRef<ProgramFilterInput>('ProgramFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name, or of the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    area: t.field({ type: ProgramAreaFilter }),
    status: t.field({ type: ProgramStatusFilter }),
    visibility: t.field({ type: VisibilityFilter }),
    parent: t.field({
      type: IDFilter,
      description: '`{ eq: id }` lists children; `{ isNull: true }` the top level.',
    }),
    and: t.field({ type: [ProgramFilter] }),
    or: t.field({ type: [ProgramFilter] }),
    not: t.field({ type: ProgramFilter }),
  }),
});

connectionQuery({
  field: 'programs',
  name: 'Program',
  type: ProgramRef,
  description: 'Programs, 20 a page by default (at most 100), ordered by code unless asked otherwise.',
  offsetDescription: 'Skip this many programs (page-number screens); not with after/before.',
  filter: ProgramFilter,
  order: { fields: PROGRAM_ORDER_FIELDS, build: programOrder },
  entity: Program,
  where: (args) => programWhere(args.filter),
});

builder.queryFields((t) => ({
  program: t.field({
    type: ProgramRef,
    description: 'One program by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [program] = await programRepository.byIds(ctx.em, [decodeId(args.id, 'Program')]);
      if (!program || program instanceof Error) throw notFound('Program', String(args.id));
      return program;
    },
  }),
}));
