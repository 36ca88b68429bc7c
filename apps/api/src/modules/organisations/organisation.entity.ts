import type { OrganisationKind, OrganisationRole, Visibility } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../../db/base.entity.js';
import { BilingualText } from '../../db/embeddables.js';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    ...uuidKey,
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    description: p.embedded(BilingualText).prefix('description_').nullable(),
    visibility: p.string().length(16).$type<Visibility>().default('PUBLIC'),
    kind: p.string().length(32).$type<OrganisationKind>(),
    parent: () => p.manyToOne(Organisation).nullable().ref(),
    sources: () =>
      p
        .manyToMany(Source)
        .owner()
        .pivotTable('organisation_source')
        .joinColumn('organisation_id')
        .inverseJoinColumn('source_id'),
    ...versionAndTimestamps,
  },
});
export type OrganisationEntity = InferEntity<typeof Organisation>;

/** An organisation's role in a program (lead, partner, funder, …). */
export const ProgramOrganisation = defineEntity({
  name: 'ProgramOrganisation',
  tableName: 'program_organisation',
  properties: {
    ...uuidKey,
    program: () => p.manyToOne(Program).ref(),
    organisation: () => p.manyToOne(Organisation).ref(),
    role: p.string().length(16).$type<OrganisationRole>(),
  },
});
export type ProgramOrganisationEntity = InferEntity<typeof ProgramOrganisation>;
