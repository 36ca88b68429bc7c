import type { ProgramArea, ProgramStatus, Visibility } from '@bitgoeul/domain';
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
import type { ProgramOrder, ProgramWhere } from './program.repository.js';

export interface ProgramFilterInput extends Combinable<ProgramFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  area?: CodeFilterInput<ProgramArea> | null;
  status?: CodeFilterInput<ProgramStatus> | null;
  visibility?: CodeFilterInput<Visibility> | null;
  parent?: IdFilterInput | null;
}

export function programWhere(filter: ProgramFilterInput | null | undefined): ProgramWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['name_ko', 'name_en', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Program', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.area) parts.push({ area: codeCondition(f.area) });
    if (f.status) parts.push({ status: codeCondition(f.status) });
    if (f.visibility) parts.push({ visibility: codeCondition(f.visibility) });
    if (f.parent) parts.push({ parent: idCondition(f.parent, 'Program', 'filter.parent') });
    return parts;
  }) as ProgramWhere;
}

export const PROGRAM_ORDER_FIELDS = {
  CODE: 'code',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  AREA: 'area',
  STATUS: 'status',
  PROGRESS: 'progress',
  PLANNED_START: 'plannedStart',
  PLANNED_END: 'plannedEnd',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type ProgramOrderField = keyof typeof PROGRAM_ORDER_FIELDS;

export function programOrder(orderBy: OrderInput<ProgramOrderField>): ProgramOrder {
  return orderFrom(PROGRAM_ORDER_FIELDS, orderBy, 'CODE') as ProgramOrder;
}
