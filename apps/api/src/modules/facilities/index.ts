// The facilities module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './facility.graphql.js';
import './facility.mutations.js';
import './facility.relations.js';
