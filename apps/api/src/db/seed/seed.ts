import type { FacilityValues, OrganisationValues, ProgramValues, ZoneValues } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import {
  Facility,
  type FacilityEntity,
  FacilityOrganisation,
} from '../../modules/facilities/facility.entity.js';
import { facilityFields } from '../../modules/facilities/facility.repository.js';
import {
  Organisation,
  type OrganisationEntity,
  ProgramOrganisation,
} from '../../modules/organisations/organisation.entity.js';
import { organisationFields } from '../../modules/organisations/organisation.repository.js';
import { Program, type ProgramEntity } from '../../modules/programs/program.entity.js';
import { programFields } from '../../modules/programs/program.repository.js';
import { Source, type SourceEntity } from '../../modules/sources/source.entity.js';
import { Zone, type ZoneEntity, ZoneOrganisation } from '../../modules/zones/zone.entity.js';
import { zoneFields } from '../../modules/zones/zone.repository.js';
import { seedFacilities } from './facilities.js';
import { loadBenefitRules, loadIndicator, loadMilestones } from './load-figures.js';
import { seedOrganisations, seedProgramLinks } from './organisations.js';
import { facilityPlaces, placeSources, zoneAreas } from './places.js';
import { type SeedProgram, seedPrograms } from './programs.js';
import { seedSocietyPrograms } from './programs-society.js';
import { type Loaded, lookup } from './seed-context.js';
import { ARTICLE_SOURCE, seedSources } from './sources.js';
import { seedIndicators } from './statistics.js';
import { seedZones } from './zones.js';

export const allSeedPrograms: SeedProgram[] = [...seedPrograms, ...seedSocietyPrograms];

/**
 * Loads the seed into an empty database, all of it in one transaction. A database that already
 * holds programs is left exactly as it is, so a restart never overwrites an official's edits.
 * Every record cites the article (its `sources`, or `source` for observations and targets); a
 * facility's place and a zone's area also cite where they are taken from (places.ts).
 */
export async function seedIfEmpty(em: EntityManager): Promise<boolean> {
  if ((await em.count(Program, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const sources = new Map(
      [...seedSources, ...placeSources].map((s) => [s.code, tx.create(Source, { ...s })]),
    );
    const source = lookup(sources, 'source');
    const article = source(ARTICLE_SOURCE);
    const programs = loadPrograms(tx, article);
    const organisations = loadOrganisations(tx, article);
    const ctx: Omit<Loaded, 'zone' | 'facility'> = {
      tx,
      article,
      source,
      now: new Date(),
      program: lookup(programs, 'program'),
      organisation: lookup(organisations, 'organisation'),
    };
    for (const link of seedProgramLinks) {
      tx.create(ProgramOrganisation, {
        program: ctx.program(link.program),
        organisation: ctx.organisation(link.organisation),
        role: link.role,
      });
    }
    const zone = lookup(loadZones(ctx), 'zone');
    const facility = lookup(loadFacilities({ ...ctx, zone }), 'facility');
    const loaded: Loaded = { ...ctx, zone, facility };
    loadMilestones(loaded);
    for (const indicator of seedIndicators) loadIndicator(loaded, indicator);
    loadBenefitRules(loaded);
  });
  return true;
}

function loadPrograms(tx: EntityManager, article: SourceEntity): Map<string, ProgramEntity> {
  const byCode = new Map<string, ProgramEntity>();
  const parentOf = lookup(byCode, 'parent program');
  for (const seed of allSeedPrograms) {
    const values: ProgramValues = {
      code: seed.code,
      name: seed.name,
      summary: seed.summary,
      area: seed.area,
      status: seed.status,
      plannedStart: seed.plannedStart ?? null,
      plannedEnd: null,
      actualStart: seed.actualStart ?? null,
      actualEnd: seed.actualEnd ?? null,
      parentId: null,
      progress: seed.progress ?? null,
      visibility: 'PUBLIC',
      sourceIds: [],
    };
    const program = tx.create(Program, {
      ...programFields(values),
      parent: seed.parent ? parentOf(seed.parent) : null,
      sources: [article],
    });
    byCode.set(seed.code, program);
  }
  return byCode;
}

function loadOrganisations(tx: EntityManager, article: SourceEntity): Map<string, OrganisationEntity> {
  const byCode = new Map<string, OrganisationEntity>();
  const parentOf = lookup(byCode, 'parent organisation');
  for (const seed of seedOrganisations) {
    const values: OrganisationValues = {
      code: seed.code,
      name: seed.name,
      description: seed.description ?? null,
      kind: seed.kind,
      parentId: null,
      visibility: 'PUBLIC',
      sourceIds: [],
    };
    const organisation = tx.create(Organisation, {
      ...organisationFields(values),
      parent: seed.parent ? parentOf(seed.parent) : null,
      sources: [article],
    });
    byCode.set(seed.code, organisation);
  }
  return byCode;
}

function loadZones(ctx: Omit<Loaded, 'zone' | 'facility'>): Map<string, ZoneEntity> {
  const { tx, article } = ctx;
  const byCode = new Map<string, ZoneEntity>();
  const existing = lookup(byCode, 'zone');
  // Overlaps may name a zone defined later in the list, so they are linked once all exist.
  const overlaps: [ZoneEntity, string[]][] = [];
  for (const seed of seedZones) {
    const designation = seed.designation;
    const values: ZoneValues = {
      code: seed.code,
      name: seed.name,
      description: seed.description ?? null,
      kind: seed.kind,
      status: seed.status,
      parentId: null,
      overlappingZoneIds: [],
      designation: designation ? { ...designation, instrumentNumber: null, expiresOn: null } : null,
      area: zoneAreas[seed.code]?.area ?? null,
      specialisations: seed.specialisations ?? [],
      geometry: null,
      visibility: 'PUBLIC',
      sourceIds: [],
    };
    const zone = tx.create(Zone, {
      ...zoneFields(values),
      parent: seed.parent ? existing(seed.parent) : null,
      programs: (seed.programs ?? []).map(ctx.program),
      sources: [article, ...(zoneAreas[seed.code] ? [ctx.source(zoneAreas[seed.code]!.source)] : [])],
    });
    for (const link of seed.organisations ?? []) {
      tx.create(ZoneOrganisation, {
        zone,
        organisation: ctx.organisation(link.organisation),
        role: link.role,
      });
    }
    if (seed.overlaps) overlaps.push([zone, seed.overlaps]);
    byCode.set(seed.code, zone);
  }
  for (const [zone, others] of overlaps) zone.overlaps.set(others.map(existing));
  return byCode;
}

function loadFacilities(ctx: Omit<Loaded, 'facility'>): Map<string, FacilityEntity> {
  const { tx, article } = ctx;
  const byCode = new Map<string, FacilityEntity>();
  for (const seed of seedFacilities) {
    const place = facilityPlaces[seed.code];
    if (!place) throw new Error(`The seed gives no place for facility ${seed.code}`);
    const values: FacilityValues = {
      code: seed.code,
      name: seed.name,
      description: seed.description ?? null,
      visibility: 'PUBLIC',
      kind: seed.kind,
      status: seed.status,
      zoneId: null,
      operatorId: null,
      location: {
        address: place.address,
        coordinates: place.coordinates ?? null,
        precision: place.precision,
      },
      capacity: null,
      programIds: [],
      sourceIds: [],
    };
    // The links name records made in this transaction and not yet flushed, so they are set here.
    const facility = tx.create(Facility, {
      ...facilityFields(values),
      zone: place.zone ? ctx.zone(place.zone) : null,
      operator: seed.operator ? ctx.organisation(seed.operator) : null,
      programs: seed.programs.map(ctx.program),
      sources: [article, ...place.sources.map(ctx.source)],
    });
    for (const link of seed.organisations ?? []) {
      tx.create(FacilityOrganisation, {
        facility,
        organisation: ctx.organisation(link.organisation),
        role: link.role,
      });
    }
    byCode.set(seed.code, facility);
  }
  return byCode;
}
