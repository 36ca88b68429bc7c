/** What other modules may use of organisations: everything else in this folder is its own. */

export type { OrganisationEntity } from './organisation.entity.js';
export { Organisation, ProgramOrganisation } from './organisation.entity.js';
export { OrganisationRef, OrganisationRoleEnum } from './organisation.ref.js';
