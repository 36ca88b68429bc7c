import type { BoundingBox, FacilityKind, FacilityStatus, Near, Visibility } from '@bitgoeul/domain';
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
import { zoneSubtreeCondition } from '../zones/ref.js';
import type { FacilityOrder, FacilityWhere } from './facility.repository.js';

export interface FacilityFilterInput extends Combinable<FacilityFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  kind?: CodeFilterInput<FacilityKind> | null;
  status?: CodeFilterInput<FacilityStatus> | null;
  visibility?: CodeFilterInput<Visibility> | null;
  zone?: IdFilterInput | null;
  zoneWithin?: string | number | null;
  operator?: IdFilterInput | null;
  program?: IdFilterInput | null;
  withinBox?: BoundingBox | null;
  near?: Near | null;
  insideZone?: string | number | null;
  /** What prepareFacilityFilter found for `near` and `insideZone`: never sent by a client. */
  nearIds?: string[] | null;
  insideZoneIds?: string[] | null;
}

const idsCondition = (ids: string[]): Dictionary =>
  ids.length ? { id: { $in: ids } } : { [raw(() => '1 = 0')]: [] };

/**
 * Facilities linked to programs. A subquery on the link table rather than a join, so a facility in
 * two of the asked programs is still one row (and counts once).
 */
function programCondition(filter: IdFilterInput): Dictionary[] {
  const parts: Dictionary[] = [];
  const linked = (ids: string[]) => {
    const sql = (alias: string) =>
      `${alias}.id in (select facility_id from facility_program where program_id in (${ids.map(() => '?').join(', ')}))`;
    return ids.length ? { [raw(sql, ids)]: [] } : { [raw(() => '1 = 0')]: [] };
  };
  if (filter.eq != null) parts.push(linked([decodeId(filter.eq, 'Program', 'filter.program')]));
  if (filter.in != null) parts.push(linked(filter.in.map((id) => decodeId(id, 'Program', 'filter.program'))));
  if (filter.isNull != null) {
    const none = (alias: string) =>
      `${filter.isNull ? 'not ' : ''}exists (select 1 from facility_program fp where fp.facility_id = ${alias}.id)`;
    parts.push({ [raw(none)]: [] });
  }
  return parts;
}

/**
 * SQL compares NULL to nothing, so `not: { zone: { eq: X } }` would drop the facilities without a
 * zone. Saying "and it has one" first makes the condition plainly false for them, and `not` true.
 */
function nullSafe(property: string, filter: IdFilterInput, condition: Dictionary): Dictionary {
  if (filter.eq == null && filter.in == null) return condition;
  return { $and: [{ [property]: { $ne: null } }, condition] };
}

export function facilityWhere(
  filter: FacilityFilterInput | null | undefined,
  publicOnly = false,
): FacilityWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['name_ko', 'name_en', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Facility', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.kind) parts.push({ kind: codeCondition(f.kind) });
    if (f.status) parts.push({ status: codeCondition(f.status) });
    if (f.visibility) parts.push({ visibility: codeCondition(f.visibility) });
    if (f.zone) parts.push(nullSafe('zone', f.zone, { zone: idCondition(f.zone, 'Zone', 'filter.zone') }));
    if (f.zoneWithin != null) {
      // The zone module owns the walk down its tree (a recursive CTE both databases run).
      const zoneId = decodeId(f.zoneWithin, 'Zone', 'filter.zoneWithin');
      const subtree = zoneSubtreeCondition('zone_id', zoneId, publicOnly);
      parts.push(nullSafe('zone', { eq: f.zoneWithin }, subtree));
    }
    if (f.operator) {
      const operator = { operator: idCondition(f.operator, 'Organisation', 'filter.operator') };
      parts.push(nullSafe('operator', f.operator, operator));
    }
    if (f.program) parts.push(...programCondition(f.program));
    const box = f.withinBox;
    if (box) {
      parts.push({
        longitude: { $gte: box.west, $lte: box.east },
        latitude: { $gte: box.south, $lte: box.north },
      });
    }
    if (f.near) parts.push(idsCondition(f.nearIds ?? []));
    if (f.insideZone != null) parts.push(idsCondition(f.insideZoneIds ?? []));
    return parts;
  }) as FacilityWhere;
}

export const FACILITY_ORDER_FIELDS = {
  CODE: 'code',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  KIND: 'kind',
  STATUS: 'status',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type FacilityOrderField = keyof typeof FACILITY_ORDER_FIELDS;

export function facilityOrder(orderBy: OrderInput<FacilityOrderField>): FacilityOrder {
  return orderFrom(FACILITY_ORDER_FIELDS, orderBy, 'CODE') as FacilityOrder;
}
