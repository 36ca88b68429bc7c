import { randomUUID } from 'node:crypto';
import type { OrganisationKind, OrganisationRole, Visibility } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Program } from '../programs/ref.js';
import { Source } from '../sources/ref.js';

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    code: p.string().length(64).unique(),
    nameKo: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    descriptionKo: p.text().nullable(),
    descriptionEn: p.text().nullable(),
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
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type OrganisationEntity = InferEntity<typeof Organisation>;

/** An organisation's role in a program (lead, partner, funder, …). */
export const ProgramOrganisation = defineEntity({
  name: 'ProgramOrganisation',
  tableName: 'program_organisation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    program: () => p.manyToOne(Program).ref(),
    organisation: () => p.manyToOne(Organisation).ref(),
    role: p.string().length(16).$type<OrganisationRole>(),
  },
});
export type ProgramOrganisationEntity = InferEntity<typeof ProgramOrganisation>;
