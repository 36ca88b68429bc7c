import { builder } from '../../graphql/builder.js';
import { exemptionRepository } from './exemption.repository.js';
import type { ExemptionEntity } from './zone.entity.js';

// Declared apart from its fields (in exemption.graphql.ts) so that other modules can refer to it
// without loading those fields and everything they import.
export const ExemptionRef = builder.loadableNodeRef('Exemption', {
  id: { resolve: (exemption: ExemptionEntity) => exemption.id },
  load: (ids: string[], ctx) => exemptionRepository.byIds(ctx.em, ids),
});
