import type { SourceKind } from '@bitgoeul/domain';
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
import type { SourceOrder, SourceWhere } from './source.repository.js';

export interface SourceFilterInput extends Combinable<SourceFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  title?: StringFilterInput | null;
  kind?: CodeFilterInput<SourceKind> | null;
}

export function sourceWhere(filter: SourceFilterInput | null | undefined): SourceWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['title', 'publisher', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Source', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.title) parts.push(...stringCondition('title', 'title', f.title));
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    return parts;
  }) as SourceWhere;
}

export const SOURCE_ORDER_FIELDS = {
  CODE: 'code',
  TITLE: 'title',
  KIND: 'kind',
  PUBLISHER: 'publisher',
  PUBLISHED_ON: 'publishedOn',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type SourceOrderField = keyof typeof SOURCE_ORDER_FIELDS;

export function sourceOrder(orderBy: OrderInput<SourceOrderField>): SourceOrder {
  return orderFrom(SOURCE_ORDER_FIELDS, orderBy, 'CODE') as SourceOrder;
}
