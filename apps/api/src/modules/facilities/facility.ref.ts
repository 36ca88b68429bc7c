import {
  CapacityUnit,
  FacilityKind,
  FacilityStatus,
  LocationPrecision,
  MilestoneKind,
} from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import { milestoneRepository } from '../milestones/milestone.repository.js';
import type { FacilityRow, MilestoneEntity } from './facility.entity.js';
import { facilityRepository } from './facility.repository.js';

// The module's refs and enums live apart from their fields so that the mutation and relation files
// can import them without an import cycle through facility.graphql.ts, which loads those files.

export const FacilityKindEnum = codeListEnum(FacilityKind);
export const FacilityStatusEnum = codeListEnum(FacilityStatus);
export const LocationPrecisionEnum = codeListEnum(LocationPrecision);
export const CapacityUnitEnum = codeListEnum(CapacityUnit);
export const MilestoneKindEnum = codeListEnum(MilestoneKind);

export const FacilityRef = builder.loadableNodeRef('Facility', {
  id: { resolve: (facility: FacilityRow) => facility.id },
  load: (ids: string[], ctx) => facilityRepository.byIds(ctx.em, ids),
});

export const MilestoneRef = builder.loadableNodeRef('Milestone', {
  id: { resolve: (milestone: MilestoneEntity) => milestone.id },
  load: (ids: string[], ctx) => milestoneRepository.byIds(ctx.em, ids),
});
