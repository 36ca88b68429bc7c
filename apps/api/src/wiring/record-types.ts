import type { WritableRecordType } from '../modules/audit/ref.js';
import { benefitRuleKit } from '../modules/benefits/benefit-rule.mutations.js';
import { BenefitRuleRef } from '../modules/benefits/ref.js';
import { facilityKit } from '../modules/facilities/facility.mutations.js';
import { FacilityRef } from '../modules/facilities/ref.js';
import { milestoneKit } from '../modules/milestones/milestone.mutations.js';
import { MilestoneRef } from '../modules/milestones/ref.js';
import { organisationKit } from '../modules/organisations/organisation.mutations.js';
import { OrganisationRef } from '../modules/organisations/ref.js';
import { programKit } from '../modules/programs/program.mutations.js';
import { ProgramRef } from '../modules/programs/ref.js';
import { indicatorKit } from '../modules/statistics/indicator.mutations.js';
import { IndicatorRef } from '../modules/statistics/ref.js';
import { exemptionKit } from '../modules/zones/exemption.mutations.js';
import { ExemptionRef, ZoneRef } from '../modules/zones/ref.js';
import { zoneKit } from '../modules/zones/zone.mutations.js';

const writable = <T>(kit: T, ref: unknown) => ({ kit, ref }) as unknown as WritableRecordType;

/**
 * The registry of writable record types: every kind written through the records layer, with the
 * GraphQL object that shows it. Each gets a `history`, and `restoreRecord` can bring it back.
 */
export const WRITABLE_RECORD_TYPES: readonly WritableRecordType[] = [
  writable(programKit, ProgramRef),
  writable(organisationKit, OrganisationRef),
  writable(zoneKit, ZoneRef),
  writable(exemptionKit, ExemptionRef),
  writable(facilityKit, FacilityRef),
  writable(milestoneKit, MilestoneRef),
  writable(indicatorKit, IndicatorRef),
  writable(benefitRuleKit, BenefitRuleRef),
];
