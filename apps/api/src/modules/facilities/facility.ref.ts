import { CapacityUnit, FacilityKind, FacilityStatus, LocationPrecision } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { codeListEnum } from '../../graphql/common.js';
import type { FacilityRow } from './facility.entity.js';
import { facilityRepository } from './facility.repository.js';

// The module's refs and enums live apart from their fields so that the mutation and relation files
// can import them without an import cycle through facility.graphql.ts, which loads those files.

export const FacilityKindEnum = codeListEnum(FacilityKind);
export const FacilityStatusEnum = codeListEnum(FacilityStatus);
export const LocationPrecisionEnum = codeListEnum(LocationPrecision);
export const CapacityUnitEnum = codeListEnum(CapacityUnit);

export const FacilityRef = builder.loadableNodeRef('Facility', {
  id: { resolve: (facility: FacilityRow) => facility.id },
  load: (ids: string[], ctx) => facilityRepository.byIds(ctx.em, ids),
});
