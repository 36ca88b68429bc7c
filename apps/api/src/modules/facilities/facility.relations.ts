import { builder } from '../../graphql/builder.js';
import { OrganisationRef } from '../organisations/ref.js';
import { ProgramRef } from '../programs/ref.js';
import { ZoneRef } from '../zones/ref.js';
import type { FacilityEntity } from './facility.entity.js';
import { FacilityRef } from './facility.ref.js';
import { facilityRepository } from './facility.repository.js';

// Facilities' relations to other modules' types, both ways. Each side is batched: a page of zones,
// organisations or programs costs one query for all their facilities.

builder.objectFields(FacilityRef, (t) => ({
  zone: t.field({
    type: ZoneRef,
    nullable: true,
    description:
      'The zone it stands in (to list a zone with its sub-zones, filter facilities by zoneWithin).',
    resolve: (f) => f.zone?.id ?? null,
  }),
  operator: t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'The organisation that runs it (other roles: `organisations`).',
    resolve: (f) => f.operator?.id ?? null,
  }),
}));

builder.objectFields(ZoneRef, (t) => ({
  facilities: t.loadableGroup({
    type: FacilityRef,
    description:
      'Facilities recorded in this zone itself, by code; `facilities(filter: { zoneWithin })` adds its sub-zones.',
    load: (ids: string[], ctx) => facilityRepository.inZones(ctx.em, ids),
    group: (f) => (f as FacilityEntity).zone!.id,
    resolve: (z) => z.id,
  }),
}));

builder.objectFields(OrganisationRef, (t) => ({
  operatedFacilities: t.loadableGroup({
    type: FacilityRef,
    description: 'Facilities this organisation runs, by code.',
    load: (ids: string[], ctx) => facilityRepository.operatedBy(ctx.em, ids),
    group: (f) => (f as FacilityEntity).operator!.id,
    resolve: (o) => o.id,
  }),
}));

builder.objectFields(ProgramRef, (t) => ({
  facilities: t.loadableList({
    type: FacilityRef,
    description: 'Facilities built or run as part of this program, by code.',
    load: (ids: string[], ctx) => facilityRepository.ofPrograms(ctx.em, ids),
    resolve: (p) => p.id,
  }),
}));
