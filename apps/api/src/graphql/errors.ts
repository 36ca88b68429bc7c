import {
  type Bilingual,
  fillTemplate,
  formatIssue,
  ISSUE_CODES,
  type Locale,
  PUBLICATION_ISSUE_CODES,
  type ValidationIssue,
} from '@bitgoeul/domain';
import { GraphQLError } from 'graphql';

/**
 * Codes a mutation can answer with: the domain's validation codes, what only a store can know, and
 * the publishing workflow's refusals (FORBIDDEN is answered as the GraphQL error, not a userError).
 */
const PUBLICATION_REFUSALS = PUBLICATION_ISSUE_CODES.filter(
  (code): code is Exclude<(typeof PUBLICATION_ISSUE_CODES)[number], 'FORBIDDEN' | 'STALE_VERSION'> =>
    code !== 'FORBIDDEN' && code !== 'STALE_VERSION',
);
export const USER_ERROR_CODES = [
  ...ISSUE_CODES,
  'HAS_CHILDREN',
  'IN_USE',
  'STALE_VERSION',
  ...PUBLICATION_REFUSALS,
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface UserError {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** Problems only the API can find (they need the stored record), worded like the domain's. */
const STORE_MESSAGES: Partial<Record<UserErrorCode, Bilingual>> = {
  HAS_CHILDREN: {
    ko: '하위 항목 {count}개가 있어 삭제할 수 없습니다. 하위 항목을 먼저 옮기거나 삭제하세요.',
    en: 'It has {count} child record(s); move or delete them first.',
  },
  IN_USE: {
    ko: '{count}개의 다른 기록이 참조하고 있어 삭제할 수 없습니다 ({what}).',
    en: '{count} other record(s) refer to it ({what}); it cannot be deleted.',
  },
  STALE_VERSION: {
    ko: '다른 사용자가 먼저 수정했습니다(현재 버전 {current}). 새로 고친 뒤 다시 시도하세요.',
    en: 'Someone else changed this record first (current version {current}); reload and try again.',
  },
};

export function userError(
  issue: ValidationIssue | { field: string; code: UserErrorCode; params?: Record<string, string | number> },
  locale: Locale,
  labels: Readonly<Record<string, Bilingual>>,
): UserError {
  const store = STORE_MESSAGES[issue.code as UserErrorCode];
  const message = store
    ? fillTemplate(store[locale], issue.params)
    : formatIssue(issue as ValidationIssue, locale, labels);
  return { field: issue.field ? issue.field.split('.') : [], message, code: issue.code as UserErrorCode };
}

/** A record asked for by id that does not exist (or that the caller may not see). */
export function notFound(typename: string, id: string): GraphQLError {
  return new GraphQLError(`${typename} ${id} was not found`, {
    extensions: { code: 'NOT_FOUND', typename, id },
  });
}

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/**
 * A loader's answer for an id that names no record the caller may see (absent, or hidden by the
 * request's visibility filters). Distinct from a failure of the store, which must stay an error.
 */
export class MissingRecord extends Error {
  constructor(typename: string, id: string) {
    super(`${typename} ${id} not found`);
    this.name = 'MissingRecord';
  }
}
