import type { EntityManager } from '@mikro-orm/core';
import type { FacilityEntity } from '../../modules/facilities/facility.entity.js';
import type { OrganisationEntity } from '../../modules/organisations/organisation.entity.js';
import type { ProgramEntity } from '../../modules/programs/program.entity.js';
import type { SourceEntity } from '../../modules/sources/source.entity.js';
import type { ZoneEntity } from '../../modules/zones/zone.entity.js';

/** Looks a seed code up among the records created so far; a typo in the data fails the whole seed. */
export function lookup<T>(records: Map<string, T>, what: string) {
  return (code: string): T => {
    const record = records.get(code);
    if (!record) throw new Error(`The seed names ${what} ${code}, which it does not define (or not yet)`);
    return record;
  };
}

export interface Loaded {
  tx: EntityManager;
  article: SourceEntity;
  source: (code: string) => SourceEntity;
  now: Date;
  program: (code: string) => ProgramEntity;
  organisation: (code: string) => OrganisationEntity;
  zone: (code: string) => ZoneEntity;
  facility: (code: string) => FacilityEntity;
}
