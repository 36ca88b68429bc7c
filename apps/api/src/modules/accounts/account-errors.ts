import { type Bilingual, fillTemplate, type Locale, USER_FIELD_LABELS } from '@bitgoeul/domain';
import type { UserError, UserErrorCode } from '../../graphql/errors.js';
import { refusal, type StoreIssue } from '../../records/record-writes.js';

/** Account and token fields by name, for messages and for the audit log's field changes. */
export const ACCOUNT_LABELS: Readonly<Record<string, Bilingual>> = {
  ...USER_FIELD_LABELS,
  disabled: { ko: '사용 중지', en: 'Disabled' },
  passwordChanged: { ko: '비밀번호 변경', en: 'Password changed' },
  userId: { ko: '사용자', en: 'User' },
  expiresAt: { ko: '만료 시각', en: 'Expires at' },
  revokedAt: { ko: '폐기 시각', en: 'Revoked at' },
  prefix: { ko: '토큰 앞부분', en: 'Token prefix' },
};

export const TOKEN_LABELS: Readonly<Record<string, Bilingual>> = {
  ...ACCOUNT_LABELS,
  name: { ko: '토큰 이름', en: 'Token name' },
};

/** Refusals the domain's messages cannot word (they are about the caller, not the value). */
const MESSAGES = {
  OWN_ROLE: {
    ko: '자기 자신의 관리자 역할은 해제할 수 없습니다. 다른 관리자에게 요청하세요.',
    en: 'You cannot remove your own administrator role; ask another administrator.',
  },
  OWN_ACCOUNT: {
    ko: '자기 자신의 계정은 사용 중지할 수 없습니다. 다른 관리자에게 요청하세요.',
    en: 'You cannot disable your own account; ask another administrator.',
  },
  DISABLED_USER: {
    ko: '사용 중지된 계정에는 토큰을 발급할 수 없습니다.',
    en: 'A disabled account cannot be given a token.',
  },
  PAST_EXPIRY: {
    ko: '만료 시각은 미래여야 합니다.',
    en: 'The expiry must be in the future.',
  },
  WRONG_PASSWORD: {
    ko: '현재 비밀번호가 올바르지 않습니다.',
    en: 'The current password is not correct.',
  },
  SAME_PASSWORD: {
    ko: '새 비밀번호는 현재 비밀번호와 달라야 합니다.',
    en: 'The new password must differ from the current one.',
  },
  PASSWORD_THROTTLED: {
    ko: '비밀번호를 너무 여러 번 틀렸습니다. {seconds}초 후에 다시 시도하세요.',
    en: 'Too many wrong passwords. Try again in {seconds} seconds.',
  },
  TOKEN_CALLER: {
    ko: '비밀번호는 API 토큰으로 바꿀 수 없습니다. 관리 화면에 로그인해 바꾸세요.',
    en: 'A password cannot be changed with an API token; sign in to the admin panel to change it.',
  },
} satisfies Record<string, Bilingual>;

export function accountError(
  field: string,
  code: UserErrorCode,
  message: keyof typeof MESSAGES,
  locale: Locale,
  params: Record<string, string | number> = {},
): UserError {
  return { field: field.split('.'), code, message: fillTemplate(MESSAGES[message][locale], params) };
}

export function accountRefusal(
  issues: Parameters<typeof refusal>[0] | StoreIssue[],
  locale: Locale,
  labels = ACCOUNT_LABELS,
): UserError[] {
  return refusal(issues, locale, labels).userErrors;
}
