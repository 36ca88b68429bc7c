import { describe, expect, it } from 'vitest';
import { checkParentIssue, labelParams } from './issues.js';
import { Visibility } from './record.js';
import { formatIssue, type IssueCode } from './validation.js';

describe('labelParams', () => {
  it('carries the code and its label in both languages', () => {
    expect(labelParams(Visibility, 'INTERNAL', 'from')).toEqual({
      from: 'INTERNAL',
      fromKo: '내부',
      fromEn: 'Internal',
    });
  });
});

describe('checkParentIssue', () => {
  const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b' };
  const parentOf = (id: string) => parents[id];

  it('accepts a parent that makes no cycle, and no parent at all', () => {
    expect(checkParentIssue('d', 'c', parentOf)).toBeNull();
    expect(checkParentIssue('a', null, parentOf)).toBeNull();
    expect(checkParentIssue(null, 'c', parentOf)).toBeNull();
  });

  it('refuses a record as its own parent', () => {
    expect(checkParentIssue('a', 'a', parentOf)).toEqual({
      field: 'parentId',
      code: 'SELF_REFERENCE',
      params: { path: 'a → a' },
    });
  });

  it('refuses a descendant as parent, showing the loop', () => {
    expect(checkParentIssue('a', 'c', parentOf, 'parent')).toEqual({
      field: 'parent',
      code: 'CYCLE',
      params: { path: 'a → c → b → a' },
    });
  });
});

describe('messages for the new issue codes', () => {
  const codes: IssueCode[] = [
    'ILLEGAL_TRANSITION',
    'PERIOD_FREQUENCY_MISMATCH',
    'FREQUENCY_TOO_FINE',
    'DUPLICATE_VINTAGE',
    'TARGET_NEEDS_PERIOD',
    'EXEMPTION_NOT_ALLOWED',
    'INVALID_GEOMETRY',
    'OVERLAPPING_RULES',
    'DATE_NOT_AT_PRECISION',
    'MUST_BE_POSITIVE',
  ];

  it.each(codes)('%s reads in Korean and English', (code) => {
    const ko = formatIssue({ field: 'x', code }, 'ko');
    const en = formatIssue({ field: 'x', code }, 'en');
    expect(ko).toMatch(/[가-힣]/);
    expect(en).toMatch(/^x/);
    expect(en).not.toMatch(/[가-힣]/);
  });

  it('fills each language with its own label', () => {
    const issue = {
      field: 'status',
      code: 'ILLEGAL_TRANSITION' as const,
      params: {
        from: 'PLANNED',
        fromKo: '계획',
        fromEn: 'Planned',
        to: 'COMPLETED',
        toKo: '준공',
        toEn: 'Completed',
      },
    };
    expect(formatIssue(issue, 'en', { status: { ko: '상태', en: 'Status' } })).toBe(
      'Status: cannot move from Planned to Completed.',
    );
    expect(formatIssue(issue, 'ko', { status: { ko: '상태', en: 'Status' } })).toBe(
      '상태: 계획에서 준공(으)로 바꿀 수 없습니다.',
    );
  });
});
