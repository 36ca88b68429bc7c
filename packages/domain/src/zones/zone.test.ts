import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import { checkZoneLinks, validateZone, ZONE_FIELD_LABELS, ZoneKind, ZoneStatus } from './zone.js';

const fez = {
  code: 'GWANGJU-FEZ',
  name: { ko: '광주 경제자유구역', en: 'Gwangju Free Economic Zone' },
  kind: 'ECONOMIC_FREE_ZONE',
  status: 'DESIGNATED',
  designation: {
    authority: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
    // The seed says "지난해 6월": a month, not a day.
    designatedOn: '2020-06-01',
    designatedOnPrecision: 'MONTH',
  },
  specialisations: [
    { ko: '미래형 자동차', en: 'Future cars' },
    { ko: '인공지능', en: 'AI' },
    { ko: '스마트에너지', en: 'Smart energy' },
  ],
};

const issuesOf = (input: unknown) => {
  const result = validateZone(input);
  return result.ok ? [] : result.issues;
};

describe('code lists', () => {
  it('has every zone kind and status', () => {
    expect(ZoneKind.codes).toHaveLength(8);
    expect(ZoneKind.label('REGULATION_FREE_ZONE', 'ko')).toBe('규제자유특구');
    expect(ZoneStatus.codes).toEqual(['PLANNED', 'DESIGNATED', 'UNDER_DEVELOPMENT', 'COMPLETED', 'LIFTED']);
  });
});

describe('validateZone', () => {
  it('accepts the free economic zone with a month-precision designation', () => {
    const result = validateZone(fez);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.designation).toEqual({
      authority: { ko: '산업통상자원부', en: 'Ministry of Trade, Industry and Energy' },
      instrumentNumber: null,
      designatedOn: '2020-06-01',
      designatedOnPrecision: 'MONTH',
      expiresOn: null,
    });
    expect(result.value).toMatchObject({
      parentId: null,
      overlappingZoneIds: [],
      area: null,
      geometry: null,
    });
    expect(result.value.specialisations).toHaveLength(3);
  });

  it('accepts a district with a parent, overlaps, an area in 평 and an outline', () => {
    const result = validateZone({
      code: 'CHEOMDAN-3',
      name: { ko: '첨단3지구' },
      kind: 'FEZ_DISTRICT',
      status: 'UNDER_DEVELOPMENT',
      parentId: 'zone-fez',
      overlappingZoneIds: ['zone-ai-cluster', 'zone-ai-cluster', 'zone-rnd'],
      area: { value: 1_000_000, unit: 'PYEONG' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [126.84, 35.22],
            [126.86, 35.22],
            [126.86, 35.24],
            [126.84, 35.22],
          ],
        ],
      },
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.overlappingZoneIds).toEqual(['zone-ai-cluster', 'zone-rnd']);
  });

  it('refuses an expiry before designation', () => {
    const issues = issuesOf({ ...fez, designation: { ...fez.designation, expiresOn: '2020-05-31' } });
    expect(issues).toEqual([
      {
        field: 'designation.expiresOn',
        code: 'END_BEFORE_START',
        params: { other: 'designation.designatedOn' },
      },
    ]);
    expect(formatIssue(issues[0]!, 'en', ZONE_FIELD_LABELS)).toBe(
      'Expires on cannot be before Designated on.',
    );
  });

  it('refuses a day given at month precision', () => {
    const issues = issuesOf({ ...fez, designation: { ...fez.designation, designatedOn: '2020-06-26' } });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['designation.designatedOn', 'DATE_NOT_AT_PRECISION'],
    ]);
  });

  it('refuses a designation without date or authority', () => {
    const issues = issuesOf({ ...fez, designation: { instrumentNumber: '고시 제2020-1호' } });
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'designation.authority', code: 'REQUIRED' },
        { field: 'designation.designatedOn', code: 'REQUIRED' },
      ]),
    );
  });

  it('refuses a bad outline, a blank specialisation and a non-positive area', () => {
    const issues = issuesOf({
      ...fez,
      specialisations: [{ ko: ' ' }],
      area: { value: 0, unit: 'KM2' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
    });
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining([
        'specialisations.0.ko:BLANK',
        'area.value:MUST_BE_POSITIVE',
        'geometry.coordinates.0:INVALID_GEOMETRY',
      ]),
    );
  });
});

describe('checkZoneLinks', () => {
  // The FEZ has four districts; 첨단3지구 also hosts the AI convergence cluster.
  const parents: Record<string, string | null> = { fez: null, cheomdan3: 'fez', aiCluster: 'cheomdan3' };
  const parentOf = (id: string) => parents[id];

  it('accepts a district under the FEZ overlapping other designations', () => {
    expect(
      checkZoneLinks('cheomdan3', { parentId: 'fez', overlappingZoneIds: ['rnd', 'aiCluster'] }, parentOf),
    ).toEqual([]);
  });

  it('refuses a zone made its own ancestor', () => {
    const issues = checkZoneLinks('fez', { parentId: 'aiCluster', overlappingZoneIds: [] }, parentOf);
    expect(issues).toEqual([
      { field: 'parentId', code: 'CYCLE', params: { path: 'fez → aiCluster → cheomdan3 → fez' } },
    ]);
  });

  it('refuses a zone as its own parent or overlap', () => {
    expect(checkZoneLinks('fez', { parentId: 'fez', overlappingZoneIds: ['rnd', 'fez'] }, parentOf)).toEqual([
      { field: 'parentId', code: 'SELF_REFERENCE', params: { path: 'fez → fez' } },
      { field: 'overlappingZoneIds.1', code: 'SELF_REFERENCE' },
    ]);
  });

  it('lets a new zone (no id yet) pick any parent', () => {
    expect(checkZoneLinks(null, { parentId: 'aiCluster', overlappingZoneIds: ['fez'] }, parentOf)).toEqual(
      [],
    );
  });
});
