import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import {
  canTransition,
  checkTransition,
  FACILITY_FIELD_LABELS,
  FACILITY_TRANSITIONS,
  FacilityStatus,
  nextStatuses,
  validateFacility,
  validateFacilityUpdate,
} from './facility.js';

const ggm = {
  code: 'GGM-PLANT',
  name: { ko: '광주글로벌모터스 자동차공장', en: 'Gwangju Global Motors plant' },
  kind: 'PLANT',
  status: 'COMPLETED',
  zoneId: 'zone-bitgreen',
  operatorId: 'org-ggm',
  programIds: ['program-gwangju-jobs'],
  location: { address: { ko: '광주광역시 광산구 빛그린산단' } },
};

const FORWARD = ['PLANNED', 'AGREED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'] as const;

describe('the lifecycle table', () => {
  it('has an entry for every status', () => {
    expect(Object.keys(FACILITY_TRANSITIONS).sort()).toEqual([...FacilityStatus.codes].sort());
  });

  it('moves forward one step at a time', () => {
    for (let i = 0; i < FORWARD.length - 1; i++) {
      expect(canTransition(FORWARD[i]!, FORWARD[i + 1]!)).toBe(true);
      for (let j = i + 2; j < FORWARD.length; j++)
        expect(canTransition(FORWARD[i]!, FORWARD[j]!)).toBe(false);
      for (let j = 0; j < i; j++) expect(canTransition(FORWARD[i]!, FORWARD[j]!)).toBe(false);
    }
  });

  it('lets every active step be suspended or closed', () => {
    for (const status of FORWARD) {
      expect(canTransition(status, 'SUSPENDED')).toBe(true);
      expect(canTransition(status, 'CLOSED')).toBe(true);
    }
  });

  it('resumes a suspension to an active step other than COMPLETED', () => {
    expect(nextStatuses('SUSPENDED')).toEqual([
      'PLANNED',
      'AGREED',
      'UNDER_CONSTRUCTION',
      'OPERATING',
      'CLOSED',
    ]);
    expect(canTransition('SUSPENDED', 'COMPLETED')).toBe(false);
  });

  it('makes CLOSED terminal', () => {
    expect(nextStatuses('CLOSED')).toEqual([]);
    for (const status of FacilityStatus.codes) expect(canTransition('CLOSED', status)).toBe(false);
  });

  it('does not count staying put as a transition', () => {
    for (const status of FacilityStatus.codes) expect(canTransition(status, status)).toBe(false);
  });
});

describe('checkTransition', () => {
  it('passes legal moves and unchanged statuses', () => {
    expect(checkTransition('COMPLETED', 'OPERATING')).toBeNull();
    expect(checkTransition('CLOSED', 'CLOSED')).toBeNull();
  });

  it('refuses skipping ahead, with both labels in both languages', () => {
    const issue = checkTransition('PLANNED', 'COMPLETED');
    expect(issue).toEqual({
      field: 'status',
      code: 'ILLEGAL_TRANSITION',
      params: {
        from: 'PLANNED',
        fromKo: '계획',
        fromEn: 'Planned',
        to: 'COMPLETED',
        toKo: '준공',
        toEn: 'Completed',
      },
    });
    expect(formatIssue(issue!, 'ko', FACILITY_FIELD_LABELS)).toBe(
      '상태: 계획에서 준공(으)로 바꿀 수 없습니다.',
    );
  });

  it('refuses reopening a closed facility', () => {
    expect(checkTransition('CLOSED', 'OPERATING')?.code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('validateFacility', () => {
  it('accepts the GGM plant, approximate when no coordinates are given', () => {
    const result = validateFacility(ggm);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.location).toEqual({
      address: { ko: '광주광역시 광산구 빛그린산단', en: null },
      coordinates: null,
      precision: 'APPROXIMATE',
    });
    expect(result.value.capacity).toBeNull();
  });

  it('accepts exact coordinates and a capacity', () => {
    const result = validateFacility({
      ...ggm,
      location: { coordinates: { lon: 126.75, lat: 35.12 }, precision: 'EXACT' },
      capacity: { value: 70000, unit: 'VEHICLES_PER_YEAR' },
    });
    expect(result.ok && result.value.location?.precision).toBe('EXACT');
  });

  it('refuses coordinates out of range, a zero capacity and an unknown kind', () => {
    const result = validateFacility({
      ...ggm,
      kind: 'FACTORY',
      location: { coordinates: { lon: 226.75, lat: 35.12 } },
      capacity: { value: 0, unit: 'SEATS' },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining([
        'kind:UNKNOWN_CODE',
        'location.coordinates.lon:TOO_LARGE',
        'capacity.value:MUST_BE_POSITIVE',
      ]),
    );
  });
});

describe('validateFacilityUpdate', () => {
  it('accepts the next step and refuses a jump', () => {
    expect(validateFacilityUpdate('COMPLETED', { ...ggm, status: 'OPERATING' }).ok).toBe(true);
    expect(validateFacilityUpdate('PLANNED', ggm)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ field: 'status', code: 'ILLEGAL_TRANSITION' })],
    });
  });

  it('reports field problems before the transition', () => {
    const result = validateFacilityUpdate('PLANNED', { ...ggm, name: { ko: '' } });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['REQUIRED']);
  });
});
