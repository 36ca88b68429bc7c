import { describe, expect, it } from 'vitest';
import { blankTextToNull, emptyGroupToNull } from './emptyGroups';

describe('empty form groups', () => {
  it('read two blank languages as no text, and keep any text given', () => {
    expect(blankTextToNull({ ko: ' ', en: '' })).toBeNull();
    expect(blankTextToNull({ ko: '', en: 'x' })).toEqual({ ko: '', en: 'x' });
    expect(blankTextToNull(undefined)).toBeNull();
  });

  it('read a group of empty inputs as not given, and keep a half-filled one for the schema to judge', () => {
    expect(emptyGroupToNull({ value: null, unit: '' })).toBeNull();
    expect(emptyGroupToNull({ coordinates: { lat: null, lon: null }, precision: '' })).toBeNull();
    expect(emptyGroupToNull({ lat: 35.1, lon: null })).toEqual({ lat: 35.1, lon: null });
  });
});
