import type { ProgramArea, ProgramStatus } from '@bitgoeul/domain';

/**
 * Every program the 2021 Hankyung feature on Gwangju names, with the Korean name as the article
 * writes it and an English translation. Umbrella programs group what the article groups
 * ("AI산업", "광주다움", the international sports city); `parent` refers to another code here.
 * Progress is left unreported (null) unless the article says the work is done.
 */
export interface SeedProgram {
  code: string;
  name: { ko: string; en: string };
  summary: { ko: string; en: string };
  area: ProgramArea;
  status: ProgramStatus;
  parent?: string;
  plannedStart?: string;
  actualStart?: string;
  actualEnd?: string;
  progress?: number;
}

const jobs: SeedProgram[] = [
  {
    code: 'GWANGJU-TYPE-JOBS',
    name: { ko: '광주형 일자리', en: 'Gwangju-type jobs' },
    summary: {
      ko: '자치단체 주도의 사회 대통합형 노사 상생 일자리. 23년 만에 국내에 자동차공장(광주글로벌모터스)을 건설했다.',
      en: 'A local-government-led, labour–management win-win job model; it built the first new car factory in Korea in 23 years (Gwangju Global Motors).',
    },
    area: 'JOBS_MOBILITY',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'FUTURE-MOBILITY',
    name: { ko: '미래 자동차산업 육성', en: 'Future car industry' },
    summary: {
      ko: '친환경 자율주행 시대를 여는 미래 자동차산업 기반 구축.',
      en: 'Building the base for the future car industry and the era of clean, autonomous driving.',
    },
    area: 'JOBS_MOBILITY',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'ECO-CAR-PARTS-CERTIFICATION-CENTRE',
    name: { ko: '친환경자동차 부품인증센터 건설', en: 'Eco-friendly car parts certification centre' },
    summary: {
      ko: '국내 유일의 친환경자동차 부품인증센터 건설.',
      en: "Building the country's only certification centre for eco-friendly car parts.",
    },
    area: 'JOBS_MOBILITY',
    status: 'IMPLEMENTATION',
    parent: 'FUTURE-MOBILITY',
  },
  {
    code: 'UNMANNED-LOW-SPEED-VEHICLE-RFZ',
    name: {
      ko: '무인 저속 특장차 규제자유특구',
      en: 'Regulation-free special zone for unmanned low-speed special vehicles',
    },
    summary: {
      ko: '무인 저속 특장차 규제자유특구 지정으로 친환경 자율주행 시대를 연다.',
      en: 'A regulation-free special zone for unmanned, low-speed special-purpose vehicles.',
    },
    area: 'JOBS_MOBILITY',
    status: 'IMPLEMENTATION',
    parent: 'FUTURE-MOBILITY',
  },
];

const ai: SeedProgram[] = [
  {
    code: 'AI-INDUSTRY',
    name: { ko: 'AI산업 육성', en: 'AI industry' },
    summary: {
      ko: '광주형 일자리와 함께 광주 발전의 두 날개인 인공지능(AI)산업 육성.',
      en: "The artificial-intelligence industry, with Gwangju-type jobs one of the city's 'two wings'.",
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'AI-CONVERGENCE-COMPLEX',
    name: { ko: 'AI 융복합단지 조성', en: 'National AI convergence complex' },
    summary: {
      ko: '광주 첨단3지구에 국가사업으로 AI 융복합단지를 조성한다.',
      en: 'A national AI convergence complex in Cheomdan District 3.',
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'NATIONAL-AI-DATA-CENTRE',
    name: { ko: '국가 AI 데이터센터 건립', en: 'National AI data centre' },
    summary: {
      ko: '세계적 수준의 슈퍼컴퓨팅 시스템을 갖춘 국내 유일의 국가 AI 데이터센터. 2월 광주김대중컨벤션센터에서 투자협약 및 착수식.',
      en: "The country's only national AI data centre, with a world-class supercomputing system; investment agreement and launch ceremony in February at the Kim Dae-jung Convention Center.",
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
    actualStart: '2021-02-01',
  },
  {
    code: 'AI-COMPANY-ATTRACTION',
    name: { ko: 'AI 기업·기관 유치', en: 'Attracting AI companies and institutions' },
    summary: {
      ko: 'AI 기업 및 기관 100곳과 업무협약을 맺었고, 이 가운데 61곳이 광주에 법인 또는 사무소를 열었다.',
      en: 'MOUs with 100 AI companies and institutions, 61 of which have opened a corporation or office in Gwangju.',
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'AI-TALENT-MAJORS',
    name: { ko: 'AI 관련 전공 개설', en: 'AI majors at GIST and local universities' },
    summary: {
      ko: '광주과학기술원(GIST)과 지역대학이 AI 관련 전공을 개설해 인재 양성에 들어갔다.',
      en: 'GIST and local universities opened AI majors to train talent.',
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'AI-ACADEMY',
    name: { ko: 'AI 사관학교', en: 'AI Academy' },
    summary: {
      ko: 'AI 사관학교의 인재 양성 규모를 확대할 방침.',
      en: 'The AI Academy, to train more people.',
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'AI-STARTUP-ECOSYSTEM',
    name: { ko: 'AI 창업 생태계 구축', en: 'AI start-up ecosystem' },
    summary: {
      ko: '아이디어만 있으면 누구나 창업이 가능한 AI 생태계 구축.',
      en: 'An AI ecosystem where anyone with an idea can start a company.',
    },
    area: 'AI',
    status: 'IMPLEMENTATION',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'AI-ECOSYSTEM-LAW',
    name: { ko: 'AI 생태계 경쟁력 강화 법안 제정', en: 'Law to strengthen the AI ecosystem' },
    summary: {
      ko: 'AI 생태계 경쟁력 강화를 위한 법안 제정 추진.',
      en: 'Pursuing a law to strengthen the competitiveness of the AI ecosystem.',
    },
    area: 'AI',
    status: 'PIPELINE',
    parent: 'AI-INDUSTRY',
  },
  {
    code: 'AI-DATA-INDUSTRY-AGENCY',
    name: { ko: 'AI데이터산업융합원(가칭) 설립', en: 'AI Data Industry Convergence Agency (tentative name)' },
    summary: {
      ko: 'AI산업 육성 전담기관인 AI데이터산업융합원(가칭) 설립 추진.',
      en: 'Founding a dedicated agency for the AI industry, tentatively the AI Data Industry Convergence Agency.',
    },
    area: 'AI',
    status: 'PIPELINE',
    parent: 'AI-INDUSTRY',
  },
];

const energy: SeedProgram[] = [
  {
    code: 'HONAM-RE300',
    name: {
      ko: '호남권 초광역 에너지경제공동체 구축사업(호남 RE300)',
      en: 'Honam super-regional energy economy community (Honam RE300)',
    },
    summary: {
      ko: 'AI를 활용한 신재생에너지의 과학적 수급 관리로 전남·전북과 함께 추진.',
      en: 'With Jeonnam and Jeonbuk; renewable supply and demand managed scientifically with AI.',
    },
    area: 'ENERGY',
    status: 'IMPLEMENTATION',
  },
];

export const seedPrograms: SeedProgram[] = [...jobs, ...ai, ...energy];
