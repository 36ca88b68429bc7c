import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from './accounts.js';

/** Who is kept to PUBLIC records: a caller who has not signed in. Raw statements that bypass the filters ask this too. */
export const seesOnlyPublic = (caller: Caller): boolean => caller.user === null;

const PUBLIC = { visibility: 'PUBLIC' };

/**
 * Hides INTERNAL records from a caller who has not signed in, on every path at once: these
 * filters sit on the request's EntityManager, so connections, nested edges, `node(id)`, loaders
 * and derived figures all read through them. Records without a visibility of their own follow
 * the record they belong to (an observation its indicator, a milestone its facility or program);
 * a source, which belongs to no record, is hidden when it is an internal document.
 */
export function restrictToPublic(em: EntityManager): void {
  // Entity names rather than schemas: a filter only needs the name, and this file stays import-light.
  const add = (name: string, entity: string, cond: object | (() => object)) =>
    em.addFilter(name, cond, entity, true);
  add('publicPrograms', 'Program', PUBLIC);
  add('publicOrganisations', 'Organisation', PUBLIC);
  add('publicZones', 'Zone', PUBLIC);
  add('publicFacilities', 'Facility', PUBLIC);
  add('publicIndicators', 'Indicator', PUBLIC);
  add('publicExemptions', 'Exemption', { zone: PUBLIC });
  // A figure is public inside its public window (publishing, #15): released, and neither withdrawn
  // nor replaced by a released correction. Drafts, figures in review, approved or embargoed ones
  // have no window yet. The moment is taken per statement. An anonymous asOf asks for another
  // moment and turns this filter off for its own condition (publicWindowAt in the statistics module).
  add('publicObservations', 'Observation', () => {
    const now = new Date();
    return {
      indicator: PUBLIC,
      publicFrom: { $lte: now },
      $or: [{ publicUntil: null }, { publicUntil: { $gt: now } }],
    };
  });
  add('publicTargets', 'Target', { indicator: PUBLIC });
  add('publicBenefitRules', 'BenefitRule', { program: PUBLIC });
  add('publicMilestones', 'Milestone', {
    $or: [
      { facility: null, program: PUBLIC },
      { program: null, facility: PUBLIC },
    ],
  });
  // A source has no visibility of its own: an internal document (INTERNAL) is what it would hide.
  add('publicSources', 'Source', { kind: { $ne: 'INTERNAL' } });
  add('publicProgramLinks', 'ProgramOrganisation', { program: PUBLIC, organisation: PUBLIC });
  add('publicZoneLinks', 'ZoneOrganisation', { zone: PUBLIC, organisation: PUBLIC });
  add('publicFacilityLinks', 'FacilityOrganisation', { facility: PUBLIC, organisation: PUBLIC });
}
