// The accounts module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './me.mutations.js';
import './token.mutations.js';
import './user.graphql.js';
import './user.mutations.js';
