import type { ExemptionKind } from '@bitgoeul/domain';
import type { Dictionary, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import {
  type CodeFilterInput,
  type Combinable,
  codeCondition,
  combineFilter,
  containsCondition,
  type IdFilterInput,
  idCondition,
  type OrderInput,
  orderFrom,
} from '../../graphql/filters.js';
import type { ExemptionEntity } from './zone.entity.js';

export interface ExemptionFilterInput extends Combinable<ExemptionFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  zone?: IdFilterInput | null;
  kind?: CodeFilterInput<ExemptionKind> | null;
}

export function exemptionWhere(
  filter: ExemptionFilterInput | null | undefined,
): FilterQuery<ExemptionEntity> {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) parts.push({ $or: ['law_ko', 'law_en'].map((column) => containsCondition(column, term)) });
    if (f.id) parts.push({ id: idCondition(f.id, 'Exemption', 'filter.id') });
    if (f.zone) parts.push({ zone: idCondition(f.zone, 'Zone', 'filter.zone') });
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    return parts;
  }) as FilterQuery<ExemptionEntity>;
}

export const EXEMPTION_ORDER_FIELDS = {
  VALID_FROM: 'validFrom',
  VALID_TO: 'validTo',
  KIND: 'kind',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type ExemptionOrderField = keyof typeof EXEMPTION_ORDER_FIELDS;

export function exemptionOrder(orderBy: OrderInput<ExemptionOrderField>) {
  return orderFrom(EXEMPTION_ORDER_FIELDS, orderBy, 'VALID_FROM') as QueryOrderMap<ExemptionEntity>[];
}
