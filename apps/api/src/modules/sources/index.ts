// The sources module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './source.graphql.js';
import './source.mutations.js';
