/**
 * Records that nest (programs, zones, organisations) must never become their own ancestor.
 * The caller supplies how to find a record's parent; this walks up from the proposed parent and
 * answers whether the record itself is on the way. Works with a map in memory or a loader over
 * stored rows alike.
 */
export type ParentOf = (id: string) => string | null | undefined;

export type HierarchyCheck = { ok: true } | { ok: false; reason: 'SELF_REFERENCE' | 'CYCLE'; path: string[] };

export function checkParent(
  id: string | null,
  proposedParent: string | null,
  parentOf: ParentOf,
): HierarchyCheck {
  if (proposedParent === null || id === null) return { ok: true };
  if (proposedParent === id) return { ok: false, reason: 'SELF_REFERENCE', path: [id, id] };
  const path = [id, proposedParent];
  const seen = new Set<string>(path);
  let current: string | null | undefined = parentOf(proposedParent);
  while (current) {
    path.push(current);
    if (current === id) return { ok: false, reason: 'CYCLE', path };
    // An existing loop above us is not ours to report here, but must not hang us either.
    if (seen.has(current)) return { ok: true };
    seen.add(current);
    current = parentOf(current);
  }
  return { ok: true };
}

/** Every ancestor of a record, nearest first. */
export function ancestorsOf(id: string, parentOf: ParentOf): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let current = parentOf(id);
  while (current && !seen.has(current)) {
    out.push(current);
    seen.add(current);
    current = parentOf(current);
  }
  return out;
}
