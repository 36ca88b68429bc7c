// The benefits module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './benefit-rule.graphql.js';
import './benefit-rule.mutations.js';
import './entitlement.graphql.js';
