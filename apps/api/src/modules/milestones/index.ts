// The milestones module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './milestone.graphql.js';
import './milestone.mutations.js';
