import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './nodes.js';
import '../modules/sources/source.graphql.js';
import '../modules/programs/program.graphql.js';
import '../modules/programs/program.mutations.js';
import '../modules/organisations/organisation.graphql.js';
import '../modules/organisations/organisation.mutations.js';
import '../modules/zones/zone.graphql.js';
import '../modules/zones/zone.mutations.js';
import '../modules/zones/exemption.graphql.js';
import '../modules/zones/exemption.mutations.js';
import '../modules/organisations/organisation-link.graphql.js';
import '../modules/organisations/organisation-link.mutations.js';
import '../modules/facilities/facility.graphql.js';
import '../modules/statistics/indicator.graphql.js';
import '../modules/statistics/observation-import.graphql.js';
import '../modules/benefits/benefit-rule.graphql.js';
import '../modules/accounts/user.graphql.js';
import '../modules/accounts/user.mutations.js';
import '../modules/accounts/token.mutations.js';
import '../modules/audit/audit.graphql.js';
import '../modules/audit/history.graphql.js';
import '../modules/audit/restore.mutations.js';

/** The whole API. `schema.graphql` at the package root is printed from this (npm run schema:print). */
export const schema = lexicographicSortSchema(builder.toSchema());
