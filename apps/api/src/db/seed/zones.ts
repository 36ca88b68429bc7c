import type { Bilingual, DatePrecision, OrganisationRole, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import { CITY } from './organisations.js';

/**
 * The designations the article names. It gives no areas, no boundaries, no notice numbers and no
 * special exemptions for the regulation-free zone; the areas come from other public sources
 * (places.ts), and the rest stay empty rather than invented.
 */
export interface SeedZone {
  code: string;
  name: Bilingual;
  description?: Bilingual;
  kind: ZoneKind;
  status: ZoneStatus;
  parent?: string;
  /** Zones this one overlaps without nesting (stored once, from this zone's side). */
  overlaps?: string[];
  designation?: {
    authority: Bilingual;
    designatedOn: string;
    designatedOnPrecision: DatePrecision;
  };
  specialisations?: Bilingual[];
  programs?: string[];
  organisations?: { organisation: string; role: OrganisationRole }[];
}

const cityLeads = [{ organisation: CITY, role: 'LEAD' as const }];

const fezDistrict = (code: string, name: Bilingual): SeedZone => ({
  code,
  name,
  kind: 'FEZ_DISTRICT',
  status: 'DESIGNATED',
  parent: 'GWANGJU-FEZ',
});

export const seedZones: SeedZone[] = [
  {
    code: 'GWANGJU-FEZ',
    name: { ko: '광주 경제자유구역', en: 'Gwangju Free Economic Zone' },
    description: {
      ko: '미래형 자동차, AI, 스마트에너지 등에 특화된 주력 산업단지 4개 지구. 지난해(2020년) 6월 공식 지정.',
      en: 'Four districts of core industrial estates specialised in future cars, AI and smart energy; officially designated in June of the previous year (2020).',
    },
    kind: 'ECONOMIC_FREE_ZONE',
    status: 'DESIGNATED',
    designation: {
      // "경제자유구역으로 공식 지정받았다": the city received the designation from the central
      // government; the article names no ministry or notice.
      authority: { ko: '정부', en: 'Government of the Republic of Korea' },
      designatedOn: '2020-06-01',
      designatedOnPrecision: 'MONTH',
    },
    specialisations: [
      { ko: '미래형 자동차', en: 'Future cars' },
      { ko: 'AI', en: 'AI' },
      { ko: '스마트에너지', en: 'Smart energy' },
    ],
    programs: ['INDUSTRIAL-ZONE-DESIGNATIONS'],
    organisations: cityLeads,
  },
  fezDistrict('GWANGJU-FEZ-BITGREEN', { ko: '빛그린산단', en: 'Bitgreen Industrial Complex' }),
  fezDistrict('GWANGJU-FEZ-CHEOMDAN-3', { ko: '첨단3지구', en: 'Cheomdan District 3' }),
  fezDistrict('GWANGJU-FEZ-ENERGY-VALLEY-GENERAL', {
    ko: '에너지밸리 일반산단',
    en: 'Energy Valley General Industrial Complex',
  }),
  fezDistrict('GWANGJU-FEZ-ENERGY-VALLEY-NATIONAL', {
    ko: '에너지밸리 국가산단',
    en: 'Energy Valley National Industrial Complex',
  }),
  {
    code: 'GWANGJU-RND-SPECIAL-ZONE',
    name: { ko: '광주 연구개발특구', en: 'Gwangju R&D Special Zone' },
    kind: 'RND_SPECIAL_ZONE',
    // Listed with the free economic zone among the designations the city has won; no date given.
    status: 'DESIGNATED',
    programs: ['INDUSTRIAL-ZONE-DESIGNATIONS'],
    organisations: cityLeads,
  },
  {
    code: 'GWANGJU-UNMANNED-VEHICLE-RFZ',
    name: {
      ko: '광주 무인 저속 특장차 규제자유특구',
      en: 'Gwangju Regulation-Free Special Zone for Unmanned Low-Speed Special-Purpose Vehicles',
    },
    description: {
      ko: '친환경 자율주행 시대를 열기 위한 무인 저속 특장차 규제자유특구.',
      en: 'A regulation-free zone for unmanned, low-speed special-purpose vehicles, for the era of clean autonomous driving.',
    },
    kind: 'REGULATION_FREE_ZONE',
    status: 'DESIGNATED',
    specialisations: [{ ko: '무인 저속 특장차', en: 'Unmanned low-speed special-purpose vehicles' }],
    programs: ['UNMANNED-LOW-SPEED-VEHICLE-RFZ', 'INDUSTRIAL-ZONE-DESIGNATIONS'],
    organisations: cityLeads,
  },
  {
    code: 'GWANGJU-AI-CONVERGENCE-COMPLEX',
    name: { ko: 'AI 융복합단지', en: 'AI Convergence Complex' },
    description: {
      ko: '광주 첨단3지구에 국가사업으로 조성 중인 AI 융복합단지.',
      en: 'The AI convergence complex being built in Cheomdan District 3 as a national project.',
    },
    kind: 'CONVERGENCE_CLUSTER',
    status: 'UNDER_DEVELOPMENT',
    // In 첨단3지구, which is also a district of the free economic zone: an overlap, not a child.
    overlaps: ['GWANGJU-FEZ-CHEOMDAN-3'],
    specialisations: [{ ko: 'AI', en: 'AI' }],
    programs: ['AI-CONVERGENCE-COMPLEX'],
    organisations: cityLeads,
  },
];
