import { builder } from '../../graphql/builder.js';
import type { ZoneEntity } from './zone.entity.js';
import { zoneRepository } from './zone.repository.js';

// Declared apart from its fields (in zone.graphql.ts) so that other modules can refer to it
// without loading those fields and everything they import.
export const ZoneRef = builder.loadableNodeRef('Zone', {
  id: { resolve: (zone: ZoneEntity) => zone.id },
  load: (ids: string[], ctx) => zoneRepository.byIds(ctx.em, ids),
});
