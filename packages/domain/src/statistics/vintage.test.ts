import { describe, expect, it } from 'vitest';
import {
  asOf,
  checkSingleCurrentVintage,
  currentVintage,
  supersede,
  type VintageRecord,
  vintagesOf,
  wasKnownAt,
} from './vintage.js';

interface Obs extends VintageRecord {
  value: string;
}

// Births Jan–Apr: first reported provisionally, then corrected; a second indicator alongside.
const first: Obs = {
  id: 'o1',
  indicatorId: 'births',
  period: '2021-01/2021-04',
  value: '2769',
  recordedAt: '2021-06-01T09:00:00+09:00',
  supersededAt: '2021-07-15T10:00:00+09:00',
};
const corrected: Obs = {
  id: 'o2',
  indicatorId: 'births',
  period: '2021-01/2021-04',
  value: '2771',
  recordedAt: '2021-07-15T10:00:00+09:00',
  supersededAt: null,
};
const jobs: Obs = {
  id: 'o3',
  indicatorId: 'ggm-jobs',
  period: '2021',
  value: '530',
  recordedAt: '2021-06-01T00:00:00Z',
  supersededAt: null,
};
const all = [corrected, jobs, first];

describe('asOf', () => {
  it('returns what was known on a date', () => {
    expect(asOf(all, '2021-06-30').map((o) => o.value)).toEqual(['2769', '530']);
    expect(asOf(all, '2021-07-31').map((o) => o.value)).toEqual(['2771', '530']);
  });

  it('treats a bare date as the end of that day in Seoul', () => {
    // The correction was recorded at 10:00 KST on 15 July: known by the end of that day.
    expect(asOf(all, '2021-07-15').map((o) => o.value)).toEqual(['2771', '530']);
    expect(asOf(all, '2021-07-14').map((o) => o.value)).toEqual(['2769', '530']);
  });

  it('honours exact instants, in any offset', () => {
    expect(asOf(all, '2021-07-15T00:59:59Z').map((o) => o.value)).toEqual(['2769', '530']);
    expect(asOf(all, new Date('2021-07-15T01:00:00Z')).map((o) => o.value)).toEqual(['2771', '530']);
  });

  it('knows nothing before the first recording', () => {
    expect(asOf(all, '2021-05-31')).toEqual([]);
  });

  it('refuses a date that is not one', () => {
    expect(() => asOf(all, 'yesterday')).toThrow(RangeError);
  });
});

describe('currentVintage', () => {
  it('picks the latest, unsuperseded vintage per indicator and period', () => {
    expect(currentVintage(all).map((o) => o.id)).toEqual(['o2', 'o3']);
  });

  it('drops a withdrawn figure and breaks timestamp ties by vintage number', () => {
    const withdrawn = { ...jobs, supersededAt: '2021-08-01T00:00:00Z' };
    expect(currentVintage([first, withdrawn]).map((o) => o.id)).toEqual([]);
    const a = { ...corrected, id: 'a', vintage: 2 };
    const b = { ...corrected, id: 'b', vintage: 3 };
    expect(currentVintage([b, a]).map((o) => o.id)).toEqual(['b']);
  });
});

describe('vintagesOf', () => {
  it('lists every vintage of one figure, oldest first, however the period is spelt', () => {
    expect(vintagesOf(all, 'births', '2021-01 / 2021-04').map((o) => o.value)).toEqual(['2769', '2771']);
  });
});

describe('checkSingleCurrentVintage', () => {
  it('refuses a second current vintage for the same indicator and period', () => {
    const candidate = { ...corrected, id: undefined, value: '2780', recordedAt: '2021-08-01T00:00:00Z' };
    expect(checkSingleCurrentVintage(all, candidate)).toEqual({
      field: 'period',
      code: 'DUPLICATE_VINTAGE',
      params: { period: '2021-01/2021-04', indicatorId: 'births' },
    });
  });

  it('accepts a new period, another indicator, an already superseded row and re-saving the same row', () => {
    expect(checkSingleCurrentVintage(all, { ...corrected, id: 'x', period: '2021-01/2021-05' })).toBeNull();
    expect(checkSingleCurrentVintage(all, { ...corrected, id: 'x', indicatorId: 'deaths' })).toBeNull();
    expect(checkSingleCurrentVintage(all, { ...first, id: 'x' })).toBeNull();
    expect(checkSingleCurrentVintage(all, corrected)).toBeNull();
  });

  it('accepts the correction once the old vintage is superseded', () => {
    const old = { ...corrected, supersededAt: null, recordedAt: '2021-06-01T00:00:00Z' };
    const candidate = { ...corrected, id: 'new', recordedAt: '2021-09-01T00:00:00Z' };
    expect(checkSingleCurrentVintage([old], candidate)?.code).toBe('DUPLICATE_VINTAGE');
    expect(checkSingleCurrentVintage([supersede(old, candidate.recordedAt)], candidate)).toBeNull();
  });
});

describe('supersede and wasKnownAt', () => {
  it('marks a vintage superseded without changing anything else', () => {
    const done = supersede(corrected, '2021-09-01T00:00:00Z');
    expect(done).toEqual({ ...corrected, supersededAt: '2021-09-01T00:00:00Z' });
    expect(corrected.supersededAt).toBeNull();
    expect(wasKnownAt(done, '2021-08-31')).toBe(true);
    expect(wasKnownAt(done, '2021-09-01T00:00:00Z')).toBe(false);
  });

  it('refuses superseding twice or before recording', () => {
    expect(() => supersede(first, '2021-08-01T00:00:00Z')).toThrow('already superseded');
    expect(() => supersede(corrected, '2021-07-01T00:00:00Z')).toThrow('before it was recorded');
  });
});
