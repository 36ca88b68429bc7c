/** What other modules may use of zones: everything else in this folder is its own. */
export { ExemptionRef } from './exemption.ref.js';
export type { ZoneEntity } from './zone.entity.js';
export { Zone, ZoneOrganisation } from './zone.entity.js';
export { zoneSubtreeCondition } from './zone.filter.js';
export { ZoneRef } from './zone.ref.js';
export { zoneOutline } from './zone.spatial.js';
