import type { AdminResource } from './adminResource';
import { auditEvents } from './auditLog';
import { benefitRules } from './benefitRules';
import { exemptions } from './exemptions';
import { facilities } from './facilities';
import { indicators } from './indicators';
import { milestones } from './milestones';
import { organisations } from './organisations';
import { programs } from './programs';
import { sources } from './sources';
import { users } from './users';
import { zones } from './zones';

/**
 * Every resource of the admin, in the menu's order. `App.tsx`'s `<Resource>`s and the messages'
 * `resources.*` (names and field labels) are derived from this list; the data provider's registry lists
 * the same `record`s (resources.test.ts holds the two together).
 */
export const RESOURCES: readonly AdminResource[] = [
  programs,
  facilities,
  zones,
  indicators,
  organisations,
  benefitRules,
  milestones,
  exemptions,
  sources,
  auditEvents,
  users,
] as readonly AdminResource<never>[];
