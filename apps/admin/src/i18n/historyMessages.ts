import type { Locale } from '@bitgoeul/domain';

/** The words of a record's History tab and of the audit log (merged into appMessages). */
export function historyMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    history: {
      tab: text('변경 이력', 'History'),
      details: text('상세 정보', 'Details'),
      empty: text('기록된 변경이 없습니다.', 'No changes recorded.'),
      unavailable: text('변경 이력을 불러오지 못했습니다.', 'The history could not be loaded.'),
      system: text('(시스템)', '(system)'),
      nothingChanged: text('바뀐 필드가 없습니다.', 'No field changed.'),
      noValue: text('(없음)', '(none)'),
      field: text('항목', 'Field'),
      before: text('이전', 'Before'),
      after: text('이후', 'After'),
      version: text('버전 %{version}', 'version %{version}'),
      current: text('현재', 'Current'),
      restore: text('복원', 'Restore'),
      restoreTitle: text('이 버전으로 복원', 'Restore this version'),
      restoreContent: text(
        '%{when}에 기록된 상태(버전 %{version})로 되돌립니다. 복원도 새 변경으로 기록되며, 그 뒤의 변경은 이력에 남습니다.',
        'The record goes back to how it was on %{when} (version %{version}). The restore is recorded as a new change; later changes stay in the history.',
      ),
      restored: text('복원했습니다.', 'Restored.'),
      actions: {
        CREATE: text('생성', 'Created'),
        UPDATE: text('수정', 'Updated'),
        DELETE: text('삭제', 'Deleted'),
        RESTORE: text('복원', 'Restored'),
      },
    },
    auditLog: {
      me: text('나 (%{name})', 'Me (%{name})'),
      changedFields: text('%{fields} 외 %{more}개', '%{fields} and %{more} more'),
      types: {
        Observation: text('관측값', 'Observation'),
        Target: text('목표', 'Target'),
        ApiToken: text('API 토큰', 'API token'),
      },
    },
  };
}
