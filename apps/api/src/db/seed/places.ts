import type { Area, Bilingual, Coordinates, LocationPrecision } from '@bitgoeul/domain';

/**
 * Where the seed's facilities stand and how large its zones are, from public sources beyond the
 * article (the project's `gwangju-places.geojson`, each feature with its source). No point is exact:
 * most are the reference point of the neighbourhood (행정동) a place stands in, from the weather
 * service's forecast-grid table, and several places share one, so every point is APPROXIMATE. Where no
 * source gives a point the facility keeps its address and no coordinates. No public outline of any zone
 * was found: outlines are for officials to draw.
 */

/** The weather service's table of neighbourhood reference points, which five of the points come from. */
export const KMA_REFERENCE_POINTS = 'KMA-FORECAST-GRID-REFERENCE-POINTS';
const FEZ_DESIGNATION_NOTICE = 'YONHAP-2020-06-15-GWANGJU-FEZ';

export const placeSources = [
  {
    code: KMA_REFERENCE_POINTS,
    kind: 'OFFICIAL_STATISTICS',
    title: '기상청 단기예보 격자·위경도 (행정동별 기준점)',
    publisher: '기상청',
    author: null,
    url: 'https://github.com/BadaHertz52/weather_react/blob/0db878185559cfa1a6a7caaa55e594a179bdcd37/src/constants/sfGrid.ts',
    publishedOn: null,
    retrievedOn: null,
    note: '행정동 기준점의 경위도. 시설·구역의 실제 위치가 아니라 그것이 속한 행정동의 기준점이므로 수 km 벗어날 수 있다 (사본: BadaHertz52/weather_react, src/constants/sfGrid.ts).',
  },
  {
    code: FEZ_DESIGNATION_NOTICE,
    kind: 'PRESS',
    title: '광주 경제자유구역 지정 고시…1조2천억 투자·3만명 거주',
    publisher: '연합뉴스 (Invest KOREA 게재)',
    author: null,
    url: 'https://www.investkorea.org/gj-kr/bbs/i-1080/detail.do?ntt_sn=487701',
    publishedOn: '2020-06-15',
    retrievedOn: null,
    note: '2020-06-11 지정 고시된 4개 지구의 면적: 미래형자동차산업지구(빛그린산단) 184만7천㎡, AI융복합지구(첨단3지구) 110만6천㎡, 스마트에너지산업지구Ⅰ(에너지밸리 일반산단) 93만2천㎡, 스마트에너지산업지구Ⅱ(도시첨단국가산단) 48만6천㎡, 모두 4.371㎢.',
  },
  {
    code: 'HERALD-2021-04-28-GGM-PLANT',
    kind: 'PRESS',
    title: '광주글로벌모터스(GGM) 자동차공장 준공 9월부터 SUV 출고',
    publisher: '헤럴드경제',
    author: null,
    url: 'https://biz.heraldcorp.com/view.php?ud=20210428001141',
    publishedOn: '2021-04-28',
    retrievedOn: null,
    note: '공장은 광산구 덕림동 빛그린국가산업단지 안, 약 18만평.',
  },
  {
    code: 'SCIENCETIMES-2021-11-22-AI-CLUSTER',
    kind: 'PRESS',
    title: '광주 인공지능 집적단지 ‘첫 삽’…5년간 4천여억원 투입',
    publisher: 'The Science Times',
    author: null,
    url: 'https://www.sciencetimes.co.kr/news/%EA%B4%91%EC%A3%BC-%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5-%EC%A7%91%EC%A0%81%EB%8B%A8%EC%A7%80-%EC%B2%AB-%EC%82%BD5%EB%85%84%EA%B0%84-4%EC%B2%9C%EC%97%AC%EC%96%B5%EC%9B%90-%ED%88%AC/?cat=16933',
    publishedOn: '2021-11-22',
    retrievedOn: null,
    note: '데이터센터는 북구 오룡동 첨단3지구 1공구 AI 집적단지의 세 건물 가운데 하나.',
  },
  {
    code: 'KOTSA-2023-11-24-CERTIFICATION-CENTRE',
    kind: 'PRESS',
    title: '한국교통안전공단 친환경 자동차·부품 인증센터 개관',
    publisher: '한국교통안전공단 보도자료 (한국전기차산업협회 게재)',
    author: null,
    url: 'http://kovema.or.kr/pressrelease/134?page=4',
    publishedOn: '2023-11-24',
    retrievedOn: null,
    note: '주소 광주광역시 광산구 빛동10로 23 (팍스경제TV 2023-11-26 같은 주소), 부지 29,932㎡. 주소를 좌표로 바꿀 지오코더가 없어 좌표는 빛그린산단 쪽 행정동(삼도동) 기준점이다.',
  },
  {
    code: 'GJDAILY-2020-08-18-CHILDCARE-CENTRE',
    kind: 'PRESS',
    title: '광주 육아종합지원센터 광산구 쌍암동 이전…고품질 보육서비스 제공',
    publisher: '광주매일신문',
    author: null,
    url: 'http://www.gjdaily.net/news/articleView.html?idxno=52438',
    publishedOn: '2020-08-18',
    retrievedOn: null,
    note: '긴급아이돌봄센터가 있는 광주 육아종합지원센터가 광산구 쌍암동으로 옮겼다. 번지와 좌표는 어느 출처에도 없다.',
  },
  {
    code: 'HANKYUNG-2020-12-20-ESPORTS-ARENA',
    kind: 'PRESS',
    title: '광주 e스포츠 경기장 개관 (연합뉴스)',
    publisher: '한국경제 (연합뉴스)',
    author: null,
    url: 'https://www.hankyung.com/article/202012208240Y',
    publishedOn: '2020-12-20',
    retrievedOn: null,
    note: '경기장은 동구 조선대학교 해오름관 안, 연면적 4,290㎡. 좌표는 조선대학교 캠퍼스의 좌표(위키백과 정보상자, 35°8′32″N 126°55′59″E)로, 건물이 아니라 캠퍼스를 가리킨다.',
  },
  {
    code: 'NAMDONEWS-2019-12-15-SWIMMING-CENTRE',
    kind: 'PRESS',
    title: '한국수영진흥센터, 남부대에 건립',
    publisher: '남도일보',
    author: null,
    url: 'http://www.namdonews.com/news/articleView.html?idxno=553103',
    publishedOn: '2019-12-15',
    retrievedOn: null,
    note: '후보지는 광산구 남부대학교 시립국제수영장 앞 주차장과 인근 부지. 좌표는 어느 출처에도 없다.',
  },
  {
    code: 'JOONGANG-2005-09-KIMDAEJUNG-CENTER',
    kind: 'PRESS',
    title: '김대중컨벤션센터 6일 개관',
    publisher: '중앙일보',
    author: null,
    url: 'https://www.joongang.co.kr/article/1672685',
    // The source is dated September 2005, without a day.
    publishedOn: null,
    retrievedOn: null,
    note: '2005년 9월 기사. 센터는 서구 치평동 상무지구에 있다.',
  },
  {
    code: 'ETNEWS-2021-03-24-RND-SPECIAL-ZONE',
    kind: 'PRESS',
    title: '광주연구개발특구 지정 10년',
    publisher: '전자신문',
    author: null,
    url: 'https://etnews.com/20210324000067',
    publishedOn: '2021-03-24',
    retrievedOn: null,
    note: '2011년 1월 지정, 광주 북구·광산구와 전남 장성군에 걸쳐 18.7㎢.',
  },
  {
    code: 'HANKYUNG-2021-02-17-UNMANNED-VEHICLE-RFZ',
    kind: 'PRESS',
    title: "광주 도심 공원서 '시속 5㎞' 무인 특장차 시범 주행 개시 (연합뉴스)",
    publisher: '한국경제 (연합뉴스)',
    author: null,
    url: 'https://www.hankyung.com/car/article/202102170996Y',
    publishedOn: '2021-02-17',
    retrievedOn: null,
    note: '특구는 북구·광산구의 7개 구역(평동산단, 하남·진곡산단, 첨단산단, 수완지구, 우치공원, 빛그린산단, 송정공원), 16.79㎢. 한 점으로 나타낼 수 없어 좌표가 없다.',
  },
  {
    code: 'SANDANKOREA-2021-11-22-AI-COMPLEX',
    kind: 'PRESS',
    title: '"AI 4대 강국을 향하여" 광주 AI 집적단지 본궤도',
    publisher: '산단코리아',
    author: null,
    url: 'http://sandankorea.com/bbs/board.php?bo_table=news&wr_id=79',
    publishedOn: '2021-11-22',
    retrievedOn: null,
    note: 'AI 집적단지 부지 47,256㎡, 북구 오룡동 첨단3지구 1공구.',
  },
] as const;

export type PlaceSourceCode = (typeof placeSources)[number]['code'];

export interface SeedFacilityPlace {
  address: Bilingual;
  /** A point from a source, always APPROXIMATE here; none where no source gives one. */
  coordinates?: Coordinates;
  precision: LocationPrecision;
  /** The zone the facility stands in, where a source says so. */
  zone?: string;
  /** What the address, the point and the zone are taken from. */
  sources: PlaceSourceCode[];
}

/** 광산구 삼도동, whose 삼거동 holds the Gwangju part of 빛그린산단. */
const SAMDO_DONG: Coordinates = { lon: 126.699608, lat: 35.159117 };
/** 북구 건국동, whose 오룡동 holds 첨단3지구's first phase and the AI complex. */
const GEONGUK_DONG: Coordinates = { lon: 126.8837, lat: 35.21985 };

export const facilityPlaces: Record<string, SeedFacilityPlace> = {
  'GGM-CAR-PLANT': {
    address: {
      ko: '광주광역시 광산구 덕림동 빛그린국가산업단지',
      en: 'Bitgreen National Industrial Complex, Deongnim-dong, Gwangsan-gu, Gwangju',
    },
    coordinates: SAMDO_DONG,
    precision: 'APPROXIMATE',
    zone: 'GWANGJU-FEZ-BITGREEN',
    sources: ['HERALD-2021-04-28-GGM-PLANT', KMA_REFERENCE_POINTS],
  },
  'NATIONAL-AI-DATA-CENTRE': {
    address: {
      ko: '광주광역시 북구 오룡동 첨단3지구 AI 집적단지',
      en: 'AI cluster, Cheomdan District 3, Oryong-dong, Buk-gu, Gwangju',
    },
    coordinates: GEONGUK_DONG,
    precision: 'APPROXIMATE',
    // One of the AI complex's three buildings; the complex overlaps 첨단3지구.
    zone: 'GWANGJU-AI-CONVERGENCE-COMPLEX',
    sources: ['SCIENCETIMES-2021-11-22-AI-CLUSTER', KMA_REFERENCE_POINTS],
  },
  'ECO-CAR-PARTS-CERTIFICATION-CENTRE': {
    address: { ko: '광주광역시 광산구 빛동10로 23', en: '23 Bitdong 10-ro, Gwangsan-gu, Gwangju' },
    coordinates: SAMDO_DONG,
    precision: 'APPROXIMATE',
    zone: 'GWANGJU-FEZ-BITGREEN',
    sources: ['KOTSA-2023-11-24-CERTIFICATION-CENTRE', KMA_REFERENCE_POINTS],
  },
  'EMERGENCY-CHILDCARE-CENTRE-24H': {
    address: {
      ko: '광주광역시 광산구 쌍암동 광주 육아종합지원센터',
      en: 'Gwangju Childcare Support Centre, Ssangam-dong, Gwangsan-gu, Gwangju',
    },
    precision: 'APPROXIMATE',
    sources: ['GJDAILY-2020-08-18-CHILDCARE-CENTRE'],
  },
  'ESPORTS-ARENA': {
    address: {
      ko: '광주광역시 동구 조선대학교 해오름관',
      en: 'Haeoreum Hall, Chosun University, Dong-gu, Gwangju',
    },
    coordinates: { lon: 126.93306, lat: 35.14222 },
    precision: 'APPROXIMATE',
    sources: ['HANKYUNG-2020-12-20-ESPORTS-ARENA'],
  },
  'KOREA-SWIMMING-PROMOTION-CENTRE': {
    address: {
      ko: '광주광역시 광산구 남부대학교 (후보지)',
      en: 'Nambu University, Gwangsan-gu, Gwangju (candidate site)',
    },
    precision: 'APPROXIMATE',
    sources: ['NAMDONEWS-2019-12-15-SWIMMING-CENTRE'],
  },
  'KIMDAEJUNG-CONVENTION-CENTER': {
    address: {
      ko: '광주광역시 서구 치평동 상무지구',
      en: 'Sangmu district, Chipyeong-dong, Seo-gu, Gwangju',
    },
    coordinates: { lon: 126.845178, lat: 35.146992 },
    precision: 'APPROXIMATE',
    sources: ['JOONGANG-2005-09-KIMDAEJUNG-CENTER', KMA_REFERENCE_POINTS],
  },
};

export interface SeedZoneArea {
  area: Area;
  source: PlaceSourceCode;
}

/** Each zone's area as designated (a district's as the free economic zone designated it, not its complex's). */
export const zoneAreas: Record<string, SeedZoneArea> = {
  'GWANGJU-FEZ': { area: { value: 4.371, unit: 'KM2' }, source: FEZ_DESIGNATION_NOTICE },
  'GWANGJU-FEZ-BITGREEN': { area: { value: 1_847_000, unit: 'M2' }, source: FEZ_DESIGNATION_NOTICE },
  'GWANGJU-FEZ-CHEOMDAN-3': { area: { value: 1_106_000, unit: 'M2' }, source: FEZ_DESIGNATION_NOTICE },
  'GWANGJU-FEZ-ENERGY-VALLEY-GENERAL': {
    area: { value: 932_000, unit: 'M2' },
    source: FEZ_DESIGNATION_NOTICE,
  },
  'GWANGJU-FEZ-ENERGY-VALLEY-NATIONAL': {
    area: { value: 486_000, unit: 'M2' },
    source: FEZ_DESIGNATION_NOTICE,
  },
  'GWANGJU-RND-SPECIAL-ZONE': {
    area: { value: 18.7, unit: 'KM2' },
    source: 'ETNEWS-2021-03-24-RND-SPECIAL-ZONE',
  },
  'GWANGJU-UNMANNED-VEHICLE-RFZ': {
    area: { value: 16.79, unit: 'KM2' },
    source: 'HANKYUNG-2021-02-17-UNMANNED-VEHICLE-RFZ',
  },
  'GWANGJU-AI-CONVERGENCE-COMPLEX': {
    area: { value: 47_256, unit: 'M2' },
    source: 'SANDANKOREA-2021-11-22-AI-COMPLEX',
  },
};
