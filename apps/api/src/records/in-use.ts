import { type EntityManager, type FilterQuery, ReferenceKind } from '@mikro-orm/core';
import type { StoreIssue } from './record-writes.js';

/**
 * Records of another kind that point at the one being deleted, named by entity and property
 * (`{ as: 'indicators', entity: 'Indicator', property: 'subjectProgram' }`). Named, not imported:
 * the module being deleted from need not know the modules that refer to it, and the ORM's metadata
 * checks every name, so a renamed relation fails loudly instead of counting nothing.
 */
export interface Referrer {
  /** How the refusal names these records, e.g. `indicators` or `Facility`. */
  as: string;
  entity: string;
  property: string;
}

/** How many records of each kind point at `id`; one query after another (a transaction holds one connection). */
export async function countReferrers(
  em: EntityManager,
  referrers: readonly Referrer[],
  id: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { as, entity, property } of referrers) {
    const prop = em
      .getMetadata()
      .find(entity)
      ?.props.find((candidate) => candidate.name === property);
    if (!prop || prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      throw new Error(`${entity}.${property} is not a relation the in-use check can count`);
    }
    const count = await em.count(entity, { [property]: id } as FilterQuery<object>);
    counts[as] = (counts[as] ?? 0) + count;
  }
  return counts;
}

/**
 * The one delete check for records others depend on: HAS_CHILDREN when it has children, IN_USE
 * naming every kind that still refers to it (`indicators 2, facilities 1`). Empty when it may go.
 */
export function deleteBlockers(children: number, uses: Readonly<Record<string, number>>): StoreIssue[] {
  const issues: StoreIssue[] = [];
  if (children > 0) issues.push({ field: 'id', code: 'HAS_CHILDREN', params: { count: children } });
  const inUse = Object.entries(uses).filter(([, count]) => count > 0);
  if (inUse.length > 0) {
    issues.push({
      field: 'id',
      code: 'IN_USE',
      params: {
        count: inUse.reduce((sum, [, count]) => sum + count, 0),
        what: inUse.map(([kind, count]) => `${kind} ${count}`).join(', '),
      },
    });
  }
  return issues;
}
