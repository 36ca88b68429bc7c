import {
  BENEFIT_RULE_FIELD_LABELS,
  type Bilingual,
  EXEMPTION_FIELD_LABELS,
  FACILITY_FIELD_LABELS,
  INDICATOR_FIELD_LABELS,
  type Locale,
  MILESTONE_FIELD_LABELS,
  ORGANISATION_FIELD_LABELS,
  PROGRAM_FIELD_LABELS,
  ZONE_FIELD_LABELS,
} from '@bitgoeul/domain';

const pick = (labels: Readonly<Record<string, Bilingual>>, locale: Locale) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

/** Labels for what only the admin shows; the fields a person fills in are named by the domain. */
const ADMIN_FIELD_LABELS = {
  id: { ko: 'ID', en: 'ID' },
  version: { ko: '버전', en: 'Version' },
  createdAt: { ko: '등록 일시', en: 'Created at' },
  updatedAt: { ko: '수정 일시', en: 'Updated at' },
  q: { ko: '검색', en: 'Search' },
};

/** What a resource's views show beyond its inputs (relations, derived figures), per resource. */
const VIEW_LABELS: Record<string, Record<string, Bilingual>> = {
  programs: {
    children: { ko: '하위 사업', en: 'Sub-programs' },
    benefitRules: { ko: '지원 기준', en: 'Benefit rules' },
    facilities: { ko: '관련 시설', en: 'Facilities' },
    milestones: { ko: '주요 일정', en: 'Milestones' },
    indicators: { ko: '관련 지표', en: 'Indicators' },
  },
  organisations: {
    children: { ko: '하위 기관', en: 'Sub-organisations' },
    operatedFacilities: { ko: '운영 시설', en: 'Facilities operated' },
    programs: { ko: '참여 사업', en: 'Programs' },
    zones: { ko: '참여 구역', en: 'Zones' },
  },
  zones: {
    children: { ko: '지구', en: 'Districts' },
    facilities: { ko: '시설', en: 'Facilities' },
    exemptions: { ko: '특례', en: 'Exemptions' },
    areaSquareMetres: { ko: '면적(㎡)', en: 'Area (m²)' },
    within: { ko: '포함 구역', en: 'Within zone' },
    'designation.authority.ko': { ko: '지정 기관(한국어)', en: 'Designating authority (Korean)' },
    'designation.authority.en': { ko: '지정 기관(영어)', en: 'Designating authority (English)' },
  },
  exemptions: {
    'conditions.ko': { ko: '부가 조건(한국어)', en: 'Conditions (Korean)' },
    'conditions.en': { ko: '부가 조건(영어)', en: 'Conditions (English)' },
  },
  facilities: {
    nextStatuses: { ko: '다음 단계', en: 'Next steps' },
    statusFromMilestones: { ko: '일정상 단계', en: 'Status by milestones' },
    milestones: { ko: '추진 경과', en: 'Lifecycle' },
    zoneWithin: { ko: '구역(하위 포함)', en: 'Zone (with sub-zones)' },
    'location.address.en': { ko: '주소(영어)', en: 'Address (English)' },
    'location.coordinates': { ko: '좌표', en: 'Coordinates' },
  },
  milestones: {
    facilityId: { ko: '시설', en: 'Facility' },
    programId: { ko: '사업', en: 'Program' },
    'title.ko': { ko: '제목(한국어)', en: 'Title (Korean)' },
    'title.en': { ko: '제목(영어)', en: 'Title (English)' },
    'note.ko': { ko: '비고(한국어)', en: 'Note (Korean)' },
    'note.en': { ko: '비고(영어)', en: 'Note (English)' },
    impliedStatus: { ko: '해당 단계', en: 'Implied status' },
    date: { ko: '일자', en: 'Date' },
  },
  indicators: {
    subjectType: { ko: '대상 유형', en: 'Subject type' },
    subjectId: { ko: '대상', en: 'Subject' },
    latest: { ko: '최근 값', en: 'Latest figure' },
    'latest.value': { ko: '최근 값', en: 'Latest figure' },
    'latest.periodLabel': { ko: '최근 기간', en: 'Latest period' },
    'progress.percent': { ko: '목표 달성률(%)', en: 'Progress to target (%)' },
    observations: { ko: '관측값', en: 'Observations' },
    targets: { ko: '목표', en: 'Targets' },
  },
  benefitRules: {},
};

const DOMAIN_LABELS: Record<string, Readonly<Record<string, Bilingual>>> = {
  programs: PROGRAM_FIELD_LABELS,
  organisations: ORGANISATION_FIELD_LABELS,
  zones: ZONE_FIELD_LABELS,
  exemptions: EXEMPTION_FIELD_LABELS,
  facilities: FACILITY_FIELD_LABELS,
  milestones: MILESTONE_FIELD_LABELS,
  indicators: INDICATOR_FIELD_LABELS,
  benefitRules: BENEFIT_RULE_FIELD_LABELS,
};

/** Resource names: Korean has one form, English a singular and a plural. */
const RESOURCE_NAMES: Record<string, Bilingual> = {
  programs: { ko: '사업', en: 'Program |||| Programs' },
  organisations: { ko: '기관', en: 'Organisation |||| Organisations' },
  zones: { ko: '구역', en: 'Zone |||| Zones' },
  exemptions: { ko: '규제 특례', en: 'Exemption |||| Exemptions' },
  facilities: { ko: '시설', en: 'Facility |||| Facilities' },
  milestones: { ko: '추진 일정', en: 'Milestone |||| Milestones' },
  indicators: { ko: '지표', en: 'Indicator |||| Indicators' },
  benefitRules: { ko: '지원 기준', en: 'Benefit rule |||| Benefit rules' },
};

export const RESOURCE_NAMES_IN_ORDER = Object.keys(RESOURCE_NAMES);

function resourceMessages(locale: Locale) {
  return Object.fromEntries(
    Object.entries(RESOURCE_NAMES).map(([resource, name]) => [
      resource,
      {
        name: name[locale],
        fields: {
          ...pick(DOMAIN_LABELS[resource] ?? {}, locale),
          ...pick(ADMIN_FIELD_LABELS, locale),
          ...pick(VIEW_LABELS[resource] ?? {}, locale),
        },
      },
    ]),
  );
}

/**
 * Our own keys, merged into both languages' messages. Field keys such as `name.ko` stay flat: polyglot
 * joins nested keys with dots anyway, and flat keys let `name` and `name.ko` both have a label.
 */
export function appMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    bitgoeul: {
      title: text('빛고을 관리자', 'Bitgoeul admin'),
      searchHint: text('이름이나 코드로 검색', 'Search by name or code'),
      programs: {
        codeHint: text(
          '영문 대문자·숫자를 하이픈으로 이어 씁니다. 예: GWANGJU-TYPE-JOBS',
          'Capital letters and digits joined by hyphens, e.g. GWANGJU-TYPE-JOBS',
        ),
        noParent: text('(최상위 사업)', '(top-level program)'),
        searchParent: text('이름이나 코드로 검색', 'Search by name or code'),
      },
      dashboard: {
        title: text('대시보드', 'Dashboard'),
        programsInImplementation: text('추진 중인 사업', 'Programs in implementation'),
        zones: text('특구·산업단지', 'Zones'),
        facilitiesOperating: text('운영 중인 시설', 'Facilities operating'),
        births: text('출생아 수 (최근)', 'Births (latest)'),
        ggmJobs: text('GGM 직접고용 / 목표', 'GGM jobs / target'),
        aiOffices: text('AI 기업 사무소 개설 / 협약', 'AI offices opened / MOUs'),
        ofTotal: text('전체 %{total}개 중', 'of %{total}'),
        yoy: text('전년 동기 대비 %{change}', '%{change} on a year earlier'),
        progress: text('목표의 %{percent}%', '%{percent}% of target'),
        ofMous: text('협약 기관의 %{percent}%', '%{percent}% of MOUs'),
      },
      facilities: {
        nextSteps: text('다음 단계로:', 'Move to:'),
        moved: text('상태를 %{status}(으)로 바꿨습니다.', 'Status changed to %{status}.'),
        noMilestones: text('기록된 일정이 없습니다.', 'No milestones recorded.'),
        addMilestone: text('일정 추가', 'Add milestone'),
      },
      zones: {
        addExemption: text('특례 추가', 'Add exemption'),
      },
      benefitRules: {
        effectiveOn: text('적용일', 'Applies on'),
      },
      indicators: {
        addObservation: text('관측값 추가', 'Add observation'),
        correct: text('정정', 'Correct'),
        recorded: text('관측값을 기록했습니다.', 'Observation recorded.'),
        corrected: text('정정값을 새 버전으로 기록했습니다.', 'Correction recorded as a new vintage.'),
        yoy: text('전년 대비', 'YoY'),
        vintage: text('버전', 'Vintage'),
        recordedAt: text('기록 일시', 'Recorded at'),
        superseded: text('정정됨', 'Superseded'),
        periodHint: {
          MONTH: text('예: 2021-04, 누계는 2021-01/2021-04', 'e.g. 2021-04, a span 2021-01/2021-04'),
          QUARTER: text('예: 2021-Q2', 'e.g. 2021-Q2'),
          YEAR: text('예: 2021', 'e.g. 2021'),
          IRREGULAR: text('예: 2021, 2021-04, 2021-Q2', 'e.g. 2021, 2021-04, 2021-Q2'),
        },
      },
      calculator: {
        menu: text('지원금 계산기', 'Benefit calculator'),
        title: text('출산·육아 지원금 계산기', 'Birth and childcare benefit calculator'),
        intro: text(
          '아이의 출생일과 출생 순위를 넣으면 출생일에 시행 중인 지원 기준에 따라 받을 지원금을 지급일별로 보여 줍니다.',
          "Enter a child's birth date and order to see every payment, by date, under the rules in effect on the birth date.",
        ),
        compute: text('계산', 'Calculate'),
        rules: text('적용 기준', 'Rules applied'),
        payments: text('지급 내역', 'Payments'),
        rule: text('지원 기준', 'Rule'),
        count: text('지급 횟수', 'Payments'),
        subtotal: text('소계', 'Subtotal'),
        date: text('지급일', 'Date'),
        kind: text('지급 방식', 'Kind'),
        instalment: text('회차', 'Instalment'),
        amount: text('금액', 'Amount'),
        total: text('합계', 'Total'),
        nothing: text(
          '이 출생일과 출생 순위에 적용되는 지원 기준이 없습니다.',
          'No benefit rule applies to this birth date and child order.',
        ),
        rulesUnavailable: text('지원 기준을 불러오지 못했습니다.', 'The benefit rules could not be loaded.'),
      },
      map: {
        menu: text('지도', 'Map'),
        title: text('구역·시설 지도', 'Zones and facilities map'),
        attribution: 'Boundaries: Statistics Korea SGIS, KOGL Type 1',
        districts: text('자치구', 'Districts'),
        zones: text('구역', 'Zones'),
        facilities: text('시설', 'Facilities'),
        noLocation: text('좌표가 없는 시설', 'Facilities without coordinates'),
        approximate: text('대략적인 위치', 'Approximate location'),
      },
    },
    resources: resourceMessages(locale),
  };
}
