import { describe, expect, it } from 'vitest';
import { RESOURCES as RECORDS } from './dataProvider/registry';
import { RESOURCES } from './resources';

describe('the admin resources', () => {
  it('are the data provider registry, each record definition once', () => {
    const records = RESOURCES.map((r) => r.record);
    expect(new Set(records).size).toBe(records.length);
    expect([...records].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...RECORDS].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});
