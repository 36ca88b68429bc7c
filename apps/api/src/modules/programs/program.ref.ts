import { builder } from '../../graphql/builder.js';
import type { ProgramEntity } from './program.entity.js';
import { programRepository } from './program.repository.js';

// Declared apart from its fields (in program.graphql.ts) so that other modules can refer to it
// without loading those fields and everything they import.
export const ProgramRef = builder.loadableNodeRef('Program', {
  id: { resolve: (program: ProgramEntity) => program.id },
  load: (ids: string[], ctx) => programRepository.byIds(ctx.em, ids),
});
