import type { WritableRecordType } from '../modules/audit/ref.js';
import { benefitRuleWrites } from '../modules/benefits/benefit-rule.mutations.js';
import { BenefitRuleRef } from '../modules/benefits/ref.js';
import { facilityWrites } from '../modules/facilities/facility.mutations.js';
import { FacilityRef } from '../modules/facilities/ref.js';
import { milestoneWrites } from '../modules/milestones/milestone.mutations.js';
import { MilestoneRef } from '../modules/milestones/ref.js';
import { organisationWrites } from '../modules/organisations/organisation.mutations.js';
import { OrganisationRef } from '../modules/organisations/ref.js';
import { programWrites } from '../modules/programs/program.mutations.js';
import { ProgramRef } from '../modules/programs/ref.js';
import { SourceRef } from '../modules/sources/ref.js';
import { sourceWrites } from '../modules/sources/source.mutations.js';
import { indicatorWrites } from '../modules/statistics/indicator.mutations.js';
import { IndicatorRef } from '../modules/statistics/ref.js';
import { exemptionWrites } from '../modules/zones/exemption.mutations.js';
import { ExemptionRef, ZoneRef } from '../modules/zones/ref.js';
import { zoneWrites } from '../modules/zones/zone.mutations.js';

const writable = <T>(spec: T, ref: unknown) => ({ spec, ref }) as unknown as WritableRecordType;

/**
 * The registry of writable record types: every kind written through the records layer, with the
 * GraphQL object that shows it. Each gets a `history`, and `restoreRecord` can bring it back.
 */
export const WRITABLE_RECORD_TYPES: readonly WritableRecordType[] = [
  writable(programWrites, ProgramRef),
  writable(organisationWrites, OrganisationRef),
  writable(zoneWrites, ZoneRef),
  writable(exemptionWrites, ExemptionRef),
  writable(facilityWrites, FacilityRef),
  writable(milestoneWrites, MilestoneRef),
  writable(indicatorWrites, IndicatorRef),
  writable(benefitRuleWrites, BenefitRuleRef),
  writable(sourceWrites, SourceRef),
];
