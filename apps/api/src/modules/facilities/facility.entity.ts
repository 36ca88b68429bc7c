import type {
  FacilityKind,
  FacilityStatus,
  LocationPrecision,
  OrganisationRole,
  Visibility,
} from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { BilingualLine, BilingualText, Capacity } from '../../db/embeddables.js';
import type { Row } from '../../db/rows.js';
import { Organisation } from '../organisations/ref.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';
import { Zone } from '../zones/ref.js';

export const Facility = defineEntity({
  name: 'Facility',
  tableName: 'facility',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    description: p.embedded(BilingualText).prefix('description_').nullable(),
    visibility: p.string().length(16).$type<Visibility>().default('PUBLIC'),
    kind: p.string().length(32).$type<FacilityKind>(),
    status: p.string().length(32).$type<FacilityStatus>(),
    zone: () => p.manyToOne(Zone).nullable().ref(),
    operator: () => p.manyToOne(Organisation).nullable().ref(),
    address: p.embedded(BilingualLine).prefix('address_').nullable(),
    longitude: p.double().$type<number>().nullable(),
    latitude: p.double().$type<number>().nullable(),
    locationPrecision: p.string().length(16).$type<LocationPrecision>().default('APPROXIMATE'),
    capacity: p.embedded(Capacity).prefix('capacity_').nullable(),
    programs: () =>
      p
        .manyToMany(Program)
        .owner()
        .pivotTable('facility_program')
        .joinColumn('facility_id')
        .inverseJoinColumn('program_id'),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('facility_source')
        .joinColumn('facility_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type FacilityEntity = InferEntity<typeof Facility>;
/** A facility as the read path serves it (findRows); a managed entity is one too. */
export type FacilityRow = Row<FacilityEntity>;

export const FacilityOrganisation = defineEntity({
  name: 'FacilityOrganisation',
  tableName: 'facility_organisation',
  properties: {
    ...uuidKey,
    facility: () => p.manyToOne(Facility).ref(),
    organisation: () => p.manyToOne(Organisation).ref(),
    role: p.string().length(16).$type<OrganisationRole>(),
  },
});
export type FacilityOrganisationEntity = InferEntity<typeof FacilityOrganisation>;
