import type { ResourceDefinition } from './resourceDefinition';
import { auditEventsResource } from './resources/auditEvents';
import { benefitRulesResource } from './resources/benefitRules';
import { exemptionsResource } from './resources/exemptions';
import { facilitiesResource } from './resources/facilities';
import { indicatorsResource } from './resources/indicators';
import { milestonesResource } from './resources/milestones';
import { organisationsResource } from './resources/organisations';
import { programsResource } from './resources/programs';
import { sourcesResource } from './resources/sources';
import { usersResource } from './resources/users';
import { zonesResource } from './resources/zones';

/** Every resource the admin manages; a new one is a definition in resources/ and a line here. */
export const RESOURCES: readonly ResourceDefinition[] = [
  programsResource,
  organisationsResource,
  zonesResource,
  exemptionsResource,
  facilitiesResource,
  milestonesResource,
  indicatorsResource,
  benefitRulesResource,
  sourcesResource,
  usersResource,
  auditEventsResource,
];
