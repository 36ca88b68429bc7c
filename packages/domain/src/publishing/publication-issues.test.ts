import { describe, expect, it } from 'vitest';
import {
  formatPublicationIssue,
  PUBLICATION_ISSUE_CODES,
  type PublicationIssue,
} from './publication-issues.js';
import {
  EARLIER,
  editor,
  INPUT,
  issuesOf,
  item,
  NOW,
  released,
  reviewer,
} from './publishing.test-fixtures.js';
import { decideTransition } from './transition.js';

describe('messages', () => {
  const samples: Record<(typeof PUBLICATION_ISSUE_CODES)[number], PublicationIssue> = {
    FORBIDDEN: issuesOf(decideTransition(item('IN_REVIEW'), editor, INPUT.APPROVE, NOW))[0]!,
    STALE_VERSION: issuesOf(decideTransition(item('DRAFT', { version: 4 }), editor, INPUT.SUBMIT, NOW))[0]!,
    FOUR_EYES: issuesOf(
      decideTransition(item('IN_REVIEW', { lastChangedBy: reviewer.id }), reviewer, INPUT.APPROVE, NOW),
    )[0]!,
    NOT_PUBLISHABLE: issuesOf(
      decideTransition(item('APPROVED', { visibility: 'INTERNAL' }), reviewer, INPUT.PUBLISH, NOW),
    )[0]!,
    RELEASE_IN_PAST: issuesOf(
      decideTransition(item('APPROVED'), reviewer, { ...INPUT.SCHEDULE, releaseAt: EARLIER }, NOW),
    )[0]!,
    ALREADY_RELEASED: issuesOf(decideTransition(released(), reviewer, INPUT.PUBLISH, NOW))[0]!,
  };

  it('has a sample of every workflow code', () => {
    expect(Object.values(samples).map((i) => i.code)).toEqual([...PUBLICATION_ISSUE_CODES]);
  });

  it.each([
    [
      'FORBIDDEN',
      '"승인"은(는) 검토자 이상만 할 수 있습니다(현재 역할: 편집자).',
      '"Approve" needs the Reviewer role or higher (your role: Editor).',
    ],
    [
      'STALE_VERSION',
      '다른 사용자가 먼저 수정했습니다(현재 버전 4). 새로 고친 뒤 다시 시도하세요.',
      'Someone else changed this record first (current version 4); reload and try again.',
    ],
    [
      'FOUR_EYES',
      '마지막으로 수정한 사람은 그 내용을 직접 "승인"할 수 없습니다. 다른 검토자가 검토해야 합니다(4-eyes 원칙).',
      'You made the last change to this item, so another reviewer must review it ("Approve"; four-eyes rule).',
    ],
    [
      'RELEASE_IN_PAST',
      '공개 예약 시각(2026-02-20T00:00:00.000Z)은 현재(2026-03-02T00:00:00.000Z) 이후여야 합니다. 지금 공개하려면 "즉시 공개"를 사용하세요.',
      'The release time (2026-02-20T00:00:00.000Z) must be later than now (2026-03-02T00:00:00.000Z). To release it now, use "Publish now".',
    ],
  ] as const)('words %s in Korean and English', (code, ko, en) => {
    expect(formatPublicationIssue(samples[code], 'ko')).toBe(ko);
    expect(formatPublicationIssue(samples[code], 'en')).toBe(en);
  });

  it('words every workflow code in both languages, with no placeholder left', () => {
    for (const issue of Object.values(samples)) {
      for (const locale of ['ko', 'en'] as const)
        expect(formatPublicationIssue(issue, locale)).not.toMatch(/[{}]/);
    }
  });

  it('names the action in an illegal step, and words it generically without one', () => {
    const issue = issuesOf(decideTransition(item('DRAFT'), reviewer, INPUT.PUBLISH, NOW))[0]!;
    expect(formatPublicationIssue(issue, 'ko')).toBe('작성 중 상태에서는 "즉시 공개"을(를) 할 수 없습니다.');
    expect(formatPublicationIssue(issue, 'en')).toBe(
      '"Publish now" is not possible while the item is Draft.',
    );
    const { action: _a, ...generic } = issue.params!;
    expect(formatPublicationIssue({ ...issue, params: generic }, 'en')).toBe(
      'Publication state: cannot move from Draft to Published.',
    );
  });

  it('words a field error with the field’s label', () => {
    const issue = issuesOf(
      decideTransition(item('IN_REVIEW'), reviewer, { action: 'RETURN', version: 3 }, NOW),
    )[0]!;
    expect(formatPublicationIssue(issue, 'ko')).toBe('검토 의견은(는) 필수 항목입니다.');
    expect(formatPublicationIssue(issue, 'en')).toBe('Review comment is required.');
  });
});
