import type { OrganisationRole } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import type { FacilityEntity } from '../facilities/ref.js';
import { FacilityRef } from '../facilities/ref.js';
import { OrganisationRef, OrganisationRoleEnum } from '../organisations/ref.js';
import type { ProgramEntity } from '../programs/ref.js';
import { ProgramRef } from '../programs/ref.js';
import type { ZoneEntity } from '../zones/ref.js';
import { ZoneRef } from '../zones/ref.js';
import { type OrganisationLinkRow, organisationLinkRepository } from './organisation-link.repository.js';

export const OrganisationLinkRef = builder.objectRef<OrganisationLinkRow>('OrganisationLink').implement({
  description:
    'An organisation’s part (lead, partner, operator, funder, investor) in a program, zone or facility.',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (link) => link.organisation }),
    role: t.field({ type: OrganisationRoleEnum, resolve: (link) => link.role }),
    subject: t.node({
      description: 'The Program, Zone or Facility the organisation takes part in.',
      id: (link) => ({ type: link.subjectType, id: link.subjectId }),
    }),
  }),
});

export const OrganisationProgramLinkRef = builder
  .objectRef<{ subject: ProgramEntity; role: OrganisationRole }>('OrganisationProgramLink')
  .implement({
    description: 'A program an organisation takes part in, and its role there.',
    fields: (t) => ({
      program: t.field({ type: ProgramRef, resolve: (link) => link.subject }),
      role: t.field({ type: OrganisationRoleEnum, resolve: (link) => link.role }),
    }),
  });

export const OrganisationZoneLinkRef = builder
  .objectRef<{ subject: ZoneEntity; role: OrganisationRole }>('OrganisationZoneLink')
  .implement({
    description: 'A zone an organisation takes part in (develops, operates, invests in), and its role there.',
    fields: (t) => ({
      zone: t.field({ type: ZoneRef, resolve: (link) => link.subject }),
      role: t.field({ type: OrganisationRoleEnum, resolve: (link) => link.role }),
    }),
  });

export const OrganisationFacilityLinkRef = builder
  .objectRef<{ subject: FacilityEntity; role: OrganisationRole }>('OrganisationFacilityLink')
  .implement({
    description: 'A facility an organisation takes part in (builds, funds, invests in), and its role there.',
    fields: (t) => ({
      facility: t.field({ type: FacilityRef, resolve: (link) => link.subject }),
      role: t.field({ type: OrganisationRoleEnum, resolve: (link) => link.role }),
    }),
  });

const ORGANISATIONS_DESCRIPTION = 'The organisations taking part, lead first, then by role and code.';

builder.objectFields(ProgramRef, (t) => ({
  organisations: t.loadableList({
    type: OrganisationLinkRef,
    description: ORGANISATIONS_DESCRIPTION,
    load: (ids: string[], ctx) => organisationLinkRepository.ofSubjects(ctx.em, 'Program', ids),
    resolve: (program) => program.id,
  }),
}));

builder.objectFields(ZoneRef, (t) => ({
  organisations: t.loadableList({
    type: OrganisationLinkRef,
    description: ORGANISATIONS_DESCRIPTION,
    load: (ids: string[], ctx) => organisationLinkRepository.ofSubjects(ctx.em, 'Zone', ids),
    resolve: (zone) => zone.id,
  }),
}));

builder.objectFields(FacilityRef, (t) => ({
  organisations: t.loadableList({
    type: OrganisationLinkRef,
    description: `${ORGANISATIONS_DESCRIPTION} (\`operator\` is the one that runs it.)`,
    load: (ids: string[], ctx) => organisationLinkRepository.ofSubjects(ctx.em, 'Facility', ids),
    resolve: (facility) => facility.id,
  }),
}));

builder.objectFields(OrganisationRef, (t) => ({
  programs: t.loadableList({
    type: OrganisationProgramLinkRef,
    description: 'The programs this organisation takes part in, with its role; lead roles first.',
    load: (ids: string[], ctx) =>
      organisationLinkRepository.ofOrganisations<ProgramEntity>(ctx.em, 'Program', ids),
    resolve: (organisation) => organisation.id,
  }),
  zones: t.loadableList({
    type: OrganisationZoneLinkRef,
    description: 'The zones this organisation takes part in, with its role; lead roles first.',
    load: (ids: string[], ctx) => organisationLinkRepository.ofOrganisations<ZoneEntity>(ctx.em, 'Zone', ids),
    resolve: (organisation) => organisation.id,
  }),
  facilities: t.loadableList({
    type: OrganisationFacilityLinkRef,
    description:
      'The facilities this organisation has a role in, lead roles first (see also operatedFacilities).',
    load: (ids: string[], ctx) =>
      organisationLinkRepository.ofOrganisations<FacilityEntity>(ctx.em, 'Facility', ids),
    resolve: (organisation) => organisation.id,
  }),
}));
