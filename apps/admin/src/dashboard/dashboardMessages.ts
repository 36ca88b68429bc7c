import type { Locale } from '@bitgoeul/domain';

/** The words of the dashboard's "needs attention" lists (merged into appMessages under bitgoeul). */
export function dashboardMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    attention: {
      title: text('확인이 필요한 항목', 'Needs attention'),
      unavailable: text('목록을 불러오지 못했습니다.', 'The list could not be loaded.'),
      more: text('외 %{count}건', '%{count} more'),
      overdue: {
        title: text('수치 입력이 늦은 지표', 'Indicators overdue for a figure'),
        hint: text(
          '월별 지표는 마지막 달이 끝나고 2개월, 분기별은 4개월, 연간은 15개월 안에 다음 수치가 들어와야 합니다.',
          'A monthly figure is due two months after the latest month ends, a quarterly one four months after, a yearly one fifteen months after.',
        ),
        empty: text('늦은 지표가 없습니다.', 'No indicator is overdue.'),
        latest: text('최근 수치: %{period}', 'Latest figure: %{period}'),
        none: text('수치 없음', 'No figure yet'),
        days: text('%{days}일 지남', '%{days} days late'),
      },
      milestones: {
        title: text('다가오거나 지난 일정', 'Milestones due or overdue'),
        hint: text(
          '아직 이루어지지 않은 일정 가운데 30일 안에 예정되었거나 예정일이 지난 것입니다.',
          'Steps not yet taken that are due within 30 days or past their planned date.',
        ),
        empty: text('30일 안에 예정되었거나 지난 일정이 없습니다.', 'Nothing due within 30 days or overdue.'),
        dueIn: text('%{days}일 남음', 'due in %{days} days'),
        dueToday: text('오늘까지', 'due today'),
        overdueBy: text('%{days}일 지남', '%{days} days overdue'),
        planned: text('예정: %{date}', 'Planned: %{date}'),
      },
      changes: {
        title: text('다른 담당자의 최근 변경', 'Recent changes by others'),
        hint: text(
          '최근 7일 동안 다른 담당자가 기록한 변경 가운데 최근 10건입니다.',
          'The latest ten changes other officials made in the last 7 days.',
        ),
        empty: text(
          '최근 7일 동안 다른 담당자의 변경이 없습니다.',
          'No changes by others in the last 7 days.',
        ),
        figure: text('%{indicator} %{period} 수치', '%{indicator} figure for %{period}'),
        target: text('%{indicator} 목표', '%{indicator} target'),
        all: text('변경 기록 전체 보기', 'See the whole audit log'),
      },
    },
  };
}
