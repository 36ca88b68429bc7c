import { describe, expect, it } from 'vitest';
import { ancestorsOf, checkParent } from './hierarchy.js';

// city ← ai ← dc ← lab
const parents = new Map<string, string | null>([
  ['city', null],
  ['ai', 'city'],
  ['dc', 'ai'],
  ['lab', 'dc'],
]);
const parentOf = (id: string) => parents.get(id);

describe('checkParent', () => {
  it('allows a parent outside the record’s own subtree', () => {
    expect(checkParent('lab', 'ai', parentOf)).toEqual({ ok: true });
    expect(checkParent('ai', null, parentOf)).toEqual({ ok: true });
    expect(checkParent(null, 'dc', parentOf)).toEqual({ ok: true });
  });

  it('refuses the record itself', () => {
    expect(checkParent('ai', 'ai', parentOf)).toMatchObject({ ok: false, reason: 'SELF_REFERENCE' });
  });

  it('refuses a descendant, and says through which records the loop would run', () => {
    expect(checkParent('ai', 'lab', parentOf)).toEqual({
      ok: false,
      reason: 'CYCLE',
      path: ['ai', 'lab', 'dc', 'ai'],
    });
  });

  it('terminates on a loop that is already stored above', () => {
    const looped = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(checkParent('x', 'a', (id) => looped.get(id))).toEqual({ ok: true });
  });
});

describe('ancestorsOf', () => {
  it('lists ancestors nearest first', () => {
    expect(ancestorsOf('lab', parentOf)).toEqual(['dc', 'ai', 'city']);
    expect(ancestorsOf('city', parentOf)).toEqual([]);
  });
});
