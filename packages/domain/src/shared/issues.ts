import type { CodeList } from './code-list.js';
import { checkParent, type ParentOf } from './hierarchy.js';
import type { ValidationIssue } from './validation.js';

/**
 * Params that carry a code and its label in both languages (`from`, `fromKo`, `fromEn`), so the
 * existing message templates can show each reader a label in their own language without the
 * formatter knowing about code lists.
 */
export function labelParams<C extends string>(
  list: CodeList<C>,
  code: C,
  name: string,
): Record<string, string> {
  return { [name]: code, [`${name}Ko`]: list.label(code, 'ko'), [`${name}En`]: list.label(code, 'en') };
}

/**
 * The hierarchy check (zones, organisations, programs) in the shape an API returns as a user error.
 * `null` means the parent is acceptable.
 */
export function checkParentIssue(
  id: string | null,
  proposedParent: string | null,
  parentOf: ParentOf,
  field = 'parentId',
): ValidationIssue | null {
  const result = checkParent(id, proposedParent, parentOf);
  if (result.ok) return null;
  return { field, code: result.reason, params: { path: result.path.join(' → ') } };
}
