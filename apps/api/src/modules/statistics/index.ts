// The statistics module's GraphQL: loading this file registers its types, queries and mutations with the builder.
import './indicator-subject.graphql.js';
import './indicator.graphql.js';
import './indicator.mutations.js';
import './observation-import.graphql.js';
import './observation-publication.graphql.js';
import './observation.connection.js';
import './observation.graphql.js';
import './observation.mutations.js';
import './series.graphql.js';
import './target.graphql.js';
import './target.mutations.js';
