import { type Dictionary, raw } from '@mikro-orm/core';
import { decodeId } from './common.js';
import { badInput } from './errors.js';

/** How deep `and` / `or` / `not` may nest, so that one request cannot build an unbounded query. */
export const FILTER_MAX_DEPTH = 5;

export interface IdFilterInput {
  eq?: string | number | null;
  in?: readonly (string | number)[] | null;
  isNull?: boolean | null;
}
export interface StringFilterInput {
  eq?: string | null;
  in?: readonly string[] | null;
  contains?: string | null;
}
export interface CodeFilterInput<C extends string> {
  eq?: C | null;
  in?: readonly C[] | null;
}
export interface Combinable<F> {
  and?: readonly F[] | null;
  or?: readonly F[] | null;
  not?: F | null;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive substring match on a column, written the same for SQLite and PostgreSQL
 * (SQLite has no ILIKE and no default LIKE escape character, so both are spelled out).
 */
export function containsCondition(column: string, term: string): Dictionary {
  return {
    [raw((alias: string) => `lower(${alias}.${column}) like lower(?) escape '\\'`, [likePattern(term)])]: [],
  };
}

export function idCondition(filter: IdFilterInput, typename: string, field: string) {
  const out: Dictionary = {};
  if (filter.eq != null) out.$eq = decodeId(filter.eq, typename, field);
  if (filter.in != null) out.$in = filter.in.map((id) => decodeId(id, typename, field));
  if (filter.isNull != null) out[filter.isNull ? '$eq' : '$ne'] = null;
  return out;
}

/** Conditions on one string column; `contains` needs the column's name because it is raw SQL. */
export function stringCondition(property: string, column: string, filter: StringFilterInput): Dictionary[] {
  const parts: Dictionary[] = [];
  const exact = exactStringCondition(filter);
  if (Object.keys(exact).length) parts.push({ [property]: exact });
  if (filter.contains != null) parts.push(containsCondition(column, filter.contains));
  return parts;
}

function exactStringCondition(filter: StringFilterInput) {
  const out: Dictionary = {};
  if (filter.eq != null) out.$eq = filter.eq;
  if (filter.in != null) out.$in = [...filter.in];
  return out;
}

export function codeCondition<C extends string>(filter: CodeFilterInput<C>) {
  const out: Dictionary = {};
  if (filter.eq != null) out.$eq = filter.eq;
  if (filter.in != null) out.$in = [...filter.in];
  return out;
}

/**
 * Turns a filter tree into a MikroORM query: the entity's own fields through `fields`, and the
 * boolean combinators the same way for every connection.
 */
export function combineFilter<F extends Combinable<F>>(
  filter: F | null | undefined,
  fields: (filter: F) => Dictionary[],
  depth = 0,
): Dictionary {
  if (!filter) return {};
  if (depth >= FILTER_MAX_DEPTH) {
    throw badInput(`filter nests and/or/not deeper than ${FILTER_MAX_DEPTH} levels`, {
      limit: FILTER_MAX_DEPTH,
    });
  }
  const parts = fields(filter).filter((part) => Object.keys(part).length > 0);
  if (filter.and?.length) parts.push({ $and: filter.and.map((f) => combineFilter(f, fields, depth + 1)) });
  if (filter.or?.length) parts.push({ $or: filter.or.map((f) => combineFilter(f, fields, depth + 1)) });
  if (filter.not) parts.push({ $not: combineFilter(filter.not, fields, depth + 1) });
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0]! : { $and: parts };
}

export type OrderInput<F extends string> =
  | readonly { field: F; direction?: 'ASC' | 'DESC' | null }[]
  | null
  | undefined;

/**
 * The asked order (or `fallback`), then the id, so that pages never overlap or skip a row when
 * values tie. Missing values sort last both ways, on SQLite and PostgreSQL alike.
 */
export function orderFrom<F extends string>(
  fields: Readonly<Record<F, string>>,
  orderBy: OrderInput<F>,
  fallback: F,
): Dictionary[] {
  const order: Dictionary[] = (orderBy?.length ? orderBy : [{ field: fallback }]).map((o) => ({
    [fields[o.field]]: o.direction === 'DESC' ? 'desc nulls last' : 'asc nulls last',
  }));
  order.push({ id: 'asc' });
  return order;
}
