import { describe, expect, it } from 'vitest';
import { asOf, type VintageRecord } from '../statistics/vintage.js';
import { migrationState } from './migration.js';
import { isPubliclyVisible, publicVersionAt } from './public-version.js';

describe('migrationState', () => {
  it('publishes PUBLIC data as of its recorded time', () => {
    expect(migrationState({ visibility: 'PUBLIC', recordedAt: '2021-06-01T09:00:00+09:00' })).toEqual({
      state: 'PUBLISHED',
      publishedAt: '2021-06-01T00:00:00.000Z',
      releaseAt: '2021-06-01T00:00:00.000Z',
      withdrawnAt: null,
      publishedBy: null,
    });
  });

  it('keeps INTERNAL data a draft that was never published', () => {
    const internal = migrationState({ visibility: 'INTERNAL', recordedAt: '2021-06-01T09:00:00+09:00' });
    expect(internal).toEqual({
      state: 'DRAFT',
      publishedAt: null,
      releaseAt: null,
      withdrawnAt: null,
      publishedBy: null,
    });
    expect(isPubliclyVisible({ ...internal, visibility: 'INTERNAL' }, '2030-01-01')).toBe(false);
  });

  it('marks a figure that was taken down without a successor as withdrawn then', () => {
    expect(
      migrationState({
        visibility: 'PUBLIC',
        recordedAt: '2021-06-01T09:00:00+09:00',
        withdrawnAt: '2021-08-01T09:00:00+09:00',
      }),
    ).toMatchObject({ state: 'WITHDRAWN', withdrawnAt: '2021-08-01T00:00:00.000Z' });
  });

  // The births figures of statistics/vintage.test.ts: provisional, then corrected on 15 July.
  const first: VintageRecord & { value: string } = {
    indicatorId: 'births',
    period: '2021-01/2021-04',
    value: '2769',
    vintage: 1,
    recordedAt: '2021-06-01T09:00:00+09:00',
    supersededAt: '2021-07-15T10:00:00+09:00',
  };
  const corrected: VintageRecord & { value: string } = {
    indicatorId: 'births',
    period: '2021-01/2021-04',
    value: '2771',
    vintage: 2,
    recordedAt: '2021-07-15T10:00:00+09:00',
    supersededAt: null,
  };
  const migrated = [first, corrected].map((v) => ({
    ...v,
    ...migrationState({ visibility: 'PUBLIC', recordedAt: v.recordedAt }),
  }));

  it.each([
    '2021-05-31',
    '2021-06-01T08:59:59.999+09:00',
    '2021-06-01T09:00:00+09:00',
    '2021-06-30',
    '2021-07-15T09:59:59.999+09:00',
    '2021-07-15T10:00:00+09:00',
    '2021-07-15',
    '2022-01-01',
  ])('answers an anonymous as-of %s as the old rules did', (at) => {
    const before = asOf([first, corrected], at)[0]?.value ?? null;
    expect(publicVersionAt(migrated, at)?.value ?? null).toBe(before);
  });
});
