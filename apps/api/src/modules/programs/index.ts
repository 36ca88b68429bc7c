// The programs module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './program-import.graphql.js';
import './program.graphql.js';
import './program.mutations.js';
