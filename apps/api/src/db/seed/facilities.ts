import type { Bilingual, FacilityKind, FacilityStatus, OrganisationRole } from '@bitgoeul/domain';
import { CITY } from './organisations.js';

/**
 * The facilities the article names. It gives no address beyond "광주", no coordinates, no capacity
 * and no zone a facility stands in; where each stands comes from other public sources (places.ts).
 */
export interface SeedFacility {
  code: string;
  name: Bilingual;
  description?: Bilingual;
  kind: FacilityKind;
  status: FacilityStatus;
  operator?: string;
  programs: string[];
  organisations?: { organisation: string; role: OrganisationRole }[];
}

export const seedFacilities: SeedFacility[] = [
  {
    code: 'GGM-CAR-PLANT',
    name: { ko: '광주글로벌모터스(GGM) 자동차공장', en: 'Gwangju Global Motors (GGM) car plant' },
    description: {
      ko: "'광주형 일자리' 완성차 공장. 23년 만에 국내에 건설된 자동차공장으로 지난 4월 완공, 9월부터 완성차 생산.",
      en: "The 'Gwangju-type jobs' car plant, the first car factory built in Korea in 23 years: completed in April, producing cars from September.",
    },
    kind: 'PLANT',
    // Completed in April; production starts in September, after the article.
    status: 'COMPLETED',
    operator: 'GGM',
    programs: ['GWANGJU-TYPE-JOBS'],
  },
  {
    code: 'NATIONAL-AI-DATA-CENTRE',
    name: { ko: '국가 AI 데이터센터', en: 'National AI data centre' },
    description: {
      ko: '세계적 수준의 슈퍼컴퓨팅 시스템을 갖춘 국내 유일의 국가 AI 데이터센터. 건립 중.',
      en: "The country's only national AI data centre, with a world-class supercomputing system; under construction.",
    },
    kind: 'DATA_CENTRE',
    status: 'UNDER_CONSTRUCTION',
    programs: ['NATIONAL-AI-DATA-CENTRE'],
    organisations: [{ organisation: 'MSIT', role: 'FUNDER' }],
  },
  {
    code: 'ECO-CAR-PARTS-CERTIFICATION-CENTRE',
    name: { ko: '친환경자동차 부품인증센터', en: 'Eco-friendly car parts certification centre' },
    description: {
      ko: '국내 유일의 친환경자동차 부품인증센터. 건설 중.',
      en: "The country's only certification centre for eco-friendly car parts; under construction.",
    },
    kind: 'CERTIFICATION_CENTRE',
    status: 'UNDER_CONSTRUCTION',
    programs: ['ECO-CAR-PARTS-CERTIFICATION-CENTRE'],
  },
  {
    code: 'EMERGENCY-CHILDCARE-CENTRE-24H',
    name: { ko: '24시간 긴급아이돌봄센터', en: '24-hour emergency childcare centre' },
    description: {
      ko: '전국 광역자치단체 가운데 처음으로 광주시가 운영하는 24시간 긴급아이돌봄센터.',
      en: 'The first 24-hour emergency childcare centre run by a metropolitan government, run by the city.',
    },
    kind: 'CHILDCARE_CENTRE',
    status: 'OPERATING',
    // "전국 광역자치단체 가운데 처음으로 24시간 긴급아이돌봄센터 운영": the city runs it.
    operator: CITY,
    programs: ['EMERGENCY-CHILDCARE-24H'],
  },
  {
    code: 'ESPORTS-ARENA',
    name: { ko: 'e스포츠 전용 경기장', en: 'Dedicated e-sports arena' },
    description: {
      ko: '전국 최대 규모의 e스포츠 전용 경기장. 개관했다(개관일은 기사에 없음).',
      en: "The country's largest dedicated e-sports arena, now open (the article gives no opening date).",
    },
    kind: 'ARENA',
    status: 'OPERATING',
    programs: ['ESPORTS-ARENA'],
  },
  {
    code: 'KOREA-SWIMMING-PROMOTION-CENTRE',
    name: { ko: '한국수영진흥센터', en: 'Korea Swimming Promotion Centre' },
    description: {
      ko: '2019 광주세계수영선수권대회 후속 유산사업으로 건립 추진.',
      en: 'To be built as a legacy of the 2019 World Aquatics Championships.',
    },
    kind: 'SPORTS_CENTRE',
    status: 'PLANNED',
    programs: ['KOREA-SWIMMING-PROMOTION-CENTRE'],
  },
  {
    code: 'KIMDAEJUNG-CONVENTION-CENTER',
    name: { ko: '광주김대중컨벤션센터', en: 'Kimdaejung Convention Center, Gwangju' },
    description: {
      ko: '2021년 2월 국가 AI 데이터센터 투자협약 및 착수식이 열린 곳.',
      en: 'Where the investment agreement and launch ceremony of the national AI data centre took place in February 2021.',
    },
    kind: 'CONVENTION_CENTRE',
    status: 'OPERATING',
    programs: [],
  },
];
