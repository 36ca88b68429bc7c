// The organisation-links module's GraphQL: which organisations take part in a program, zone or facility, and in what role.
import './organisation-link.graphql.js';
import './organisation-link.mutations.js';
