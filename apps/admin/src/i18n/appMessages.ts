import { type Locale, PROGRAM_FIELD_LABELS } from '@bitgoeul/domain';

const pick = (labels: Readonly<Record<string, { ko: string; en: string }>>, locale: Locale) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

/** Labels for what only the admin shows; the fields a person fills in are named by the domain. */
const ADMIN_FIELD_LABELS = {
  id: { ko: 'ID', en: 'ID' },
  version: { ko: '버전', en: 'Version' },
  createdAt: { ko: '등록 일시', en: 'Created at' },
  updatedAt: { ko: '수정 일시', en: 'Updated at' },
  children: { ko: '하위 사업', en: 'Sub-programs' },
  q: { ko: '검색', en: 'Search' },
};

/**
 * Our own keys, merged into both languages' messages. Field keys such as `name.ko` stay flat: polyglot
 * joins nested keys with dots anyway, and flat keys let `name` and `name.ko` both have a label.
 */
export function appMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    bitgoeul: {
      title: text('빛고을 관리자', 'Bitgoeul admin'),
      programs: {
        codeHint: text(
          '영문 대문자·숫자를 하이픈으로 이어 씁니다. 예: GWANGJU-TYPE-JOBS',
          'Capital letters and digits joined by hyphens, e.g. GWANGJU-TYPE-JOBS',
        ),
        noParent: text('(최상위 사업)', '(top-level program)'),
        searchParent: text('이름이나 코드로 검색', 'Search by name or code'),
      },
    },
    resources: {
      programs: {
        name: text('사업', 'Program |||| Programs'),
        fields: { ...pick(PROGRAM_FIELD_LABELS, locale), ...pick(ADMIN_FIELD_LABELS, locale) },
      },
    },
  };
}
