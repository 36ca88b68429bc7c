/** What other modules may use of facilities: everything else in this folder is its own. */

export type { FacilityEntity } from './facility.entity.js';
export { Facility, FacilityOrganisation } from './facility.entity.js';
export { FacilityRef, FacilityStatusEnum } from './facility.ref.js';
