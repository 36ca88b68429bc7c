import type { Bilingual, OrganisationKind, OrganisationRole } from '@bitgoeul/domain';
import { seedPrograms } from './programs.js';
import { seedSocietyPrograms } from './programs-society.js';

/**
 * Every organisation the article names, and no other: it counts "AI 기업 및 기관 100곳" but names
 * none of them, so those are indicators (statistics.ts), not records. It names no city department
 * either; the city itself leads its programs.
 */
export interface SeedOrganisation {
  code: string;
  name: Bilingual;
  description?: Bilingual;
  kind: OrganisationKind;
  parent?: string;
}

export const CITY = 'GWANGJU-METROPOLITAN-CITY';

export const seedOrganisations: SeedOrganisation[] = [
  {
    code: CITY,
    name: { ko: '광주광역시', en: 'Gwangju Metropolitan City' },
    description: {
      ko: '이용섭 시장. 광주형 일자리와 AI산업을 두 날개로 삼은 도시 발전 전략을 추진한다.',
      en: 'Mayor Lee Yong-sup. Pursues a development strategy with Gwangju-type jobs and the AI industry as its two wings.',
    },
    kind: 'CITY',
  },
  {
    code: 'MSIT',
    name: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' },
    description: {
      ko: '최기영 장관이 2021년 2월 국가 AI 데이터센터 투자협약 및 착수식에 참석했다.',
      en: 'Minister Choi Ki-young attended the investment agreement and launch ceremony of the national AI data centre in February 2021.',
    },
    kind: 'MINISTRY',
  },
  {
    code: 'GGM',
    name: { ko: '광주글로벌모터스(GGM)', en: 'Gwangju Global Motors (GGM)' },
    description: {
      ko: "'광주형 일자리' 완성차 공장을 운영하는 회사.",
      en: "The company that runs the 'Gwangju-type jobs' car plant.",
    },
    kind: 'COMPANY',
  },
  {
    code: 'GIST',
    name: { ko: '광주과학기술원(GIST)', en: 'Gwangju Institute of Science and Technology (GIST)' },
    description: {
      ko: 'AI 관련 전공을 개설해 인재 양성에 들어갔다.',
      en: 'Opened AI majors to train talent.',
    },
    kind: 'UNIVERSITY',
  },
  {
    code: 'GWANGJU-TOURISM-FOUNDATION',
    name: { ko: '광주관광재단', en: 'Gwangju Tourism Foundation' },
    description: {
      ko: '광주시가 설립한 광주 관광 컨트롤타워.',
      en: "Founded by the city as the control tower of Gwangju's tourism.",
    },
    kind: 'FOUNDATION',
    // Founded by the city ("광주시는 … 광주관광재단도 설립했다"), so it hangs under it.
    parent: CITY,
  },
  {
    code: 'PEPPER-SAVINGS-BANK',
    name: { ko: '페퍼저축은행', en: 'Pepper Savings Bank' },
    kind: 'COMPANY',
  },
  {
    code: 'PEPPER-SAVINGS-BANK-VOLLEYBALL',
    name: {
      ko: '페퍼저축은행 여자프로배구단',
      en: "Pepper Savings Bank women's professional volleyball club",
    },
    description: {
      ko: '호남권 최초의 여자프로배구단. 광주시가 유치했다.',
      en: "The first women's professional volleyball club in the Honam region, brought to Gwangju by the city.",
    },
    kind: 'SPORTS_CLUB',
    parent: 'PEPPER-SAVINGS-BANK',
  },
  {
    code: 'JEOLLANAM-DO',
    name: { ko: '전라남도', en: 'Jeollanam-do (South Jeolla Province)' },
    kind: 'CITY',
  },
  {
    code: 'JEOLLABUK-DO',
    name: { ko: '전라북도', en: 'Jeollabuk-do (North Jeolla Province)' },
    kind: 'CITY',
  },
  {
    code: 'DAEGU-METROPOLITAN-CITY',
    name: { ko: '대구광역시', en: 'Daegu Metropolitan City' },
    kind: 'CITY',
  },
  {
    code: 'AI-DATA-INDUSTRY-AGENCY',
    name: {
      ko: 'AI데이터산업융합원(가칭)',
      en: 'AI Data Industry Convergence Agency (tentative name)',
    },
    description: {
      ko: 'AI산업 육성 전담기관. 설립 추진 중이며 이름은 가칭이다.',
      en: 'A dedicated agency for the AI industry; its founding is being pursued and the name is provisional.',
    },
    kind: 'AGENCY',
  },
];

export interface SeedProgramLink {
  program: string;
  organisation: string;
  role: OrganisationRole;
}

/** Programs the article says someone other than the city carries out; every other one the city leads. */
const NOT_CITY_LED = new Set(['AI-TALENT-MAJORS']);

const cityLeads: SeedProgramLink[] = [...seedPrograms, ...seedSocietyPrograms]
  .filter((program) => !NOT_CITY_LED.has(program.code))
  .map((program) => ({ program: program.code, organisation: CITY, role: 'LEAD' }));

export const seedProgramLinks: SeedProgramLink[] = [
  ...cityLeads,
  // "광주과학기술원(GIST)과 지역대학은 AI 관련 전공을 개설해": GIST does it; the universities are unnamed.
  { program: 'AI-TALENT-MAJORS', organisation: 'GIST', role: 'LEAD' },
  // The company of the Gwangju-type jobs car plant.
  { program: 'GWANGJU-TYPE-JOBS', organisation: 'GGM', role: 'PARTNER' },
  // A national data centre, signed with the minister present: the ministry pays for it.
  { program: 'NATIONAL-AI-DATA-CENTRE', organisation: 'MSIT', role: 'FUNDER' },
  // "전남·전북과 함께 추진하는 … 호남 RE300"
  { program: 'HONAM-RE300', organisation: 'JEOLLANAM-DO', role: 'PARTNER' },
  { program: 'HONAM-RE300', organisation: 'JEOLLABUK-DO', role: 'PARTNER' },
  // "2038년 광주·대구 하계아시안게임"
  { program: 'ASIAN-GAMES-2038-BID', organisation: 'DAEGU-METROPOLITAN-CITY', role: 'PARTNER' },
  { program: 'WOMENS-VOLLEYBALL-CLUB', organisation: 'PEPPER-SAVINGS-BANK-VOLLEYBALL', role: 'PARTNER' },
];
