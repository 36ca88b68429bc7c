import { type CapacityUnit, nextStatuses } from '@bitgoeul/domain';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { bilingual, capacityOf } from '../../db/embeddables.js';
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
import { BoundingBoxRef, NearRef } from '../../graphql/spatial.js';
import { ProgramRef } from '../programs/ref.js';
import { SourceRef } from '../sources/ref.js';
import { Facility, type FacilityRow } from './facility.entity.js';
import {
  FACILITY_ORDER_FIELDS,
  type FacilityFilterInput,
  facilityOrder,
  facilityWhere,
} from './facility.filter.js';
import {
  CapacityUnitEnum,
  FacilityKindEnum,
  FacilityRef,
  FacilityStatusEnum,
  LocationPrecisionEnum,
} from './facility.ref.js';
import { facilityRepository } from './facility.repository.js';
import { prepareFacilityFilter } from './facility.spatial.js';

// The rest of the module registers itself on import; graphql/schema.ts loads only this file.

export { FacilityKindEnum, FacilityRef, FacilityStatusEnum } from './facility.ref.js';

const CoordinatesRef = builder.objectRef<{ lon: number; lat: number }>('Coordinates').implement({
  description: 'A point in WGS84 (the GPS datum), longitude first as in GeoJSON.',
  fields: (t) => ({
    lon: t.exposeFloat('lon', { description: 'Longitude, −180 to 180.' }),
    lat: t.exposeFloat('lat', { description: 'Latitude, −90 to 90.' }),
  }),
});

const LocationRef = builder.objectRef<FacilityRow>('Location').implement({
  description: 'Where a facility is. APPROXIMATE unless a source gave the exact point.',
  fields: (t) => ({
    address: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (f) => bilingual(f.address),
    }),
    coordinates: t.field({
      type: CoordinatesRef,
      nullable: true,
      resolve: (f) =>
        f.longitude == null || f.latitude == null ? null : { lon: f.longitude, lat: f.latitude },
    }),
    precision: t.field({ type: LocationPrecisionEnum, resolve: (f) => f.locationPrecision }),
  }),
});

const CapacityRef = builder.objectRef<{ value: number; unit: CapacityUnit }>('Capacity');
CapacityRef.implement({
  description: 'What a facility can hold or produce; the unit says which.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'Greater than 0.' }),
    unit: t.field({ type: CapacityUnitEnum, resolve: (c) => c.unit }),
  }),
});

FacilityRef.implement({
  description: 'A plant, centre, arena or venue the city builds or runs (시설), with its lifecycle.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable unique code, UPPER-KEBAB (e.g. GGM-PLANT).' }),
    name: t.field({ type: LocalizedText, resolve: (f) => ({ ko: f.nameKo, en: f.nameEn ?? null }) }),
    description: t.field({
      type: LocalizedText,
      nullable: true,
      resolve: (f) => bilingual(f.description),
    }),
    kind: t.field({ type: FacilityKindEnum, resolve: (f) => f.kind }),
    status: t.field({ type: FacilityStatusEnum, resolve: (f) => f.status }),
    nextStatuses: t.field({
      type: [FacilityStatusEnum],
      description:
        'The statuses an update may move this facility to from where it is now (the lifecycle the domain defines).',
      resolve: (f) => [...nextStatuses(f.status)],
    }),
    location: t.field({
      type: LocationRef,
      nullable: true,
      description: 'Null when nothing is known of where it is.',
      resolve: (f) =>
        bilingual(f.address) == null &&
        f.longitude == null &&
        f.latitude == null &&
        f.locationPrecision !== 'EXACT'
          ? null
          : f,
    }),
    capacity: t.field({
      type: CapacityRef,
      nullable: true,
      resolve: (f) => capacityOf(f.capacity),
    }),
    visibility: t.field({ type: VisibilityEnum, resolve: (f) => f.visibility }),
    programs: t.loadableList({
      type: ProgramRef,
      description: 'Programs this facility is part of, by code.',
      load: (facilities: FacilityRow[], ctx) => facilityRepository.programsOf(ctx.em, facilities),
      resolve: (f) => f,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: 'Where the facts about this facility come from.',
      load: (facilities: FacilityRow[], ctx) => facilityRepository.sourcesOf(ctx.em, facilities),
      resolve: (f) => f,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; send it back when you update.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const FacilityKindFilter = codeListFilter('FacilityKind', FacilityKindEnum);
const FacilityStatusFilter = codeListFilter('FacilityStatus', FacilityStatusEnum);

export const FacilityFilter = builder.inputRef<FacilityFilterInput>('FacilityFilter').implement({
  description: 'Every condition given must hold; combine with and / or / not.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the Korean or English name, or of the code.' }),
    id: t.field({ type: IDFilter }),
    code: t.field({ type: StringFilter }),
    kind: t.field({ type: FacilityKindFilter }),
    status: t.field({ type: FacilityStatusFilter }),
    visibility: t.field({ type: VisibilityFilter }),
    zone: t.field({ type: IDFilter, description: 'The zone the facility is recorded in (that zone only).' }),
    zoneWithin: t.id({
      description: 'Facilities in this zone or in any zone below it (its districts, theirs…).',
    }),
    operator: t.field({ type: IDFilter, description: 'The organisation that runs it.' }),
    program: t.field({
      type: IDFilter,
      description: '`{ eq }` / `{ in }`: linked to the program(s); `{ isNull: true }`: linked to none.',
    }),
    withinBox: t.field({ type: BoundingBoxRef, description: 'Facilities whose point lies in the box.' }),
    near: t.field({
      type: NearRef,
      description: 'Facilities whose point lies within the radius of a point (great-circle distance).',
    }),
    insideZone: t.id({
      description:
        "Facilities whose point lies inside the zone's outline, geometrically (not the zone they are recorded in: see zone, zoneWithin). A zone without an outline has none inside.",
    }),
    and: t.field({ type: [FacilityFilter] }),
    or: t.field({ type: [FacilityFilter] }),
    not: t.field({ type: FacilityFilter }),
  }),
});

connectionQuery({
  field: 'facilities',
  name: 'Facility',
  type: FacilityRef,
  description: 'Facilities, 20 a page by default (at most 100), ordered by code unless asked otherwise.',
  offsetDescription: 'Skip this many facilities (page-number screens); not with after/before.',
  filter: FacilityFilter,
  order: { fields: FACILITY_ORDER_FIELDS, build: facilityOrder },
  entity: Facility,
  where: (args, ctx) => facilityWhere(args.filter, seesOnlyPublic(ctx.caller)),
  prepareFilter: prepareFacilityFilter,
});

builder.queryFields((t) => ({
  facility: t.field({
    type: FacilityRef,
    description: 'One facility by its global id; an unknown id is a NOT_FOUND error.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const [facility] = await facilityRepository.byIds(ctx.em, [decodeId(args.id, 'Facility')]);
      if (!facility || facility instanceof Error) throw notFound('Facility', String(args.id));
      return facility;
    },
  }),
}));
