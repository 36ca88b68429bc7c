// The zones module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './exemption.graphql.js';
import './exemption.mutations.js';
import './zone.graphql.js';
import './zone.mutations.js';
