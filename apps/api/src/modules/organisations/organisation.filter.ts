import type { OrganisationKind, Visibility } from '@bitgoeul/domain';
import type { Dictionary } from '@mikro-orm/core';
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
  type StringFilterInput,
  stringCondition,
} from '../../graphql/filters.js';
import type { OrganisationOrder, OrganisationWhere } from './organisation.repository.js';

export interface OrganisationFilterInput extends Combinable<OrganisationFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  kind?: CodeFilterInput<OrganisationKind> | null;
  visibility?: CodeFilterInput<Visibility> | null;
  parent?: IdFilterInput | null;
}

export function organisationWhere(filter: OrganisationFilterInput | null | undefined): OrganisationWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['name_ko', 'name_en', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Organisation', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    if (f.visibility) parts.push({ visibility: codeCondition(f.visibility) });
    if (f.parent) parts.push({ parent: idCondition(f.parent, 'Organisation', 'filter.parent') });
    return parts;
  }) as OrganisationWhere;
}

export const ORGANISATION_ORDER_FIELDS = {
  CODE: 'code',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  KIND: 'kind',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type OrganisationOrderField = keyof typeof ORGANISATION_ORDER_FIELDS;

export function organisationOrder(orderBy: OrderInput<OrganisationOrderField>): OrganisationOrder {
  return orderFrom(ORGANISATION_ORDER_FIELDS, orderBy, 'CODE') as OrganisationOrder;
}
