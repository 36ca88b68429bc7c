import type {
  AreaUnit,
  DatePrecision,
  ExemptionKind,
  OrganisationRole,
  Visibility,
  ZoneKind,
  ZoneStatus,
} from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { BilingualText } from '../../db/embeddables.js';
import { Organisation } from '../organisations/ref.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';

export const Zone = defineEntity({
  name: 'Zone',
  tableName: 'zone',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    description: p.embedded(BilingualText).prefix('description_').nullable(),
    visibility: p.string().length(16).$type<Visibility>().default('PUBLIC'),
    kind: p.string().length(32).$type<ZoneKind>(),
    status: p.string().length(32).$type<ZoneStatus>(),
    parent: () => p.manyToOne(Zone).nullable().ref(),
    overlaps: () =>
      p
        .manyToMany(Zone)
        .owner()
        .pivotTable('zone_overlap')
        .joinColumn('zone_id')
        .inverseJoinColumn('other_zone_id'),
    designationAuthorityKo: p.string().length(200).nullable(),
    designationAuthorityEn: p.string().length(200).nullable(),
    designationInstrument: p.string().length(200).nullable(),
    designatedOn: p.date().nullable(),
    designatedOnPrecision: p.string().length(8).$type<DatePrecision>().nullable(),
    designationExpiresOn: p.date().nullable(),
    areaValue: p.double().$type<number>().nullable(),
    areaUnit: p.string().length(8).$type<AreaUnit>().nullable(),
    // Stored as JSON text so that SQLite and PostgreSQL keep them the same way.
    specialisations: p.text().$type<string>().default('[]'),
    geometry: p.text().nullable(),
    // The outline's extent, kept with it, so the spatial filters find candidates by index.
    boundsWest: p.double().$type<number>().nullable(),
    boundsSouth: p.double().$type<number>().nullable(),
    boundsEast: p.double().$type<number>().nullable(),
    boundsNorth: p.double().$type<number>().nullable(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('zone_source')
        .joinColumn('zone_id')
        .inverseJoinColumn('source_id'),
    programs: () =>
      p
        .manyToMany(Program)
        .owner()
        .pivotTable('program_zone')
        .joinColumn('zone_id')
        .inverseJoinColumn('program_id'),
    ...versionAndTimestamps,
  },
});
export type ZoneEntity = InferEntity<typeof Zone>;

export const ZoneOrganisation = defineEntity({
  name: 'ZoneOrganisation',
  tableName: 'zone_organisation',
  properties: {
    ...uuidKey,
    zone: () => p.manyToOne(Zone).ref(),
    organisation: () => p.manyToOne(Organisation).ref(),
    role: p.string().length(16).$type<OrganisationRole>(),
  },
});
export type ZoneOrganisationEntity = InferEntity<typeof ZoneOrganisation>;

/** A regulation-free zone's special exemption (규제특례): what law it sets aside, on what conditions. */
export const Exemption = defineEntity({
  name: 'Exemption',
  tableName: 'exemption',
  properties: {
    ...uuidKey,
    zone: () => p.manyToOne(Zone).ref(),
    kind: p.string().length(32).$type<ExemptionKind>(),
    lawKo: p.string().length(300),
    lawEn: p.string().length(300).nullable(),
    conditionsKo: p.text().nullable(),
    conditionsEn: p.text().nullable(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('exemption_source')
        .joinColumn('exemption_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type ExemptionEntity = InferEntity<typeof Exemption>;
