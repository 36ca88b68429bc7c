import type { BoundingBox, Visibility, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import { type Dictionary, raw } from '@mikro-orm/core';
import { decodeId } from '../../graphql/common.js';
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
import type { ZoneOrder, ZoneWhere } from './zone.repository.js';

export interface ZoneFilterInput extends Combinable<ZoneFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  kind?: CodeFilterInput<ZoneKind> | null;
  status?: CodeFilterInput<ZoneStatus> | null;
  visibility?: CodeFilterInput<Visibility> | null;
  parent?: IdFilterInput | null;
  within?: string | number | null;
  withinBox?: BoundingBox | null;
  /** What prepareZoneFilter found for `withinBox`: never sent by a client. */
  withinBoxIds?: string[] | null;
}

/**
 * SQL for "the zone and every zone nested under it", as a recursive CTE that SQLite and
 * PostgreSQL both run. `union` (not `union all`) stops even on a loop in bad data. Other modules
 * use it for "facilities in a zone, sub-zones included": pass the column holding the zone id.
 * Raw SQL passes the request's visibility filters by, so `publicOnly` says whether the walk may
 * only go through public zones (for a caller who sees only those): a hidden zone then neither
 * matches nor carries its sub-zones in, exactly as if it were not there.
 */
export function zoneSubtreeCondition(column: string, zoneId: string, publicOnly = false): Dictionary {
  const visible = publicOnly ? " and visibility = 'PUBLIC'" : '';
  const visibleZ = publicOnly ? " where z.visibility = 'PUBLIC'" : '';
  return {
    [raw(
      (alias: string) =>
        `${alias}.${column} in (with recursive subtree(id) as (select id from zone where id = ?${visible} ` +
        `union select z.id from zone z join subtree s on z.parent_id = s.id${visibleZ}) select id from subtree)`,
      [zoneId],
    )]: [],
  };
}

export function zoneWhere(filter: ZoneFilterInput | null | undefined, publicOnly = false): ZoneWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['name_ko', 'name_en', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Zone', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    if (f.status) parts.push({ status: codeCondition(f.status) });
    if (f.visibility) parts.push({ visibility: codeCondition(f.visibility) });
    if (f.parent) parts.push({ parent: idCondition(f.parent, 'Zone', 'filter.parent') });
    if (f.within != null)
      parts.push(zoneSubtreeCondition('id', decodeId(f.within, 'Zone', 'filter.within'), publicOnly));
    if (f.withinBox) {
      const ids = f.withinBoxIds ?? [];
      parts.push(ids.length ? { id: { $in: ids } } : { [raw(() => '1 = 0')]: [] });
    }
    return parts;
  }) as ZoneWhere;
}

export const ZONE_ORDER_FIELDS = {
  CODE: 'code',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  KIND: 'kind',
  STATUS: 'status',
  DESIGNATED_ON: 'designatedOn',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type ZoneOrderField = keyof typeof ZONE_ORDER_FIELDS;

export function zoneOrder(orderBy: OrderInput<ZoneOrderField>): ZoneOrder {
  return orderFrom(ZONE_ORDER_FIELDS, orderBy, 'CODE') as ZoneOrder;
}
