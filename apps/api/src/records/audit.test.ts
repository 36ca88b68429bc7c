import { describe, expect, it } from 'vitest';
import { diffValues } from './audit.js';

describe('diffValues', () => {
  it('lists changed fields by path, nested objects included', () => {
    expect(
      diffValues(
        { code: 'A', name: { ko: '가', en: null }, progress: 10, sourceIds: ['x'] },
        { code: 'A', name: { ko: '가', en: 'Ga' }, progress: 20, sourceIds: ['x', 'y'] },
      ),
    ).toEqual([
      { field: 'name.en', before: null, after: 'Ga' },
      { field: 'progress', before: 10, after: 20 },
      { field: 'sourceIds', before: ['x'], after: ['x', 'y'] },
    ]);
  });

  it('treats creation and deletion as every field changing from or to nothing', () => {
    expect(diffValues(null, { code: 'A' })).toEqual([{ field: 'code', before: null, after: 'A' }]);
    expect(diffValues({ code: 'A' }, null)).toEqual([{ field: 'code', before: 'A', after: null }]);
    expect(diffValues({ code: 'A' }, { code: 'A' })).toEqual([]);
  });
});
