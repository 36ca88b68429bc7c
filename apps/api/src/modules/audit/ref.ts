/** What the schema assembly uses of audit: the hook that gives every writable record its history and restore. */

export type { WritableRecordType } from './audit.subjects.js';
export { defineRecordHistory } from './history.graphql.js';
