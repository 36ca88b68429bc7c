// The organisations module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './organisation.graphql.js';
import './organisation.mutations.js';
