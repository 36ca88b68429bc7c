import { furthestStatus, statusImpliedBy } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import {
  codeListFilter,
  DatePrecisionEnum,
  decodeId,
  IDFilter,
  LocalizedText,
} from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { FacilityRef, FacilityStatusEnum } from '../facilities/ref.js';
import { ProgramRef } from '../programs/ref.js';
import { SourceRef } from '../sources/ref.js';
import { Milestone, type MilestoneEntity } from './milestone.entity.js';
import {
  MILESTONE_ORDER_FIELDS,
  type MilestoneFilterInput,
  milestoneOrder,
  milestoneWhere,
} from './milestone.filter.js';
import { MilestoneKindEnum, MilestoneRef } from './milestone.ref.js';
import { milestoneRepository } from './milestone.repository.js';

MilestoneRef.implement({
  description:
    'A dated step of a facility (agreement, groundbreaking, completion, opening) or an event of a program ' +
    '(held, bid): planned and, once it has happened, actual (주요 일정).',
  fields: (t) => ({
    kind: t.field({ type: MilestoneKindEnum, resolve: (m) => m.kind }),
    title: t.field({
      type: LocalizedText,
      nullable: true,
      description: 'A name when the kind alone does not say it.',
      resolve: (m) => (m.titleKo == null ? null : { ko: m.titleKo, en: m.titleEn ?? null }),
    }),
    plannedOn: t.expose('plannedOn', { type: 'Date', nullable: true }),
    plannedOnPrecision: t.field({ type: DatePrecisionEnum, resolve: (m) => m.plannedOnPrecision }),
    actualOn: t.expose('actualOn', {
      type: 'Date',
      nullable: true,
      description: 'When it happened; null while it is only planned.',
    }),
    actualOnPrecision: t.field({ type: DatePrecisionEnum, resolve: (m) => m.actualOnPrecision }),
    note: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (m) => (m.noteKo == null ? null : { ko: m.noteKo, en: m.noteEn ?? null }),
    }),
    impliedStatus: t.field({
      type: FacilityStatusEnum,
      nullable: true,
      description:
        'The lifecycle status this step, once it has happened, puts its facility in (the domain’s mapping). ' +
        'Recording a step does not change the facility’s status: update the facility to move it. Null while ' +
        'only planned, for kinds that move no lifecycle (events, bids) and for program milestones.',
      resolve: (m) => (m.facility ? statusImpliedBy({ kind: m.kind, actualOn: m.actualOn ?? null }) : null),
    }),
    facility: t.field({
      type: FacilityRef,
      nullable: true,
      description: 'The facility this is a step of (set when program is not).',
      resolve: (m) => m.facility?.id ?? null,
    }),
    program: t.field({
      type: ProgramRef,
      nullable: true,
      description: 'The program this is an event of (set when facility is not).',
      resolve: (m) => m.program?.id ?? null,
    }),
    sources: t.loadableList({
      type: SourceRef,
      load: (milestones: MilestoneEntity[], ctx) => milestoneRepository.sourcesOf(ctx.em, milestones),
      resolve: (m) => m,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(FacilityRef, (t) => ({
  milestones: t.loadableGroup({
    type: MilestoneRef,
    description: 'Its dated steps, in timeline order (actual date once happened, else planned).',
    load: (facilityIds: string[], ctx) => milestoneRepository.ofFacilities(ctx.em, facilityIds),
    group: (m) => (m as MilestoneEntity).facility!.id,
    resolve: (f) => f.id,
  }),
  statusFromMilestones: t.loadable({
    type: FacilityStatusEnum,
    nullable: true,
    description:
      'The furthest lifecycle step its milestones that have happened prove (domain rule), for comparing with ' +
      '`status`; null when none do.',
    load: async (facilityIds: string[], ctx) => {
      const rows = await milestoneRepository.ofFacilities(ctx.em, facilityIds);
      return facilityIds.map((id) =>
        furthestStatus(
          rows
            .filter((m) => m.facility?.id === id)
            .map((m) => ({ kind: m.kind, actualOn: m.actualOn ?? null })),
        ),
      );
    },
    resolve: (f) => f.id,
  }),
}));

builder.objectFields(ProgramRef, (t) => ({
  milestones: t.loadableGroup({
    type: MilestoneRef,
    description: 'Events of this program (held, bid), in timeline order.',
    load: (programIds: string[], ctx) => milestoneRepository.ofPrograms(ctx.em, programIds),
    group: (m) => (m as MilestoneEntity).program!.id,
    resolve: (p) => p.id,
  }),
}));

const MilestoneKindFilter = codeListFilter('MilestoneKind', MilestoneKindEnum);

const MilestoneFilter = builder.inputRef<MilestoneFilterInput>('MilestoneFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    id: t.field({ type: IDFilter }),
    facility: t.field({ type: IDFilter }),
    program: t.field({ type: IDFilter }),
    kind: t.field({ type: MilestoneKindFilter }),
    happened: t.boolean({ description: 'true: has an actual date; false: only planned.' }),
    and: t.field({ type: [MilestoneFilter] }),
    or: t.field({ type: [MilestoneFilter] }),
    not: t.field({ type: MilestoneFilter }),
  }),
});

connectionQuery({
  field: 'milestones',
  name: 'Milestone',
  type: MilestoneRef,
  description: 'Milestones of every facility and program, in timeline order unless asked otherwise.',
  offsetDescription: 'Skip this many milestones; not with after/before.',
  filter: MilestoneFilter,
  order: { fields: MILESTONE_ORDER_FIELDS, build: milestoneOrder },
  entity: Milestone,
  where: (args) => milestoneWhere(args.filter),
});

builder.queryFields((t) => ({
  milestone: t.field({
    type: MilestoneRef,
    description: 'One milestone by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [milestone] = await milestoneRepository.byIds(ctx.em, [decodeId(args.id, 'Milestone')]);
      if (!milestone || milestone instanceof Error) throw notFound('Milestone', String(args.id));
      return milestone;
    },
  }),
}));
