import { describe, expect, it } from 'vitest';
import { programForest } from './programForest';

const p = (id: string, parentId: string | null = null) => ({ id, parentId });
const shape = (nodes: ReturnType<typeof programForest>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.record.id]: shape(n.children) } : n.record.id));

describe('programForest', () => {
  it('puts each sub-program under its parent, keeping the given order', () => {
    const forest = programForest([
      p('jobs'),
      p('ai'),
      p('ggm', 'jobs'),
      p('academy', 'ai'),
      p('plant', 'ggm'),
    ]);
    expect(shape(forest)).toEqual([{ jobs: [{ ggm: ['plant'] }] }, { ai: ['academy'] }]);
  });

  it('shows a program whose parent is not among the rows at the top', () => {
    expect(shape(programForest([p('ggm', 'jobs'), p('plant', 'ggm')]))).toEqual([{ ggm: ['plant'] }]);
  });

  it('keeps every program of a loop at the top rather than losing them', () => {
    const forest = programForest([p('a', 'b'), p('b', 'a')]);
    const ids = forest.flatMap((n) => [n.record.id, ...n.children.map((c) => c.record.id)]);
    expect(ids.sort()).toEqual(['a', 'b']);
  });
});
