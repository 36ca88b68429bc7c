import { AreaUnit, areaToSquareMetres, type Designation, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import { valueFromASTUntyped } from 'graphql';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { bilingual } from '../../db/embeddables.js';
import { builder } from '../../graphql/builder.js';
import {
  codeListEnum,
  codeListFilter,
  DatePrecisionEnum,
  decodeId,
  IDFilter,
  LocalizedText,
  StringFilter,
  VisibilityEnum,
  VisibilityFilter,
} from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { BoundingBoxRef } from '../../graphql/spatial.js';
import { ProgramRef } from '../programs/ref.js';
import { SourceRef } from '../sources/ref.js';
import { Zone, type ZoneEntity } from './zone.entity.js';
import { ZONE_ORDER_FIELDS, type ZoneFilterInput, zoneOrder, zoneWhere } from './zone.filter.js';
import { ZoneRef } from './zone.ref.js';
import { zoneDesignation, zoneRepository } from './zone.repository.js';
import { prepareZoneFilter } from './zone.spatial.js';

export const ZoneKindEnum = codeListEnum(ZoneKind);
export const ZoneStatusEnum = codeListEnum(ZoneStatus);
export const AreaUnitEnum = codeListEnum(AreaUnit);

export const GeoJSONScalar = builder.scalarType('GeoJSON', {
  description:
    'A GeoJSON geometry (RFC 7946): a JSON object with `type` and WGS84 [longitude, latitude] `coordinates`. ' +
    'Zones accept Polygon and MultiPolygon.',
  serialize: (value) => value,
  // Checked by the domain's schema where it is accepted, so that problems come back as userErrors.
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
});

const DesignationRef = builder.objectRef<Designation>('Designation').implement({
  description: 'The legal act that designated the zone (지정): who, by which notice, when, until when.',
  fields: (t) => ({
    authority: t.field({ type: LocalizedText, resolve: (d) => d.authority }),
    instrumentNumber: t.exposeString('instrumentNumber', {
      nullable: true,
      description: 'Notice number (고시 번호).',
    }),
    designatedOn: t.expose('designatedOn', { type: 'Date' }),
    designatedOnPrecision: t.field({
      type: DatePrecisionEnum,
      description: 'MONTH when the source gave only a month: the date is then the 1st.',
      resolve: (d) => d.designatedOnPrecision,
    }),
    expiresOn: t.expose('expiresOn', { type: 'Date', nullable: true }),
  }),
});

const AreaRef = builder.objectRef<{ value: number; unit: AreaUnit }>('Area').implement({
  description: 'An area as the source stated it, with its size in square metres.',
  fields: (t) => ({
    value: t.exposeFloat('value'),
    unit: t.field({ type: AreaUnitEnum, resolve: (a) => a.unit }),
    squareMetres: t.float({
      description: 'The same area in m² (1 평 = 400/121 m² exactly).',
      resolve: (a) => areaToSquareMetres(a),
    }),
  }),
});

// Declared before it is implemented because a zone's fields refer back to zones.

ZoneRef.implement({
  description:
    'A designated area the city develops (특구·산업단지): a free economic zone, its districts, special zones…',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable unique code, UPPER-KEBAB (e.g. GWANGJU-FEZ).' }),
    name: t.field({ type: LocalizedText, resolve: (z) => ({ ko: z.nameKo, en: z.nameEn ?? null }) }),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (z) => (z.description?.ko ? bilingual(z.description) : null),
    }),
    kind: t.field({ type: ZoneKindEnum, resolve: (z) => z.kind }),
    status: t.field({ type: ZoneStatusEnum, resolve: (z) => z.status }),
    visibility: t.field({ type: VisibilityEnum, resolve: (z) => z.visibility }),
    designation: t.field({ type: DesignationRef, nullable: true, resolve: (z) => zoneDesignation(z) }),
    area: t.field({
      type: AreaRef,
      nullable: true,
      resolve: (z) => (z.areaValue != null && z.areaUnit ? { value: z.areaValue, unit: z.areaUnit } : null),
    }),
    specialisations: t.field({
      type: [LocalizedText],
      description: 'What the zone is for: future cars, AI, smart energy…',
      resolve: (z) => JSON.parse(z.specialisations),
    }),
    geometry: t.field({
      type: GeoJSONScalar,
      nullable: true,
      description: 'The outline, a GeoJSON Polygon or MultiPolygon in WGS84.',
      resolve: (z) => (z.geometry ? JSON.parse(z.geometry) : null),
    }),
    parent: t.field({
      type: ZoneRef,
      nullable: true,
      description: 'The zone this one is a district of.',
      resolve: (z) => z.parent?.id ?? null,
    }),
    children: t.loadableGroup({
      type: ZoneRef,
      description: 'Districts directly under this zone, by code.',
      load: (parentIds: string[], ctx) => zoneRepository.childrenOf(ctx.em, parentIds),
      // The ref's shape admits an id too, but load always hands back entities.
      group: (child) => (child as ZoneEntity).parent!.id,
      resolve: (z) => z.id,
    }),
    ancestors: t.loadableList({
      type: ZoneRef,
      description: 'The enclosing zones, nearest first.',
      load: (zones: ZoneEntity[], ctx) => zoneRepository.ancestorsOf(ctx.em, zones),
      resolve: (z) => z,
    }),
    overlaps: t.loadableList({
      type: ZoneRef,
      description: 'Zones this one overlaps without nesting, whichever of the two recorded it; by code.',
      load: (ids: string[], ctx) => zoneRepository.overlapsOf(ctx.em, ids),
      resolve: (z) => z.id,
    }),
    programs: t.loadableList({
      type: ProgramRef,
      description: 'Programs carried out in this zone, by code.',
      load: (ids: string[], ctx) => zoneRepository.programsOf(ctx.em, ids),
      resolve: (z) => z.id,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: 'Where the facts about this zone come from.',
      load: (zones: ZoneEntity[], ctx) => zoneRepository.sourcesOf(ctx.em, zones),
      resolve: (z) => z,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(ProgramRef, (t) => ({
  zones: t.loadableList({
    type: ZoneRef,
    description: 'Zones the program is carried out in, by code.',
    load: (ids: string[], ctx) => zoneRepository.zonesOfPrograms(ctx.em, ids),
    resolve: (program) => program.id,
  }),
}));

export const ZoneFilter = builder.inputRef<ZoneFilterInput>('ZoneFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name, or of the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    kind: t.field({ type: codeListFilter('ZoneKind', ZoneKindEnum) }),
    status: t.field({ type: codeListFilter('ZoneStatus', ZoneStatusEnum) }),
    visibility: t.field({ type: VisibilityFilter }),
    parent: t.field({
      type: IDFilter,
      description: '`{ eq: id }` lists the districts of a zone; `{ isNull: true }` the top level.',
    }),
    within: t.id({ description: 'This zone and every zone nested under it, at any depth.' }),
    withinBox: t.field({
      type: BoundingBoxRef,
      description: 'Zones whose outline reaches into the box. A zone without an outline is in no box.',
    }),
    and: t.field({ type: [ZoneFilter] }),
    or: t.field({ type: [ZoneFilter] }),
    not: t.field({ type: ZoneFilter }),
  }),
});

connectionQuery({
  field: 'zones',
  name: 'Zone',
  type: ZoneRef,
  description: 'Zones, 20 a page by default (at most 100), ordered by code unless asked otherwise.',
  offsetDescription: 'Skip this many (page-number screens); not with after/before.',
  filter: ZoneFilter,
  order: { fields: ZONE_ORDER_FIELDS, build: zoneOrder },
  entity: Zone,
  where: (args, ctx) => zoneWhere(args.filter, seesOnlyPublic(ctx.caller)),
  prepareFilter: prepareZoneFilter,
});

builder.queryFields((t) => ({
  zone: t.field({
    type: ZoneRef,
    description: 'One zone by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [zone] = await zoneRepository.byIds(ctx.em, [decodeId(args.id, 'Zone')]);
      if (!zone || zone instanceof Error) throw notFound('Zone', String(args.id));
      return zone;
    },
  }),
}));
