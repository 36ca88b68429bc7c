import {
  type Aggregation,
  type Bilingual,
  baseFromYoy,
  type Direction,
  type Frequency,
  type IndicatorUnit,
  type ObservationStatus,
  type SubjectType,
  type TargetKind,
} from '@bitgoeul/domain';
import { CITY } from './organisations.js';

/**
 * The article's figures. What it reports is stored as reported; the one figure derived from it (the
 * year-earlier births behind "+7.2 %") is computed by the domain and marked ESTIMATED, so that the
 * growth rate is never stored but recomputed by `yoyChange`. Running counts reported mid-2021
 * (hired staff, MOUs, offices) are PROVISIONAL: the 2021 figure will still move.
 */
export interface SeedObservation {
  period: string;
  value: string;
  status: ObservationStatus;
  note?: string;
}

export interface SeedTarget {
  kind: TargetKind;
  period?: string;
  deadline?: string;
  value: string;
  note?: string;
}

export interface SeedIndicator {
  code: string;
  name: Bilingual;
  description?: Bilingual;
  unit: IndicatorUnit;
  frequency: Frequency;
  aggregation: Aggregation;
  direction: Direction;
  /** The subject's code: a program, zone, facility or organisation (CITY: the city's organisation). */
  subject: { type: SubjectType; code: string };
  observations: SeedObservation[];
  targets: SeedTarget[];
}

/** "지난 1~4월 누적 출생아 수는 2769명으로 전년 동기 대비 7.2%나 늘었다." */
export const BIRTHS_2021 = '2769';
export const BIRTHS_REPORTED_YOY = '7.2';
const birthsBase = baseFromYoy(BIRTHS_2021, BIRTHS_REPORTED_YOY);
if (birthsBase === null) throw new Error('The reported births growth leaves no base');

export const seedIndicators: SeedIndicator[] = [
  {
    code: 'GWANGJU-BIRTHS',
    name: { ko: '출생아 수', en: 'Births' },
    description: {
      ko: '광주광역시 출생아 수. 2021년 1~4월 증가율은 전국 자치단체 가운데 가장 높았다.',
      en: 'Births in Gwangju. Growth in January–April 2021 was the highest of any local government in Korea.',
    },
    unit: 'PERSONS',
    frequency: 'MONTH',
    aggregation: 'SUM',
    direction: 'UP_IS_GOOD',
    subject: { type: 'CITY', code: CITY },
    observations: [
      {
        period: '2021-01/2021-04',
        value: BIRTHS_2021,
        status: 'PROVISIONAL',
        note: '1~4월 누적, 기사 보도치. 전년 동기 대비 7.2% 증가, 전국 자치단체 중 최고 증가율. 연중 집계라 잠정치로 기록. / Jan–Apr total as reported, +7.2 % on a year earlier; recorded as provisional because it is an in-year figure.',
      },
      {
        period: '2020-01/2020-04',
        value: birthsBase,
        status: 'ESTIMATED',
        note: `기사의 2021년 1~4월 ${BIRTHS_2021}명과 전년 동기 대비 +${BIRTHS_REPORTED_YOY}%에서 역산한 추정치(baseFromYoy). 기사에 직접 나온 수치가 아님. / Derived from the reported ${BIRTHS_2021} and +${BIRTHS_REPORTED_YOY} %; not a figure the article gives.`,
      },
    ],
    targets: [],
  },
  {
    code: 'GGM-DIRECT-EMPLOYEES',
    name: { ko: 'GGM 직접고용 인원', en: 'GGM direct employees' },
    description: {
      ko: '광주글로벌모터스(GGM)가 직접 고용한 직원 수.',
      en: 'Staff directly employed by Gwangju Global Motors (GGM).',
    },
    unit: 'PERSONS',
    frequency: 'IRREGULAR',
    aggregation: 'LAST',
    direction: 'UP_IS_GOOD',
    subject: { type: 'PROGRAM', code: 'GWANGJU-TYPE-JOBS' },
    observations: [
      {
        period: '2021',
        value: '530',
        status: 'PROVISIONAL',
        note: '기사 시점(2021년 중반)까지 채용한 직원 수. / Staff hired by the time of the article (mid-2021).',
      },
    ],
    targets: [
      {
        kind: 'END_OF_PROGRAM',
        value: '1000',
        note: '직접고용 1000명 목표. 기한은 기사에 없음. / 1,000 direct jobs; the article sets no date.',
      },
    ],
  },
  {
    code: 'GGM-INDIRECT-EMPLOYMENT',
    name: { ko: 'GGM 간접고용 규모', en: 'GGM indirect employment' },
    description: {
      ko: '광주글로벌모터스(GGM) 공장으로 생기는 간접 일자리 규모.',
      en: 'Indirect jobs created by the Gwangju Global Motors (GGM) plant.',
    },
    unit: 'PERSONS',
    frequency: 'IRREGULAR',
    aggregation: 'LAST',
    direction: 'UP_IS_GOOD',
    subject: { type: 'PROGRAM', code: 'GWANGJU-TYPE-JOBS' },
    observations: [],
    targets: [
      {
        // An observation would need a period the article does not give; a dateless
        // END_OF_PROGRAM target is the one place a figure without a date can honestly go.
        kind: 'END_OF_PROGRAM',
        value: '10000',
        note: "기사 표현은 '간접고용 규모는 1만 명까지 늘어날 전망'(전망치, 상한). 기한 없음. / The article calls this an expectation of up to 10,000, with no date.",
      },
    ],
  },
  {
    code: 'AI-MOUS-SIGNED',
    name: { ko: 'AI 기업·기관 업무협약 체결 수', en: 'AI companies and institutions signed (MOUs)' },
    description: {
      ko: '광주시와 업무협약을 맺은 AI 기업 및 기관 수(누적). 기사는 기관명을 밝히지 않았다.',
      en: 'AI companies and institutions that have signed an MOU with the city, cumulative. The article names none of them.',
    },
    unit: 'ORGANISATIONS',
    frequency: 'IRREGULAR',
    aggregation: 'LAST',
    direction: 'UP_IS_GOOD',
    subject: { type: 'PROGRAM', code: 'AI-COMPANY-ATTRACTION' },
    observations: [
      {
        period: '2021',
        value: '100',
        status: 'PROVISIONAL',
        note: '기사 시점(2021년 중반)까지 누적. / Cumulative to the time of the article (mid-2021).',
      },
    ],
    targets: [],
  },
  {
    code: 'AI-OFFICES-OPENED',
    name: {
      ko: '광주에 법인·사무소를 연 AI 기업·기관 수',
      en: 'AI companies and institutions with a corporation or office in Gwangju',
    },
    description: {
      ko: '업무협약을 맺은 AI 기업·기관 가운데 광주에 법인 또는 사무소를 연 곳(누적).',
      en: 'Of the AI companies and institutions that signed an MOU, those that opened a corporation or office in Gwangju, cumulative.',
    },
    unit: 'ORGANISATIONS',
    frequency: 'IRREGULAR',
    aggregation: 'LAST',
    direction: 'UP_IS_GOOD',
    subject: { type: 'PROGRAM', code: 'AI-COMPANY-ATTRACTION' },
    observations: [
      {
        period: '2021',
        value: '61',
        status: 'PROVISIONAL',
        note: '업무협약 100곳 가운데 61곳, 기사 시점(2021년 중반)까지 누적. / 61 of the 100 signed, to mid-2021.',
      },
    ],
    targets: [],
  },
  {
    code: 'GWANGJU-FEZ-DISTRICTS',
    name: { ko: '광주 경제자유구역 지구 수', en: 'Districts of the Gwangju Free Economic Zone' },
    unit: 'COUNT',
    frequency: 'IRREGULAR',
    aggregation: 'LAST',
    direction: 'UP_IS_GOOD',
    subject: { type: 'ZONE', code: 'GWANGJU-FEZ' },
    observations: [
      {
        period: '2020-06',
        value: '4',
        status: 'FINAL',
        note: '2020년 6월 지정 시 4개 지구(빛그린산단, 첨단3지구, 에너지밸리 일반산단·국가산단). / Four districts at designation, June 2020.',
      },
    ],
    targets: [],
  },
];
