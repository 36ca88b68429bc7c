/** What other modules may use of sources: everything else in this folder is its own. */

export type { SourceEntity } from './source.entity.js';
export { Source } from './source.entity.js';
export { SourceRef } from './source.ref.js';
