import type { Locale } from '@bitgoeul/domain';

/** The words of a record's organisations and of an organisation's part in records (merged into appMessages). */
export function relationMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    organisationLinks: {
      title: text('참여 기관', 'Organisations'),
      organisation: text('기관', 'Organisation'),
      role: text('역할', 'Role'),
      actions: text('작업', 'Actions'),
      none: text('참여 기관이 없습니다.', 'No organisation takes part.'),
      unavailable: text('참여 기관을 불러오지 못했습니다.', 'The organisations could not be loaded.'),
      searchHint: text(
        '기관의 한국어·영어 이름이나 코드 일부로 검색',
        "Search by part of the organisation's Korean or English name, or its code",
      ),
      add: text('기관 추가', 'Add organisation'),
      added: text('%{name}을(를) %{role}(으)로 추가했습니다.', 'Added %{name} as %{role}.'),
      refused: text('추가하지 못했습니다', 'Not added'),
      remove: text('%{name}의 %{role} 역할 제거', 'Remove %{name} as %{role}'),
      removeTitle: text('참여 기관 제거', 'Remove organisation'),
      removeContent: text(
        '%{name}을(를) %{role} 역할에서 뺍니다. 이 기관의 다른 역할은 그대로 남습니다.',
        '%{name} will no longer be %{role} here. Its other roles stay.',
      ),
      removed: text('%{name}의 %{role} 역할을 제거했습니다.', 'Removed %{name} as %{role}.'),
      notRemoved: text('제거하지 못했습니다', 'Not removed'),
      afterCreate: text(
        '참여 기관(주관·협력 등)은 저장한 뒤 상세 화면에서 추가합니다.',
        "Organisations (lead, partners…) are added on the record's page once it is saved.",
      ),
    },
    organisationParts: {
      title: text('참여 사업·구역·시설', 'Programs, zones and facilities'),
      kind: text('구분', 'Type'),
      record: text('이름', 'Name'),
      role: text('역할', 'Role'),
      none: text('참여하는 사업·구역·시설이 없습니다.', 'It takes part in no program, zone or facility.'),
      kinds: {
        programs: text('사업', 'Program'),
        zones: text('구역', 'Zone'),
        facilities: text('시설', 'Facility'),
      },
    },
  };
}
