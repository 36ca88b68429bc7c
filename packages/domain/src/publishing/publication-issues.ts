import type { Bilingual, Locale } from '../shared/locale.js';
import { fillTemplate } from '../shared/template.js';
import { formatIssue, type IssueCode, type ValidationIssue } from '../shared/validation.js';

/**
 * Why a publication step was refused, beyond the field errors every input can have (REQUIRED,
 * BLANK, TOO_LONG, CONTROL_CHARACTER, …, which keep their usual codes). ILLEGAL_TRANSITION is the
 * domain's existing code; its params carry `from`/`to` labels like the facility lifecycle's, so the
 * ordinary `formatIssue` words it too, and `action` labels for the fuller sentence below.
 *
 * FORBIDDEN is a code here so that the rule stays in one place; the API answers it as the
 * GraphQL error it already uses for a role that may not write (not as a userError).
 */
export const PUBLICATION_ISSUE_CODES = [
  'FORBIDDEN',
  'STALE_VERSION',
  'FOUR_EYES',
  'NOT_PUBLISHABLE',
  'RELEASE_IN_PAST',
  'ALREADY_RELEASED',
] as const;
export type PublicationIssueCode = (typeof PUBLICATION_ISSUE_CODES)[number];

export interface PublicationIssue {
  /** Dotted path of the field (`comment`, `releaseAt`, `version`); empty for the item as a whole. */
  field: string;
  code: IssueCode | PublicationIssueCode;
  params?: Record<string, string | number>;
}

/** Action and role labels go in as `<param>Ko` / `<param>En`, as everywhere in the domain. */
export const PUBLICATION_MESSAGES: Readonly<Record<PublicationIssueCode | 'ILLEGAL_TRANSITION', Bilingual>> =
  {
    FORBIDDEN: {
      ko: '"{actionKo}"은(는) {roleKo} 이상만 할 수 있습니다(현재 역할: {currentKo}).',
      en: '"{actionEn}" needs the {roleEn} role or higher (your role: {currentEn}).',
    },
    STALE_VERSION: {
      ko: '다른 사용자가 먼저 수정했습니다(현재 버전 {current}). 새로 고친 뒤 다시 시도하세요.',
      en: 'Someone else changed this record first (current version {current}); reload and try again.',
    },
    FOUR_EYES: {
      ko: '마지막으로 수정한 사람은 그 내용을 직접 "{actionKo}"할 수 없습니다. 다른 검토자가 검토해야 합니다(4-eyes 원칙).',
      en: 'You made the last change to this item, so another reviewer must review it ("{actionEn}"; four-eyes rule).',
    },
    NOT_PUBLISHABLE: {
      ko: '내부 기록은 공개할 수 없습니다. 공개하려면 공개 범위를 "공개"로 바꾼 뒤 다시 검토를 받으세요.',
      en: 'An internal record is never published. To publish it, change its visibility to Public and have it reviewed again.',
    },
    RELEASE_IN_PAST: {
      ko: '공개 예약 시각({releaseAt})은 현재({now}) 이후여야 합니다. 지금 공개하려면 "즉시 공개"를 사용하세요.',
      en: 'The release time ({releaseAt}) must be later than now ({now}). To release it now, use "Publish now".',
    },
    ALREADY_RELEASED: {
      ko: '이미 {releaseAt}에 공개되었습니다. 공개된 시각은 바꿀 수 없습니다. 내용을 고치려면 수정하여 새 판을 만드세요.',
      en: 'This item was released at {releaseAt}; a release that has happened cannot be moved. Edit it to make a new draft.',
    },
    ILLEGAL_TRANSITION: {
      ko: '{fromKo} 상태에서는 "{actionKo}"을(를) 할 수 없습니다.',
      en: '"{actionEn}" is not possible while the item is {fromEn}.',
    },
  };

export const PUBLICATION_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  action: { ko: '작업', en: 'Action' },
  state: { ko: '공개 상태', en: 'Publication state' },
  version: { ko: '버전', en: 'Version' },
  comment: { ko: '검토 의견', en: 'Review comment' },
  reason: { ko: '철회 사유', en: 'Reason for withdrawal' },
  releaseAt: { ko: '공개 시각', en: 'Release time' },
  visibility: { ko: '공개 범위', en: 'Visibility' },
};

function isPublicationMessage(code: string): code is keyof typeof PUBLICATION_MESSAGES {
  return Object.hasOwn(PUBLICATION_MESSAGES, code);
}

/**
 * A sentence for a person. A refusal of the workflow gets its own wording (an ILLEGAL_TRANSITION
 * with an action names the action); a field error is worded as every other input's.
 */
export function formatPublicationIssue(
  issue: PublicationIssue,
  locale: Locale,
  fieldLabels: Readonly<Record<string, Bilingual>> = PUBLICATION_FIELD_LABELS,
): string {
  const withAction = issue.code !== 'ILLEGAL_TRANSITION' || issue.params?.action !== undefined;
  if (isPublicationMessage(issue.code) && withAction) {
    return fillTemplate(PUBLICATION_MESSAGES[issue.code][locale], issue.params);
  }
  return formatIssue(issue as ValidationIssue, locale, fieldLabels);
}
