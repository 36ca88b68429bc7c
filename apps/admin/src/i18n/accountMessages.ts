import type { Locale } from '@bitgoeul/domain';

/** The words of account management: users, their passwords and API tokens (merged into appMessages). */
export function accountMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    users: {
      menu: text('사용자 관리', 'Users'),
      passwordHint: text(
        '12자 이상. 외우기 쉬운 긴 문장을 권합니다.',
        'At least 12 characters; a long, memorable phrase is best.',
      ),
      newPasswordHint: text('바꿀 때만 입력하세요. 12자 이상.', 'Only to change it; at least 12 characters.'),
      active: text('사용 중', 'Active'),
      state: text('상태', 'Status'),
      tokens: {
        title: text('API 토큰', 'API tokens'),
        intro: text(
          '외부 시스템이 이 사용자의 권한으로 API를 호출할 때 씁니다. 토큰 값은 발급할 때 한 번만 보여 줍니다.',
          "Other systems call the API with this user's rights through a token. Its secret is shown once, when it is issued.",
        ),
        none: text('발급된 토큰이 없습니다.', 'No tokens issued.'),
        issue: text('토큰 발급', 'Issue token'),
        name: text('토큰 이름', 'Token name'),
        nameHint: text('어디에 쓰는지 알 수 있게. 예: 통계 연계', 'What it is for, e.g. statistics feed'),
        prefix: text('앞자리', 'Prefix'),
        createdAt: text('발급 일시', 'Issued'),
        expiresAt: text('만료일', 'Expires'),
        expiresHint: text('비워 두면 만료되지 않습니다.', 'Leave empty for no expiry.'),
        lastUsedAt: text('마지막 사용', 'Last used'),
        never: text('사용 안 함', 'Never'),
        noExpiry: text('없음', 'None'),
        status: text('상태', 'Status'),
        active: text('사용 가능', 'Active'),
        revoked: text('폐기됨 (%{when})', 'Revoked (%{when})'),
        expired: text('만료됨', 'Expired'),
        revoke: text('폐기', 'Revoke'),
        revokeTitle: text('토큰 "%{name}" 폐기', 'Revoke token "%{name}"'),
        revokeContent: text(
          '이 토큰을 쓰는 시스템은 즉시 API를 호출할 수 없게 됩니다. 되돌릴 수 없습니다.',
          'Systems using this token lose access at once. This cannot be undone.',
        ),
        revokedDone: text('토큰을 폐기했습니다.', 'Token revoked.'),
        secretTitle: text('새 API 토큰', 'New API token'),
        secretWarning: text(
          '이 값은 지금 한 번만 보여 줍니다. 창을 닫기 전에 복사해 안전한 곳에 보관하세요.',
          'This is the only time the token is shown. Copy it somewhere safe before closing.',
        ),
        copy: text('복사', 'Copy'),
        copied: text('복사했습니다.', 'Copied.'),
        copyFailed: text(
          '복사하지 못했습니다. 직접 선택해 복사하세요.',
          'Could not copy; select it and copy by hand.',
        ),
        done: text('복사했습니다. 닫기', 'I have copied it'),
      },
    },
  };
}
