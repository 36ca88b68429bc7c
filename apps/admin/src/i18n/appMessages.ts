import type { Bilingual, Locale } from '@bitgoeul/domain';
import { dashboardMessages } from '../dashboard/dashboardMessages';
import { publishingMessages } from '../publishing/publishingMessages';
import { RESOURCES } from '../resources';
import { accountMessages } from './accountMessages';
import { historyMessages } from './historyMessages';
import { relationMessages } from './relationMessages';
import { sourceMessages } from './sourceMessages';

const pick = (labels: Readonly<Record<string, Bilingual>>, locale: Locale) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

/** Labels for what only the admin shows; the fields a person fills in are named by the domain. */
const ADMIN_FIELD_LABELS = {
  id: { ko: 'ID', en: 'ID' },
  name: { ko: '이름', en: 'Name' },
  version: { ko: '버전', en: 'Version' },
  createdAt: { ko: '등록 일시', en: 'Created at' },
  updatedAt: { ko: '수정 일시', en: 'Updated at' },
  q: { ko: '검색', en: 'Search' },
};

/** Each resource's name and field labels, from its definition (domain's, the admin's, then its views'). */
function resourceMessages(locale: Locale) {
  return Object.fromEntries(
    RESOURCES.map((resource) => [
      resource.record.name,
      {
        name: resource.name[locale],
        fields: {
          ...pick(resource.fieldLabels ?? {}, locale),
          ...pick(ADMIN_FIELD_LABELS, locale),
          ...pick(resource.viewLabels ?? {}, locale),
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
      signInFor: text(
        '광주광역시 사업·구역·시설·통계 관리',
        "Gwangju's programs, zones, facilities and statistics",
      ),
      dateHint: text('예: 2021-05-03 또는 2021. 5. 3.', 'e.g. 2021-05-03 or 2021. 5. 3.'),
      searchHint: text('이름이나 코드로 검색', 'Search by name or code'),
      code: {
        hint: text(
          '영문 대문자·숫자를 하이픈으로 이어 씁니다. 예: GWANGJU-AI-ACADEMY',
          'Capital letters and digits joined by hyphens, e.g. GWANGJU-AI-ACADEMY',
        ),
        TOO_SHORT: text('코드는 2자 이상이어야 합니다.', 'A code has at least 2 characters.'),
        TOO_LONG: text('코드는 %{max}자까지 쓸 수 있습니다.', 'A code has at most %{max} characters.'),
        LOWER_CASE: text('코드는 영문 대문자로 씁니다.', 'A code is written in capital letters.'),
        INVALID_FORMAT: text(
          '코드에는 영문 대문자, 숫자와 단어 사이의 하이픈(-)만 쓸 수 있습니다. 한글 이름은 이름 칸에 씁니다.',
          'A code holds only capital letters, digits and single hyphens between words. Names go in the name fields.',
        ),
        taken: text(
          '%{code}은(는) 이미 다른 기록이 쓰고 있습니다.',
          '%{code} is already used by another record.',
        ),
        free: text('쓸 수 있는 코드입니다.', 'This code is free.'),
        useSuggestion: text('%{code} 사용', 'Use %{code}'),
      },
      programs: {
        codeHint: text(
          '영문 대문자·숫자를 하이픈으로 이어 씁니다. 예: GWANGJU-TYPE-JOBS',
          'Capital letters and digits joined by hyphens, e.g. GWANGJU-TYPE-JOBS',
        ),
        noParent: text('(최상위 사업)', '(top-level program)'),
        searchParent: text('이름이나 코드로 검색', 'Search by name or code'),
        view: text('보기', 'View'),
        viewList: text('목록', 'List'),
        viewTree: text('계층', 'Tree'),
        treeLabel: text('사업과 하위 사업', 'Programs and their sub-programs'),
        treeTruncated: text(
          '사업 %{total}개 가운데 %{shown}개를 보여 줍니다. 검색이나 필터로 좁히십시오.',
          'Showing %{shown} of %{total} programs. Narrow them with the search or a filter.',
        ),
        expand: text('%{name}의 하위 사업 펼치기', 'Show the sub-programs of %{name}'),
        collapse: text('%{name}의 하위 사업 접기', 'Hide the sub-programs of %{name}'),
      },
      dashboard: {
        title: text('대시보드', 'Dashboard'),
        programsInImplementation: text('추진 중인 사업', 'Programs in implementation'),
        zones: text('특구·산업단지', 'Zones'),
        facilitiesOperating: text('운영 중인 시설', 'Facilities operating'),
        births: text('출생아 수', 'Births'),
        ggmJobs: text('GGM 직접고용 / 목표', 'GGM jobs / target'),
        aiOffices: text('AI 기업 사무소 개설 / 협약', 'AI offices opened / MOUs'),
        ofTotal: text('전체 %{total}개 중', 'of %{total}'),
        yoy: text('전년 동기 대비 %{change}', '%{change} on the same period a year earlier'),
        yoyYear: text('전년 대비 %{change}', '%{change} on the year before'),
        noComparison: text('전년 동기 자료 없음', 'no figure for the same period a year earlier'),
        noComparisonYear: text('전년 자료 없음', 'no figure for the year before'),
        comparedWith: text('비교: %{period} %{value}', 'Compared with %{period}: %{value}'),
        comparedPeriod: text('비교 대상: %{period}', 'To compare with: %{period}'),
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
        exportCsv: text('모든 판 내려받기(CSV)', 'Download every vintage (CSV)'),
        exportXlsx: text('모든 판 내려받기(XLSX)', 'Download every vintage (XLSX)'),
        correct: text('정정', 'Correct'),
        recorded: text('관측값을 기록했습니다.', 'Observation recorded.'),
        corrected: text('정정값을 새 버전으로 기록했습니다.', 'Correction recorded as a new vintage.'),
        yoy: text('전년 대비', 'YoY'),
        vintage: text('버전', 'Vintage'),
        recordedAt: text('기록 일시', 'Recorded at'),
        superseded: text('정정됨', 'Superseded'),
        periodHint: {
          MONTH: text(
            '예: 2021년 4월 또는 2021-04, 누계는 2021년 1~4월',
            'e.g. Apr 2021 or 2021-04, a span Jan–Apr 2021',
          ),
          QUARTER: text('예: 2021년 2분기 또는 2021 Q2', 'e.g. Q2 2021 or 2021-Q2'),
          YEAR: text('예: 2021', 'e.g. 2021'),
          IRREGULAR: text('예: 2021, 2021년 4월, 2021년 2분기', 'e.g. 2021, Apr 2021, Q2 2021'),
        },
        periodRead: text('%{label}(으)로 읽었습니다 (%{text})', 'Read as %{label} (%{text})'),
      },
      import: {
        title: text('관측값 가져오기', 'Import observations'),
        button: text('가져오기(CSV·XLSX)', 'Import (CSV, XLSX)'),
        intro: text(
          '먼저 이 파일의 출처를 고르십시오(가장 최근에 등록한 출처가 골라져 있습니다). 그다음 지표 코드, 기간, 값, 상태 열이 있는 CSV(UTF-8) 또는 XLSX 파일(시트 1개)을 고르십시오. 출처 코드와 비고 열은 있어도 되고 없어도 되며, 출처 코드가 비어 있는 행은 고른 출처를 인용합니다. 기간은 2021-04, 2021년 4월, 누계는 2021년 1~5월처럼 씁니다. 열 이름은 한국어나 영어(indicatorCode, period, value, status, sourceCode, note)로 쓰고, 상태는 잠정·확정·추정·전망 또는 코드로 씁니다.\n먼저 모든 행을 검사해 문제가 있는 행을 보여 주며, 문제가 없을 때만 모든 행을 한꺼번에 가져옵니다(하나라도 거부되면 아무것도 기록하지 않습니다).',
          'First choose the source of this file (the most recently added one is preselected). Then choose a CSV (UTF-8) or an XLSX file (one sheet) with the columns indicator code, period, value and status; source code and note may be added, and a row without a source code cites the chosen source. Periods read 2021-04, Apr 2021, or a span Jan–May 2021. Headers may be Korean or English (indicatorCode, period, value, status, sourceCode, note); the status is 잠정/확정/추정/전망 or its code.\nEvery row is checked first and each problem listed; only a clean file can be imported, all rows at once (if any row is refused, nothing is written).',
        ),
        choose: text('파일 선택', 'Choose a file'),
        template: text('서식 내려받기(CSV)', 'Download the template (CSV)'),
        menu: text('관측값 가져오기', 'Import observations'),
        backToIndicator: text('지표로 돌아가기', 'Back to the indicator'),
        file: text('파일: %{name}', 'File: %{name}'),
        checking: text('검사하는 중입니다…', 'Checking…'),
        clean: text('%{count}행 모두 가져올 수 있습니다.', 'All %{count} rows can be imported.'),
        refused: text(
          '%{rows}개 행에서 문제 %{errors}건을 찾았습니다. 파일을 고쳐 다시 선택하십시오. 아무것도 기록하지 않았습니다.',
          'Found %{errors} problem(s) in %{rows} row(s). Fix the file and choose it again. Nothing was written.',
        ),
        commit: text('가져오기', 'Import'),
        done: text('%{count}행을 가져왔습니다.', 'Imported %{count} rows.'),
        row: text('행', 'Row'),
        column: text('열', 'Column'),
        reason: text('사유', 'Reason'),
        problems: {
          empty: text(
            '파일에 가져올 행이 없습니다. 첫 행에 열 이름을, 그다음 행부터 값을 넣으십시오.',
            'The file has no rows to import: headers in the first row, figures from the next.',
          ),
          missingColumns: text(
            '필수 열이 없습니다: %{columns}. 첫 행에 열 이름(%{headers})을 넣으십시오.',
            'Required columns are missing: %{columns}. Put the headers (%{headers}) in the first row.',
          ),
          tooManyRows: text(
            '한 번에 %{max}행까지 가져올 수 있습니다(이 파일: %{count}행). 파일을 나누어 가져오십시오.',
            'At most %{max} rows can be imported at once (this file: %{count}). Split the file.',
          ),
          sheets: text(
            '이 XLSX 파일에는 시트가 %{count}개(%{names}) 있습니다. 가져올 시트 하나만 남기고 다시 선택하십시오.',
            'This XLSX file has %{count} sheets (%{names}). Keep only the sheet to import and choose it again.',
          ),
          fileType: text(
            'CSV 또는 XLSX 파일만 가져올 수 있습니다.',
            'Only CSV and XLSX files can be imported.',
          ),
          unreadable: text('파일을 읽을 수 없습니다: %{detail}', 'The file could not be read: %{detail}'),
        },
      },
      // The program import page; its buttons, table and file problems are the observation import's words.
      programImport: {
        menu: text('사업 가져오기', 'Import programs'),
        title: text('사업 가져오기', 'Import programs'),
        intro: text(
          '먼저 이 파일의 출처를 고르십시오. 출처 코드가 비어 있는 행은 고른 출처를 인용합니다. 코드, 이름(한국어), 개요(한국어), 분야, 상태 열이 있는 CSV(UTF-8) 또는 XLSX 파일(시트 1개)을 고르십시오. 이름(영어), 개요(영어), 계획 시작일, 계획 종료일, 실제 시작일, 실제 종료일, 상위 사업 코드, 출처 코드, 진척률(%) 열은 있어도 되고 없어도 됩니다. 열 이름은 한국어나 영어, API 필드 이름(code, nameKo, summaryKo, area, status …)으로 씁니다.\n분야와 상태는 한국어 이름(예: 인구·보육, 추진 중), 영어 이름 또는 코드로, 날짜는 2021-03-01처럼, 출처 코드는 여러 개면 쉼표나 세미콜론으로 나누어 씁니다. 상위 사업은 이미 등록된 사업이나 같은 파일의 다른 행의 코드로 지정합니다.\n먼저 모든 행을 검사해 문제가 있는 행을 보여 주며, 문제가 없을 때만 모든 사업을 한꺼번에 등록합니다(하나라도 거부되면 아무것도 기록하지 않습니다).',
          'First choose the source of this file: a row without source codes cites it. Then choose a CSV (UTF-8) or an XLSX file (one sheet) with the columns code, name (Korean), summary (Korean), area and status; name (English), summary (English), planned start and end, actual start and end, parent program code, source codes and progress (%) may be added. Headers may be Korean, English or the API field names (code, nameKo, summaryKo, area, status …).\nArea and status are written as their Korean or English names (e.g. Population & childcare, Implementation) or codes; dates as 2021-03-01; several source codes separated by commas or semicolons. A parent is the code of a program on record or of another row of the file.\nEvery row is checked first and each problem listed; only a clean file can be imported, all programs at once (if any row is refused, nothing is written).',
        ),
        done: text('사업 %{count}개를 등록했습니다.', 'Created %{count} programs.'),
        toList: text('사업 목록 보기', 'Go to the program list'),
      },
      chart: {
        title: text('%{name} 추이', '%{name} over time'),
        period: text('기간', 'Period'),
        value: text('값', 'Value'),
        valueIn: text('값(단위: %{unit})', 'Value (%{unit})'),
        target: text('목표', 'Target'),
        incomplete: text('일부 기간', 'Partial period'),
        grain: text('주기', 'Frequency'),
        rangeAll: text('전체', 'All'),
        rangeYears: text('최근 %{years}년', 'Last %{years} years'),
        bar: text('막대', 'Bars'),
        line: text('선', 'Line'),
        viewSeries: text('기간별', 'By period'),
        viewSpans: text('누계 기간', 'Spans'),
        empty: text('그래프로 그릴 값이 없습니다.', 'There are no figures to chart.'),
        spansLeftOut: text(
          '누계 기간 값(예: 2021년 1~4월) %{count}개는 기간별 그래프에 넣지 않았습니다. "누계 기간"에서 볼 수 있습니다.',
          '%{count} figure(s) over a span (e.g. Jan–Apr 2021) are left out of the series; see "Spans".',
        ),
        trends: text('주요 지표 추이', 'Key indicators over time'),
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
      ...historyMessages(locale),
      ...accountMessages(locale),
      ...sourceMessages(locale),
      ...relationMessages(locale),
      ...dashboardMessages(locale),
      ...publishingMessages(locale),
      figures: {
        title: text('지표', 'Indicators'),
        indicator: text('지표', 'Indicator'),
        latest: text('최근 값', 'Latest figure'),
        period: text('기간', 'Period'),
        target: text('목표 (달성률)', 'Target (achieved)'),
        via: text('지표의 대상', 'Measured for'),
        own: text('이 기록', 'This record'),
        none: text(
          '이 기록이나 관련 사업의 지표가 없습니다.',
          'No indicator measures this record or its programs.',
        ),
      },
      map: {
        menu: text('지도', 'Map'),
        title: text('구역·시설 지도', 'Zones and facilities map'),
        attribution: text(
          '경계: 통계청 SGIS(2018), 공공누리 제1유형',
          'Boundaries: Statistics Korea SGIS (2018), KOGL Type 1',
        ),
        districts: text('자치구', 'Districts'),
        zones: text('구역', 'Zones'),
        facilities: text('시설', 'Facilities'),
        noLocation: text('좌표가 없는 시설', 'Facilities without coordinates'),
        approximate: text('대략적인 위치', 'Approximate location'),
        placedOnMap: text('지도에서 지정한 위치', 'Placed on the map'),
        place: text('지도에서 위치 지정', 'Place on the map'),
        placeFacility: text('위치를 지정할 시설', 'Facility to place'),
        placeHint: text(
          '%{name}: 지도에서 시설이 있는 곳을 클릭하세요. 주소는 그대로 두고 좌표만 바꿉니다.',
          '%{name}: click where the facility stands. Its address is kept; only its point changes.',
        ),
        placeCancel: text('취소', 'Cancel'),
        placed: text('%{name}의 위치를 저장했습니다.', 'The location of %{name} was saved.'),
        placeFailed: text(
          '위치를 저장하지 못했습니다: %{reason}',
          'The location could not be saved: %{reason}',
        ),
        location: text('위치', 'Location'),
        zoneMap: text('%{name}의 경계와 시설', 'Outline and facilities of %{name}'),
        facilityMap: text('%{name}의 위치', 'Where %{name} stands'),
        noOutline: text(
          '경계가 기록되지 않았습니다. 그리거나 GeoJSON 파일을 올려 주세요.',
          'No outline is recorded. Draw one or upload a GeoJSON file.',
        ),
        noPoint: text('좌표가 기록되지 않았습니다.', 'No coordinates are recorded.'),
        closeCard: text('닫기', 'Close'),
        zone: text('구역', 'Zone'),
        parentZone: text('상위 구역', 'Parent zone'),
        area: text('면적', 'Area'),
        facilityCount: text(
          '시설 %{smart_count}곳',
          '%{smart_count} facility |||| %{smart_count} facilities',
        ),
        noFigures: text('기록된 지표 값이 없습니다.', 'No indicator figures are recorded.'),
        openRecord: text('자세히 보기', 'Open the record'),
        draw: text('경계 그리기', 'Draw the outline'),
        redraw: text('경계 새로 그리기', 'Draw a new outline'),
        editOutline: text('경계 수정', 'Edit the outline'),
        upload: text('GeoJSON 파일 올리기', 'Upload a GeoJSON file'),
        saveOutline: text('경계 저장', 'Save the outline'),
        drawHint: text(
          '지도를 클릭해 꼭짓점을 찍고, 첫 점을 다시 클릭하면 완성됩니다.',
          'Click the map to set each corner; click the first one again to finish.',
        ),
        draftHint: text(
          '꼭짓점을 끌어 고칠 수 있습니다. 저장하기 전에는 아무것도 바뀌지 않습니다.',
          'Drag a corner to adjust it. Nothing changes until you save.',
        ),
        fileRead: text(
          '%{name}을(를) 읽었습니다. 확인하고 저장하세요.',
          '%{name} was read. Check it and save.',
        ),
        outlineSaved: text('경계를 저장했습니다.', 'The outline was saved.'),
        outlineFailed: text(
          '경계를 저장하지 못했습니다: %{reason}',
          'The outline could not be saved: %{reason}',
        ),
        file: {
          NOT_JSON: text('%{name}: JSON 파일이 아닙니다.', '%{name}: not a JSON file.'),
          NOT_GEOJSON: text(
            '%{name}: GeoJSON(Feature, FeatureCollection 또는 도형)이 아닙니다.',
            '%{name}: not GeoJSON (a Feature, a FeatureCollection or a geometry).',
          ),
          EMPTY: text('%{name}: 도형이 없습니다.', '%{name}: holds no geometry.'),
          NOT_AN_AREA: text(
            '%{name}: %{detail}은(는) 구역 경계가 될 수 없습니다. Polygon 또는 MultiPolygon이어야 합니다.',
            '%{name}: a %{detail} cannot be a zone outline; it must be a Polygon or MultiPolygon.',
          ),
          INVALID: text(
            '%{name}: 경계가 올바르지 않습니다 — %{detail}',
            '%{name}: the outline is not valid — %{detail}',
          ),
        },
      },
    },
    resources: resourceMessages(locale),
  };
}
