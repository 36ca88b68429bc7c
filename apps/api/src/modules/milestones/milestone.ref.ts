import { MilestoneKind } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { MilestoneEntity } from './milestone.entity.js';
import { milestoneRepository } from './milestone.repository.js';

export const MilestoneKindEnum = codeListEnum(MilestoneKind);

export const MilestoneRef = builder.loadableNodeRef('Milestone', {
  id: { resolve: (milestone: MilestoneEntity) => milestone.id },
  load: (ids: string[], ctx) => milestoneRepository.byIds(ctx.em, ids),
});
