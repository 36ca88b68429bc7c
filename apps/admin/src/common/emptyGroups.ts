/** Helpers that turn a form's half-empty nested groups into what the domain schemas read. */

export const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** `{ ko: '', en: '' }` (two empty inputs) is no text at all. */
export function blankTextToNull(value: unknown): unknown {
  if (!value || typeof value !== 'object') return isBlank(value) ? null : value;
  const { ko, en } = value as { ko?: unknown; en?: unknown };
  return isBlank(ko) && isBlank(en) ? null : value;
}

/** A group whose every leaf is empty is not given: `{ value: null, unit: '' }` → null. */
export function emptyGroupToNull<T>(value: T): T | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return isBlank(value) ? null : value;
  const leaves = Object.values(value as Record<string, unknown>).map((v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? emptyGroupToNull(v) : v,
  );
  return leaves.every(isBlank) ? null : value;
}
