import type { SeedProgram } from './programs.js';

/** Population and childcare, culture and tourism, sports, governance: the rest of the article's programs. */
const population: SeedProgram[] = [
  {
    code: 'MOM-FRIENDLY-GWANGJU',
    name: {
      ko: '아이 낳아 키우기 좋은 맘(MOM) 편한 광주',
      en: "'MOM-friendly Gwangju': a good city to have and raise children",
    },
    summary: {
      ko: '결혼부터 임신, 출산, 양육까지 출생·양육 지원 정책 묶음.',
      en: 'The bundle of policies for marriage, pregnancy, birth and parenting.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'BIRTH-CELEBRATION-GRANT',
    name: { ko: '출생축하금', en: 'Birth celebration grant' },
    summary: {
      ko: '올해부터 출생축하금 100만원 지급. 내년부터 둘째 150만원, 셋째 이상 200만원으로 다자녀 출생축하금 확대.',
      en: 'KRW 1,000,000 per birth from this year; from next year KRW 1,500,000 for a second child and KRW 2,000,000 for a third or later.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
    actualStart: '2021-01-01',
  },
  {
    code: 'CHILDCARE-ALLOWANCE',
    name: { ko: '육아수당', en: 'Childcare allowance' },
    summary: {
      ko: '출생 후 2년간 매달 20만원씩 총 480만원의 육아수당 지급.',
      en: 'KRW 200,000 a month for the two years after birth, KRW 4,800,000 in all.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
    actualStart: '2021-01-01',
  },
  {
    code: 'EMERGENCY-CHILDCARE-24H',
    name: { ko: '24시간 긴급아이돌봄센터', en: '24-hour emergency childcare centre' },
    summary: {
      ko: '전국 광역자치단체 가운데 처음으로 24시간 긴급아이돌봄센터 운영.',
      en: 'The first 24-hour emergency childcare centre run by a metropolitan government.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
  },
  {
    code: 'HOSPITALISED-CHILD-CARE',
    name: { ko: '입원아동 돌봄 서비스', en: 'Care for hospitalised children' },
    summary: {
      ko: '맞벌이 부부 등을 위한 입원아동 돌봄 서비스.',
      en: 'Care for hospitalised children of dual-income parents and others.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
  },
  {
    code: 'PUBLIC-POSTPARTUM-CARE',
    name: { ko: '산후관리 공공 서비스', en: 'Public postpartum care' },
    summary: { ko: '산후관리 공공 서비스 도입.', en: 'A public postpartum care service.' },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
  },
  {
    code: 'INFERTILITY-SUPPORT',
    name: { ko: '난임부부 지원 확대', en: 'Wider support for infertile couples' },
    summary: { ko: '난임부부 지원 확대.', en: 'More support for couples facing infertility.' },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
  },
  {
    code: 'GWANGJU-AIKIUM',
    name: { ko: '광주 아이키움', en: 'Gwangju Aikium platform' },
    summary: {
      ko: '결혼부터 임신, 출산, 양육과 관련한 모든 정보와 정책 서비스를 하나로 묶은 통합 플랫폼.',
      en: 'One platform for every service and piece of information on marriage, pregnancy, birth and parenting.',
    },
    area: 'POPULATION_CHILDCARE',
    status: 'IMPLEMENTATION',
    parent: 'MOM-FRIENDLY-GWANGJU',
  },
];

const culture: SeedProgram[] = [
  {
    code: 'GWANGJUDAUM',
    name: { ko: "'광주다움' 발굴·육성", en: "'Gwangju-ness' (Gwangjudaum)" },
    summary: {
      ko: "'가장 광주다운 것이 가장 경쟁력 있다'는 기치 아래 광주다움을 발굴해 상품과 브랜드로 육성.",
      en: "Under the motto 'the most Gwangju-like is the most competitive', turning what is distinctively Gwangju into products and brands.",
    },
    area: 'CULTURE_TOURISM',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'MIHYANG-GWANGJU-FOODS',
    name: { ko: '미향(味鄕) 광주 대표 음식', en: "Seven signature foods of 'Mihyang Gwangju'" },
    summary: {
      ko: '주먹밥 등 광주 대표 음식 일곱 가지를 선정해 미향 광주의 브랜드 음식으로 육성.',
      en: "Seven representative foods, led by jumeok-bap rice balls, grown into the brand foods of 'Mihyang (city of taste) Gwangju'.",
    },
    area: 'CULTURE_TOURISM',
    status: 'IMPLEMENTATION',
    parent: 'GWANGJUDAUM',
  },
  {
    code: 'GUGAK-PERMANENT-PERFORMANCE',
    name: { ko: '국악상설공연', en: 'Permanent traditional music performance' },
    summary: {
      ko: '국악상설공연을 대표 공연 브랜드로 육성.',
      en: "A permanent gugak performance grown into the city's performance brand.",
    },
    area: 'CULTURE_TOURISM',
    status: 'IMPLEMENTATION',
    parent: 'GWANGJUDAUM',
  },
  {
    code: 'DONGMYEONG-CULTURE-VILLAGE',
    name: {
      ko: "동명동 '광주 대표 문화마을' 조성",
      en: "Dongmyeong-dong as 'Gwangju's representative culture village'",
    },
    summary: {
      ko: '근현대 문화 자산과 독특한 양식의 건축물이 있는 원도심 동명동을 광주 대표 문화마을로 조성.',
      en: 'The old-town quarter of Dongmyeong-dong, with its modern cultural assets and distinctive buildings.',
    },
    area: 'CULTURE_TOURISM',
    status: 'IMPLEMENTATION',
    parent: 'GWANGJUDAUM',
  },
  {
    code: 'ECO-CULTURE-VILLAGE',
    name: { ko: '문화 생태문화마을 조성', en: 'Culture and ecology village' },
    summary: {
      ko: '무등산~광주호~호수생태원~가사문화권을 연계한 문화 생태문화마을 조성.',
      en: 'Linking Mudeungsan, Gwangju Lake, the lake ecology park and the gasa literature area.',
    },
    area: 'CULTURE_TOURISM',
    status: 'IMPLEMENTATION',
    parent: 'GWANGJUDAUM',
  },
  {
    code: 'GWANGJU-TOURISM-FOUNDATION',
    name: { ko: '광주관광재단 설립', en: 'Founding the Gwangju Tourism Foundation' },
    summary: {
      ko: '광주 관광 컨트롤타워 역할을 담당할 광주관광재단 설립.',
      en: "The Gwangju Tourism Foundation, the control tower for the city's tourism.",
    },
    area: 'CULTURE_TOURISM',
    status: 'COMPLETED',
    parent: 'GWANGJUDAUM',
    progress: 100,
  },
];

const sports: SeedProgram[] = [
  {
    code: 'INTERNATIONAL-SPORTS-CITY',
    name: { ko: '국제 스포츠도시 도약', en: 'Gwangju as an international sports city' },
    summary: { ko: '국제 스포츠도시로의 도약.', en: 'Making Gwangju an international sports city.' },
    area: 'SPORTS',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'AQUATICS-2019-LEGACY',
    name: {
      ko: '2019 광주세계수영선수권대회 후속 유산사업',
      en: 'Legacy of the 2019 Gwangju World Aquatics Championships',
    },
    summary: {
      ko: "역대 가장 성공적이었다는 평가 속에 치른 '2019 광주세계수영선수권대회'의 후속 유산사업.",
      en: 'Follow-up legacy projects of the 2019 championships, judged the most successful ever held.',
    },
    area: 'SPORTS',
    status: 'POST_COMPLETION',
    parent: 'INTERNATIONAL-SPORTS-CITY',
  },
  {
    code: 'KOREA-SWIMMING-PROMOTION-CENTRE',
    name: { ko: '한국수영진흥센터 건립', en: 'Korea Swimming Promotion Centre' },
    summary: { ko: '한국수영진흥센터 건립 추진.', en: 'Building the Korea Swimming Promotion Centre.' },
    area: 'SPORTS',
    status: 'PIPELINE',
    parent: 'AQUATICS-2019-LEGACY',
  },
  {
    code: 'GWANGJU-SWIMMING-CHAMPIONSHIPS',
    name: { ko: '광주수영선수권대회', en: 'Gwangju Swimming Championships' },
    summary: {
      ko: '후속 유산사업으로 광주수영선수권대회 개최.',
      en: 'A Gwangju swimming championship as a legacy event.',
    },
    area: 'SPORTS',
    status: 'IMPLEMENTATION',
    parent: 'AQUATICS-2019-LEGACY',
  },
  {
    code: 'WOMENS-VOLLEYBALL-CLUB',
    name: {
      ko: '여자프로배구단(페퍼저축은행) 유치',
      en: "Women's professional volleyball club (Pepper Savings Bank)",
    },
    summary: {
      ko: '호남권 최초로 여자프로배구단(페퍼저축은행)을 유치.',
      en: "The first women's professional volleyball club in the Honam region.",
    },
    area: 'SPORTS',
    status: 'COMPLETED',
    parent: 'INTERNATIONAL-SPORTS-CITY',
    progress: 100,
  },
  {
    code: 'ESPORTS-ARENA',
    name: { ko: 'e스포츠 전용 경기장 개관', en: 'Dedicated e-sports arena' },
    summary: {
      ko: '전국 최대 규모의 e스포츠 전용 경기장을 개관.',
      en: "The country's largest dedicated e-sports arena, now open.",
    },
    area: 'SPORTS',
    status: 'COMPLETED',
    parent: 'INTERNATIONAL-SPORTS-CITY',
    progress: 100,
  },
  {
    code: 'WORLD-ARCHERY-2025-BID',
    name: { ko: '2025년 세계양궁선수권대회 유치', en: 'Bid for the 2025 World Archery Championships' },
    summary: {
      ko: '2025년 세계양궁선수권대회 유치 목표.',
      en: 'Aiming to host the 2025 World Archery Championships.',
    },
    area: 'SPORTS',
    status: 'IMPLEMENTATION',
    parent: 'INTERNATIONAL-SPORTS-CITY',
  },
  {
    code: 'ASIAN-GAMES-2038-BID',
    name: {
      ko: '2038년 광주·대구 하계아시안게임 유치',
      en: 'Bid for the 2038 Gwangju–Daegu Summer Asian Games',
    },
    summary: {
      ko: '2038년 광주·대구 하계아시안게임 유치 목표.',
      en: 'Aiming to host the 2038 Summer Asian Games with Daegu.',
    },
    area: 'SPORTS',
    status: 'IMPLEMENTATION',
    parent: 'INTERNATIONAL-SPORTS-CITY',
  },
];

const governance: SeedProgram[] = [
  {
    code: 'INDUSTRIAL-ZONE-DESIGNATIONS',
    name: {
      ko: '경제자유구역·연구개발특구·규제자유특구 지정',
      en: 'Economic free zone, R&D special zone and regulation-free zone designations',
    },
    summary: {
      ko: '4차 산업혁명 시대의 주역이 되기 위한 산업지형 첨단화. 지난해 6월 4개 지구를 경제자유구역으로 공식 지정받았다.',
      en: "Upgrading the city's industrial map; four districts were designated an economic free zone in June last year.",
    },
    area: 'GOVERNANCE',
    status: 'IMPLEMENTATION',
  },
  {
    code: 'VICE-MAYOR-CULTURE-ECONOMY',
    name: { ko: '문화경제부시장 직제 신설', en: 'New post of vice-mayor for culture and economy' },
    summary: {
      ko: '민선 7기 들어 전국 자치단체 가운데 처음으로 문화경제부시장 직제를 신설.',
      en: 'The first local government in Korea to create a vice-mayor for culture and economy.',
    },
    area: 'GOVERNANCE',
    status: 'COMPLETED',
    progress: 100,
  },
];

export const seedSocietyPrograms: SeedProgram[] = [...population, ...culture, ...sports, ...governance];
