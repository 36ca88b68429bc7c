import type { SortPayload } from 'react-admin';

/**
 * How one react-admin filter value becomes part of the API's `XFilter`: `undefined` means "no condition"
 * (an empty search box, a cleared select), so nothing empty is ever sent.
 */
export type FilterRule = (value: unknown) => Record<string, unknown> | undefined;

const nonEmptyStrings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');

/** The search box: a case-insensitive part of the Korean or English name (or the code), trimmed. */
export const search =
  (field = 'search'): FilterRule =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' ? { [field]: value.trim() } : undefined;

/** A code-list select: one code becomes `eq`, several (a multi-select) `in`. */
export const code =
  (field: string): FilterRule =>
  (value) => {
    const codes = nonEmptyStrings(value);
    if (codes.length === 0) return undefined;
    return { [field]: Array.isArray(value) ? { in: codes } : { eq: codes[0] } };
  };

/** A relation by global id: one id `eq`, several `in`, and `null` asks for records without one. */
export const id =
  (field: string): FilterRule =>
  (value) => {
    if (value === null) return { [field]: { isNull: true } };
    const ids = nonEmptyStrings(value);
    if (ids.length === 0) return undefined;
    return { [field]: Array.isArray(value) ? { in: ids } : { eq: ids[0] } };
  };

/** Leaves records out by id (a parent picker must not offer the record being edited). */
export const excludeIds = (): FilterRule => (value) => {
  const ids = nonEmptyStrings(value);
  return ids.length ? { not: { id: { in: ids } } } : undefined;
};

/** A value the API takes as it is (a date, a global id, a boolean); empty means no condition. */
export const value =
  (field: string): FilterRule =>
  (v) =>
    v === undefined || v === null || v === '' ? undefined : { [field]: v };

/** One end of a range on a date or a number: `{ plannedStart: { gte } }`. */
export const range =
  (field: string, operator: 'gt' | 'gte' | 'lt' | 'lte'): FilterRule =>
  (value) =>
    value === undefined || value === null || value === '' ? undefined : { [field]: { [operator]: value } };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * react-admin filter values → `XFilter`. A key no rule knows is refused before any request, rather than
 * silently ignored (a list that claims a filter it does not apply misleads). Two rules on the same field
 * (the two ends of a date range) merge.
 */
export function toFilter(
  rules: Readonly<Record<string, FilterRule>>,
  filter: Record<string, unknown> | undefined,
  plural: string,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const unknown = Object.keys(filter ?? {}).filter((key) => !rules[key]);
  if (unknown.length) throw new Error(`${plural} cannot be filtered by ${unknown.join(', ')}`);
  for (const [key, value] of Object.entries(filter ?? {})) {
    const part = rules[key]!(value);
    for (const [field, condition] of Object.entries(part ?? {})) {
      const earlier = out[field];
      out[field] =
        isPlainObject(earlier) && isPlainObject(condition) ? { ...earlier, ...condition } : condition;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * react-admin sorts by `id` when a view names no sort (ReferenceInput, ReferenceManyField). Global ids
 * have no meaningful order, so that case gets the server's default order instead of an error.
 */
export function toOrderBy(
  orderFields: Readonly<Record<string, string>>,
  sort: SortPayload | undefined,
  plural: string,
): { field: string; direction: 'ASC' | 'DESC' }[] | undefined {
  if (!sort?.field || sort.field === 'id') return undefined;
  const field = orderFields[sort.field];
  if (!field) throw new Error(`${plural} cannot be sorted by "${sort.field}"`);
  return [{ field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}
