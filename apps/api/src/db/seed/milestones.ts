import type { Bilingual, DatePrecision, MilestoneKind } from '@bitgoeul/domain';

/**
 * The dated steps the article gives. Dates it gives as a month or a year are stored as the first day
 * at MONTH or YEAR precision. The e-sports arena "opened" on no stated date, and the domain refuses a
 * milestone without any date, so the arena has only its status.
 */
export type SeedMilestone = (
  | { facility: string; program?: undefined }
  | { program: string; facility?: undefined }
) & {
  kind: MilestoneKind;
  title?: Bilingual;
  plannedOn?: string;
  plannedOnPrecision?: DatePrecision;
  actualOn?: string;
  actualOnPrecision?: DatePrecision;
  note?: Bilingual;
};

export const seedMilestones: SeedMilestone[] = [
  {
    facility: 'GGM-CAR-PLANT',
    kind: 'COMPLETION',
    title: { ko: 'GGM 자동차공장 완공', en: 'GGM car plant completed' },
    actualOn: '2021-04-01',
    actualOnPrecision: 'MONTH',
  },
  {
    facility: 'GGM-CAR-PLANT',
    kind: 'PRODUCTION_START',
    title: { ko: 'GGM 완성차 생산 개시', en: 'GGM starts producing cars' },
    plannedOn: '2021-09-01',
    plannedOnPrecision: 'MONTH',
  },
  {
    facility: 'NATIONAL-AI-DATA-CENTRE',
    kind: 'AGREEMENT_SIGNED',
    title: {
      ko: '국가 AI 데이터센터 투자협약 및 착수식',
      en: 'National AI data centre investment agreement and launch ceremony',
    },
    actualOn: '2021-02-01',
    actualOnPrecision: 'MONTH',
    note: {
      ko: '광주김대중컨벤션센터에서 이용섭 광주시장, 최기영 과학기술정보통신부 장관 등이 참석.',
      en: 'At the Kimdaejung Convention Center, attended by Mayor Lee Yong-sup and Minister of Science and ICT Choi Ki-young.',
    },
  },
  {
    program: 'AQUATICS-2019-LEGACY',
    kind: 'EVENT_HELD',
    title: {
      ko: '2019 광주세계수영선수권대회 개최',
      en: '2019 Gwangju World Aquatics Championships held',
    },
    actualOn: '2019-01-01',
    actualOnPrecision: 'YEAR',
    note: {
      ko: '역대 가장 성공적이었다는 평가.',
      en: 'Judged the most successful championships ever held.',
    },
  },
  {
    program: 'WORLD-ARCHERY-2025-BID',
    kind: 'BID',
    title: {
      ko: '2025년 세계양궁선수권대회 유치 (날짜는 대회 개최 연도)',
      en: 'Bid for the 2025 World Archery Championships (dated by the year of the event)',
    },
    plannedOn: '2025-01-01',
    plannedOnPrecision: 'YEAR',
  },
  {
    program: 'ASIAN-GAMES-2038-BID',
    kind: 'BID',
    title: {
      ko: '2038년 광주·대구 하계아시안게임 유치 (날짜는 대회 개최 연도)',
      en: 'Bid for the 2038 Gwangju–Daegu Summer Asian Games (dated by the year of the event)',
    },
    plannedOn: '2038-01-01',
    plannedOnPrecision: 'YEAR',
  },
];
