// The audit module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './audit.graphql.js';
import './history.graphql.js';
import './restore.mutations.js';
