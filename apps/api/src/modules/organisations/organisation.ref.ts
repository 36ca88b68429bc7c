import { OrganisationRole } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { OrganisationEntity } from './organisation.entity.js';
import { organisationRepository } from './organisation.repository.js';

// Declared apart from its fields (in organisation.graphql.ts) so that other modules can refer to it
// without loading those fields and everything they import.
export const OrganisationRef = builder.loadableNodeRef('Organisation', {
  id: { resolve: (organisation: OrganisationEntity) => organisation.id },
  load: (ids: string[], ctx) => organisationRepository.byIds(ctx.em, ids),
});

export const OrganisationRoleEnum = codeListEnum(OrganisationRole);
