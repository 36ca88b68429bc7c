import { SourceKind } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { SourceEntity } from './source.entity.js';
import { sourceRepository } from './source.repository.js';

// Declared apart from its fields (in source.graphql.ts) so that the modules citing sources can refer
// to it without loading those fields and everything they import.
export const SourceRef = builder.loadableNodeRef('Source', {
  id: { resolve: (source: SourceEntity) => source.id },
  load: (ids: string[], ctx) => sourceRepository.byIds(ctx.em, ids),
});

export const SourceKindEnum = codeListEnum(SourceKind);
