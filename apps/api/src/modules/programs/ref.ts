/** What other modules may use of programs: everything else in this folder is its own. */

export type { ProgramEntity } from './program.entity.js';
export { Program } from './program.entity.js';
export { ProgramRef } from './program.ref.js';
