/** What other modules may use of organisations: everything else in this folder is its own. */
export { Organisation } from './organisation.entity.js';
export { OrganisationRef } from './organisation.ref.js';
