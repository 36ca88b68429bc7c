import type { Locale } from '@bitgoeul/domain';

/**
 * The words of the publishing workflow (공개 절차) in the panel: the figures table's steps, the review
 * queue and the dashboard's card (merged into appMessages under bitgoeul). The states' and the steps'
 * own names are the domain's code lists (PublicationDisplay, PublicationAction).
 */
export function publishingMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    publishing: {
      state: text('공개 상태', 'Publication'),
      steps: text('공개 절차', 'Steps'),
      scheduledFor: text('%{time} 공개', 'released %{time}'),
      returnComment: text('반려 사유: %{comment}', 'Returned: %{comment}'),
      approvalComment: text('검토 의견: %{comment}', 'Review comment: %{comment}'),
      withdrawalReason: text('철회 사유: %{reason}', 'Withdrawn: %{reason}'),
      done: {
        SUBMIT: text('검토를 요청했습니다.', 'Submitted for review.'),
        APPROVE: text('승인했습니다.', 'Approved.'),
        RETURN: text('반려했습니다.', 'Returned.'),
        PUBLISH: text('공개했습니다.', 'Published.'),
        SCHEDULE: text('공개를 예약했습니다.', 'Release scheduled.'),
        WITHDRAW: text('공개를 철회했습니다.', 'Withdrawn.'),
      },
      dialog: {
        RETURN: text('반려: 고칠 점을 적어 주세요', 'Return: say what to fix'),
        WITHDRAW: text('공개 철회: 철회 사유를 적어 주세요', 'Withdraw: give the public reason'),
        SCHEDULE: text('공개 예약: 공개할 날짜와 시각', 'Schedule release: date and time'),
        figure: text('%{indicator} · %{period} · %{value}', '%{indicator} · %{period} · %{value}'),
        comment: text('반려 사유', 'What to fix'),
        reason: text('철회 사유', 'Reason for withdrawal'),
        releaseAt: text('공개 일시(한국 시각)', 'Release at (Korea time)'),
        releaseHint: text('한국 표준시(UTC+9)로 입력합니다.', 'Entered in Korea Standard Time (UTC+9).'),
        commentRequired: text('반려 사유를 적어 주세요.', 'Say what to fix.'),
        reasonRequired: text('철회 사유를 적어 주세요.', 'Give a reason for the withdrawal.'),
        releaseRequired: text('공개할 날짜와 시각을 입력하세요.', 'Enter the date and time of release.'),
      },
      review: {
        menu: text('검토 대기', 'Review queue'),
        title: text('검토 대기 수치', 'Figures awaiting review'),
        hint: text(
          '검토를 요청받은 수치입니다. 자신이 마지막으로 고친 수치는 다른 검토자가 승인하거나 반려해야 합니다.',
          'Figures submitted for review. A figure you changed last must be approved or returned by another reviewer.',
        ),
        empty: text('검토를 기다리는 수치가 없습니다.', 'No figure is waiting for review.'),
        scheduledTitle: text('승인·예약되어 공개를 기다리는 수치', 'Approved or scheduled, awaiting release'),
        scheduledHint: text(
          '승인되었지만 아직 공개되지 않았거나, 공개 시각이 예약된 수치입니다.',
          'Approved figures not yet published, and figures whose release is scheduled.',
        ),
        scheduledEmpty: text('공개를 기다리는 수치가 없습니다.', 'No figure is waiting for release.'),
        indicator: text('지표', 'Indicator'),
        period: text('기간', 'Period'),
        value: text('값', 'Value'),
        previous: text('현재 공개 값', 'Published now'),
        noPrevious: text('없음(새 수치)', 'none (new figure)'),
        submitted: text('검토 요청', 'Submitted'),
        releaseAt: text('공개 예정', 'Release'),
        select: text('%{indicator} %{period} 선택', 'Select %{indicator} %{period}'),
        selectAll: text('모두 선택', 'Select all'),
        approveSelected: text('선택한 %{count}건 승인', 'Approve %{count} selected'),
        bulkDone: text('%{count}건을 승인했습니다.', '%{count} approved.'),
        bulkRefused: text('승인하지 못한 수치', 'Not approved'),
        refusal: text('%{indicator} %{period}: %{message}', '%{indicator} %{period}: %{message}'),
        unavailable: text('목록을 불러오지 못했습니다.', 'The list could not be loaded.'),
      },
      attention: {
        title: text('검토를 기다리는 수치', 'Figures awaiting review'),
        hint: text(
          '검토 요청을 받고 아직 승인되거나 반려되지 않은 수치입니다.',
          'Figures submitted for review and not yet approved or returned.',
        ),
        empty: text('검토를 기다리는 수치가 없습니다.', 'No figure is waiting for review.'),
        count: text('%{count}건', '%{count}'),
        all: text('검토 대기 열기', 'Open the review queue'),
      },
    },
  };
}
