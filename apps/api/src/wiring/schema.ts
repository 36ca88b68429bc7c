import { lexicographicSortSchema } from 'graphql';
import { guardArgumentText } from '../graphql/argument-text.js';
import { builder } from '../graphql/builder.js';
import { documentInputLimits } from '../graphql/input-limits.js';
import '../graphql/scalars.js';
import '../graphql/nodes.js';
import '../modules/sources/index.js';
import '../modules/programs/index.js';
import '../modules/organisations/index.js';
import '../modules/organisation-links/index.js';
import '../modules/zones/index.js';
import '../modules/facilities/index.js';
import '../modules/milestones/index.js';
import '../modules/statistics/index.js';
import '../modules/benefits/index.js';
import '../modules/accounts/index.js';
import '../modules/audit/index.js';
import { defineRecordHistory } from '../modules/audit/ref.js';
import { WRITABLE_RECORD_TYPES } from './record-types.js';

defineRecordHistory(WRITABLE_RECORD_TYPES);

/** The whole API (`schema.graphql` at the package root is printed from it), its input limits documented and its arguments held to the text rule. */
export const schema = guardArgumentText(documentInputLimits(lexicographicSortSchema(builder.toSchema())));
