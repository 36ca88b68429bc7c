/** A program and the sub-programs under it, as the program tree shows them. */
export interface ProgramNode<R> {
  record: R;
  children: ProgramNode<R>[];
}

type TreeRecord = { id: string; parentId: string | null };

/**
 * The programs as a forest, each parent's children in the order given (the list's order, by name). A
 * program whose parent is not among the records (filtered out, or on a page not read) stands at the top,
 * so a search still shows every match. A cycle cannot come from the API (it refuses one); if the records
 * held one anyway, its programs would stand at the top rather than vanish.
 */
export function programForest<R extends TreeRecord>(records: readonly R[]): ProgramNode<R>[] {
  const nodes = new Map(records.map((record) => [record.id, { record, children: [] } as ProgramNode<R>]));
  const roots: ProgramNode<R>[] = [];
  for (const node of nodes.values()) {
    const parent = node.record.parentId ? nodes.get(node.record.parentId) : undefined;
    if (parent && !descendsFrom(parent, node, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `candidate` sits below `node` through parent links (which would make a loop). */
function descendsFrom<R extends TreeRecord>(
  candidate: ProgramNode<R>,
  node: ProgramNode<R>,
  nodes: Map<string, ProgramNode<R>>,
): boolean {
  const seen = new Set<string>();
  for (let at: ProgramNode<R> | undefined = candidate; at; ) {
    if (at === node) return true;
    if (seen.has(at.record.id)) return false;
    seen.add(at.record.id);
    at = at.record.parentId ? nodes.get(at.record.parentId) : undefined;
  }
  return false;
}
