/**
 * The documents the seed cites. Every seeded fact points at one of these codes.
 */
export const ARTICLE_SOURCE = 'HANKYUNG-2021-GWANGJU-FEATURE';

export const seedSources = [
  {
    code: ARTICLE_SOURCE,
    kind: 'PRESS',
    title: "미래車·AI '양 날개'…빛고을, 4차 산업혁명 중심 도시로",
    publisher: '한국경제 (한경닷컴)',
    author: '임동률 기자',
    url: null,
    // The text dates itself to mid-2021 (January–April births, GGM production "from September") but prints no date.
    publishedOn: null,
    retrievedOn: null,
    note: '광주광역시 산업·인구·문화 정책 기획 기사 (2021년 중반). 원문: shared/seeds/000_f8df6f6f74ff09ac.txt',
  },
] as const;
