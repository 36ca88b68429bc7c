import type { MilestoneKind } from '@bitgoeul/domain';
import { type Dictionary, raw } from '@mikro-orm/core';
import {
  type CodeFilterInput,
  type Combinable,
  codeCondition,
  combineFilter,
  type IdFilterInput,
  idCondition,
} from '../../graphql/filters.js';
import type { MilestoneOrder, MilestoneWhere } from './milestone.repository.js';

export interface MilestoneFilterInput extends Combinable<MilestoneFilterInput> {
  id?: IdFilterInput | null;
  facility?: IdFilterInput | null;
  program?: IdFilterInput | null;
  kind?: CodeFilterInput<MilestoneKind> | null;
  happened?: boolean | null;
}

export function milestoneWhere(filter: MilestoneFilterInput | null | undefined): MilestoneWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    if (f.id) parts.push({ id: idCondition(f.id, 'Milestone', 'filter.id') });
    if (f.facility) parts.push({ facility: idCondition(f.facility, 'Facility', 'filter.facility') });
    if (f.program) parts.push({ program: idCondition(f.program, 'Program', 'filter.program') });
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    if (f.happened != null) parts.push({ actualOn: f.happened ? { $ne: null } : { $eq: null } });
    return parts;
  }) as MilestoneWhere;
}

export const MILESTONE_ORDER_FIELDS = {
  DATE: null,
  PLANNED_ON: 'plannedOn',
  ACTUAL_ON: 'actualOn',
  KIND: 'kind',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type MilestoneOrderField = keyof typeof MILESTONE_ORDER_FIELDS;

/**
 * The asked order, then the id. DATE is the timeline's order: the actual date once a step has
 * happened, otherwise the planned one (the same rule as `byDate`).
 */
export function milestoneOrder(
  orderBy: readonly { field: MilestoneOrderField; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
): MilestoneOrder {
  const order = (orderBy?.length ? orderBy : [{ field: 'DATE' as const }]).map((o) => {
    const direction = o.direction === 'DESC' ? 'desc nulls last' : 'asc nulls last';
    const property = MILESTONE_ORDER_FIELDS[o.field];
    const key =
      property ?? raw((alias: string) => `coalesce(${alias}.actual_on, ${alias}.planned_on)`).toString();
    return { [key]: direction };
  }) as MilestoneOrder;
  order.push({ id: 'asc' });
  return order;
}
