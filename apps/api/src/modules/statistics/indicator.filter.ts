import type { Aggregation, Frequency, IndicatorUnit, SubjectType, Visibility } from '@bitgoeul/domain';
import type { Dictionary } from '@mikro-orm/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from '../../graphql/errors.js';
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
import type { IndicatorOrder, IndicatorWhere } from './indicator.repository.js';

export interface IndicatorFilterInput extends Combinable<IndicatorFilterInput> {
  search?: string | null;
  id?: IdFilterInput | null;
  code?: StringFilterInput | null;
  unit?: CodeFilterInput<IndicatorUnit> | null;
  frequency?: CodeFilterInput<Frequency> | null;
  aggregation?: CodeFilterInput<Aggregation> | null;
  subjectType?: CodeFilterInput<SubjectType> | null;
  subject?: IdFilterInput | null;
  visibility?: CodeFilterInput<Visibility> | null;
}

const SUBJECT_COLUMNS: Record<string, string> = {
  Program: 'subjectProgram',
  Zone: 'subjectZone',
  Facility: 'subjectFacility',
  Organisation: 'subjectOrganisation',
};

/** The subject column a global id points into, and the raw key. */
function decodeSubjectId(globalId: string | number, field: string): [string, string] {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    // reported below
  }
  const column = decoded && SUBJECT_COLUMNS[decoded.typename];
  if (!decoded || !column) {
    throw badInput(`${field}: "${globalId}" is not the id of a program, zone, facility or organisation`, {
      field,
    });
  }
  return [column, decoded.id];
}

/** Any of these subjects, whatever their types: one condition per subject column. */
function anySubject(ids: readonly (string | number)[], field: (i: number) => string): Dictionary {
  const byColumn = new Map<string, string[]>();
  ids.forEach((id, i) => {
    const [column, key] = decodeSubjectId(id, field(i));
    byColumn.set(column, [...(byColumn.get(column) ?? []), key]);
  });
  const any = [...byColumn].map(([column, keys]) => ({ [column]: { $in: keys } }));
  return any.length ? { $or: any } : { id: { $in: [] } };
}

function subjectCondition(filter: IdFilterInput): Dictionary[] {
  const parts: Dictionary[] = [];
  if (filter.eq != null) parts.push(anySubject([filter.eq], () => 'filter.subject.eq'));
  if (filter.in != null) parts.push(anySubject(filter.in, (i) => `filter.subject.in.${i}`));
  // Every indicator has a subject, so only "is null" narrows anything (to nothing).
  if (filter.isNull) parts.push({ id: { $in: [] } });
  return parts;
}

export function indicatorWhere(filter: IndicatorFilterInput | null | undefined): IndicatorWhere {
  return combineFilter(filter, (f) => {
    const parts: Dictionary[] = [];
    const term = f.search?.trim();
    if (term) {
      parts.push({ $or: ['name_ko', 'name_en', 'code'].map((column) => containsCondition(column, term)) });
    }
    if (f.id) parts.push({ id: idCondition(f.id, 'Indicator', 'filter.id') });
    if (f.code) parts.push(...stringCondition('code', 'code', f.code));
    if (f.unit) parts.push({ unit: codeCondition(f.unit) });
    if (f.frequency) parts.push({ frequency: codeCondition(f.frequency) });
    if (f.aggregation) parts.push({ aggregation: codeCondition(f.aggregation) });
    if (f.subjectType) parts.push({ subjectType: codeCondition(f.subjectType) });
    if (f.subject) parts.push(...subjectCondition(f.subject));
    if (f.visibility) parts.push({ visibility: codeCondition(f.visibility) });
    return parts;
  }) as IndicatorWhere;
}

export const INDICATOR_ORDER_FIELDS = {
  CODE: 'code',
  NAME_KO: 'nameKo',
  NAME_EN: 'nameEn',
  UNIT: 'unit',
  FREQUENCY: 'frequency',
  SUBJECT_TYPE: 'subjectType',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;
export type IndicatorOrderField = keyof typeof INDICATOR_ORDER_FIELDS;

export function indicatorOrder(orderBy: OrderInput<IndicatorOrderField>): IndicatorOrder {
  return orderFrom(INDICATOR_ORDER_FIELDS, orderBy, 'CODE') as IndicatorOrder;
}
