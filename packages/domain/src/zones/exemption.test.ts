import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import { EXEMPTION_FIELD_LABELS, ExemptionKind, validateExemptionForZone } from './exemption.js';

// Illustrative: the seed names the regulation-free zone, not its exemptions.
const exemption = {
  kind: 'DEMONSTRATION',
  law: { ko: '자동차관리법', en: 'Motor Vehicle Management Act' },
  conditions: { ko: '지정 실증 구간 내 저속 운행' },
  validFrom: '2020-07-01',
  validTo: '2024-06-30',
};

describe('ExemptionKind', () => {
  it('has demonstration exemptions and temporary permits', () => {
    expect(ExemptionKind.codes).toEqual(['DEMONSTRATION', 'TEMPORARY_PERMIT']);
    expect(ExemptionKind.label('TEMPORARY_PERMIT', 'ko')).toBe('임시허가');
  });
});

describe('validateExemptionForZone', () => {
  it('accepts an exemption in a regulation-free zone', () => {
    const result = validateExemptionForZone('REGULATION_FREE_ZONE', exemption);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.conditions).toEqual({ ko: '지정 실증 구간 내 저속 운행', en: null });
  });

  it('refuses an exemption on any other kind of zone, saying which kind it is', () => {
    const result = validateExemptionForZone('FEZ_DISTRICT', exemption);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          field: 'zoneId',
          code: 'EXEMPTION_NOT_ALLOWED',
          params: {
            zoneKind: 'FEZ_DISTRICT',
            zoneKindKo: '경제자유구역 지구',
            zoneKindEn: 'Free economic zone district',
          },
        },
      ],
    });
    if (result.ok) return;
    expect(formatIssue(result.issues[0]!, 'ko', EXEMPTION_FIELD_LABELS)).toBe(
      '구역: 규제 특례는 규제자유특구에만 둘 수 있습니다(이 구역: 경제자유구역 지구).',
    );
  });

  it('reports the zone problem and the input problems together', () => {
    const result = validateExemptionForZone('RND_SPECIAL_ZONE', { ...exemption, law: { ko: '' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.field)).toEqual(['zoneId', 'law.ko']);
  });

  it('refuses an end before the start and an unknown kind', () => {
    const result = validateExemptionForZone('REGULATION_FREE_ZONE', {
      ...exemption,
      kind: 'WAIVER',
      validTo: '2020-06-30',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual(
      expect.arrayContaining(['kind:UNKNOWN_CODE']),
    );
    const dates = validateExemptionForZone('REGULATION_FREE_ZONE', { ...exemption, validTo: '2020-06-30' });
    expect(dates).toEqual({
      ok: false,
      issues: [{ field: 'validTo', code: 'END_BEFORE_START', params: { other: 'validFrom' } }],
    });
  });
});
