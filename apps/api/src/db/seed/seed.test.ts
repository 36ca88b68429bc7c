import {
  areaToSquareMetres,
  computeEntitlement,
  previousYearPeriod,
  progressToTarget,
  yoyChange,
} from '@bitgoeul/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseKind, databaseKinds, type TestDatabase } from '../../../test/databases.js';
import { BenefitRule } from '../../modules/benefits/benefit-rule.entity.js';
import { domainRule as toDomainRule } from '../../modules/benefits/benefit-rule.repository.js';
import { Facility } from '../../modules/facilities/facility.entity.js';
import { Milestone } from '../../modules/milestones/milestone.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { Program } from '../../modules/programs/program.entity.js';
import { Indicator, Observation, Target } from '../../modules/statistics/indicator.entity.js';
import { Zone } from '../../modules/zones/zone.entity.js';
import { initORM } from '../../wiring/orm.js';
import { ARTICLE_SOURCE } from './sources.js';
import { BIRTHS_REPORTED_YOY } from './statistics.js';

/** Rows per table after seeding an empty database: a change to the seed data shows up here. */
const EXPECTED_ROWS: Record<string, number> = {
  // The article, and the twelve public sources of the facilities' places and the zones' areas.
  source: 13,
  program: 38,
  organisation: 11,
  program_organisation: 44,
  zone: 8,
  zone_overlap: 1,
  zone_organisation: 4,
  program_zone: 5,
  exemption: 0,
  facility: 7,
  facility_program: 6,
  facility_organisation: 1,
  milestone: 6,
  indicator: 6,
  observation: 6,
  target: 2,
  benefit_rule: 5,
};

/** The tables that link a record to the sources it cites. */
const SOURCE_LINKS: [table: string, owner: string][] = [
  ['program', 'program_source'],
  ['organisation', 'organisation_source'],
  ['zone', 'zone_source'],
  ['exemption', 'exemption_source'],
  ['facility', 'facility_source'],
  ['milestone', 'milestone_source'],
  ['indicator', 'indicator_source'],
  ['benefit_rule', 'benefit_rule_source'],
];

async function countRows(em: EntityManager, table: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

async function countAll(em: EntityManager): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(EXPECTED_ROWS)) counts[table] = await countRows(em, table);
  return counts;
}

describe.each(databaseKinds)('the seed on $name', (kind: DatabaseKind) => {
  let database: TestDatabase;
  let orm: MikroORM;
  const fork = () => orm.em.fork();

  beforeAll(async () => {
    database = await kind.create();
    orm = await initORM(database.config, { quiet: true });
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it('loads every area of the article into an empty database', async () => {
    expect(await countAll(fork())).toEqual(EXPECTED_ROWS);
  });

  it('cites the article for every record it loads', async () => {
    const em = fork();
    const [article] = await em
      .getConnection()
      .execute<{ id: string }[]>('select id from source where code = ?', [ARTICLE_SOURCE]);
    for (const [table, links] of SOURCE_LINKS) {
      const uncited = await em
        .getConnection()
        .execute(
          `select id from ${table} t where not exists (select 1 from ${links} l where l.${table}_id = t.id and l.source_id = ?)`,
          [article?.id],
        );
      expect(uncited, `${table} rows without the article`).toEqual([]);
    }
    for (const table of ['observation', 'target']) {
      const other = await em
        .getConnection()
        .execute(`select id from ${table} where source_id is null or source_id <> ?`, [article?.id]);
      expect(other, `${table} rows citing something else`).toEqual([]);
    }
  });

  it('gives the free economic zone exactly its four districts, designated in June 2020', async () => {
    const em = fork();
    const fez = await em.findOneOrFail(Zone, { code: 'GWANGJU-FEZ' });
    expect(fez).toMatchObject({ kind: 'ECONOMIC_FREE_ZONE', designatedOnPrecision: 'MONTH' });
    expect(String(fez.designatedOn)).toBe('2020-06-01');
    expect(JSON.parse(fez.specialisations).map((s: { ko: string }) => s.ko)).toEqual([
      '미래형 자동차',
      'AI',
      '스마트에너지',
    ]);
    const districts = await em.find(Zone, { parent: fez }, { orderBy: { code: 'asc' } });
    expect(districts.map((d) => d.nameKo).sort()).toEqual(
      ['빛그린산단', '첨단3지구', '에너지밸리 일반산단', '에너지밸리 국가산단'].sort(),
    );
    expect(districts.every((d) => d.kind === 'FEZ_DISTRICT')).toBe(true);
    const complex = await em.findOneOrFail(
      Zone,
      { code: 'GWANGJU-AI-CONVERGENCE-COMPLEX' },
      { populate: ['overlaps', 'programs'] },
    );
    expect(complex.overlaps.getItems().map((z) => z.nameKo)).toEqual(['첨단3지구']);
    expect(complex.programs.getItems().map((p) => p.code)).toEqual(['AI-CONVERGENCE-COMPLEX']);
  });

  it('reproduces the reported +7.2 % births growth with the domain', async () => {
    const em = fork();
    const births = await em.findOneOrFail(Indicator, { code: 'GWANGJU-BIRTHS' });
    const observations = await em.find(Observation, { indicator: births });
    const current = observations.find((o) => o.period === '2021-01/2021-04');
    const base = observations.find((o) => o.period === previousYearPeriod('2021-01/2021-04').text);
    expect(current).toMatchObject({ value: '2769', status: 'PROVISIONAL' });
    expect(base).toMatchObject({ value: '2583', status: 'ESTIMATED' });
    expect(base?.note).toContain('7.2');
    expect(yoyChange(current!.value, base!.value)?.percent).toBe(BIRTHS_REPORTED_YOY);
  });

  it('holds every figure of the article, as reported', async () => {
    type Row = { code: string; period: string; value: string; status: string };
    const rows: Row[] = await fork()
      .getConnection()
      .execute<Row[]>(
        `select i.code, o.period, o.value, o.status from observation o join indicator i on i.id = o.indicator_id
         order by i.code, o.period_start`,
      );
    expect(rows.map((r) => `${r.code} ${r.period} ${r.value} ${r.status}`)).toEqual([
      'AI-MOUS-SIGNED 2021 100 PROVISIONAL',
      'AI-OFFICES-OPENED 2021 61 PROVISIONAL',
      'GGM-DIRECT-EMPLOYEES 2021 530 PROVISIONAL',
      'GWANGJU-BIRTHS 2020-01/2020-04 2583 ESTIMATED',
      'GWANGJU-BIRTHS 2021-01/2021-04 2769 PROVISIONAL',
      'GWANGJU-FEZ-DISTRICTS 2020-06 4 FINAL',
    ]);
  });

  it('holds the job figures: 530 hired of 1,000 direct, up to 10,000 indirect', async () => {
    const em = fork();
    const direct = await em.findOneOrFail(Indicator, { code: 'GGM-DIRECT-EMPLOYEES' });
    const [hired] = await em.find(Observation, { indicator: direct });
    const [target] = await em.find(Target, { indicator: direct });
    expect(hired?.value).toBe('530');
    expect(target).toMatchObject({ value: '1000', kind: 'END_OF_PROGRAM', period: null, deadline: null });
    expect(progressToTarget(hired!.value, target!.value, direct.direction)).toBe('53.0');
    const indirect = await em.findOneOrFail(Indicator, { code: 'GGM-INDIRECT-EMPLOYMENT' });
    expect((await em.find(Target, { indicator: indirect })).map((t) => t.value)).toEqual(['10000']);
  });

  it('pays what the article promises, computed by the domain from the seeded rules', async () => {
    const em = fork();
    const rules = (await em.find(BenefitRule, {})).map(toDomainRule);
    const total = (birthDate: string, childOrder: 'FIRST' | 'SECOND' | 'THIRD_OR_LATER') =>
      computeEntitlement(rules, { birthDate, childOrder }).total;
    expect(total('2022-03-15', 'SECOND')).toBe(6_300_000);
    expect(total('2021-05-01', 'SECOND')).toBe(1_000_000 + 4_800_000);
    expect(total('2022-03-15', 'FIRST')).toBe(1_000_000 + 4_800_000);
    expect(total('2022-03-15', 'THIRD_OR_LATER')).toBe(2_000_000 + 4_800_000);
    expect(total('2020-12-31', 'FIRST')).toBe(0);
  });

  it('dates the milestones as precisely as the article does', async () => {
    const em = fork();
    const milestones = await em.find(Milestone, {}, { populate: ['facility', 'program'] });
    const shown = milestones
      .map((m) => ({
        of: m.facility?.getEntity().code ?? m.program?.getEntity().code,
        kind: m.kind,
        planned: m.plannedOn ? `${String(m.plannedOn)} ${m.plannedOnPrecision}` : null,
        actual: m.actualOn ? `${String(m.actualOn)} ${m.actualOnPrecision}` : null,
      }))
      .sort((a, b) => `${a.of}${a.kind}`.localeCompare(`${b.of}${b.kind}`));
    expect(shown).toEqual([
      { of: 'AQUATICS-2019-LEGACY', kind: 'EVENT_HELD', planned: null, actual: '2019-01-01 YEAR' },
      { of: 'ASIAN-GAMES-2038-BID', kind: 'BID', planned: '2038-01-01 YEAR', actual: null },
      { of: 'GGM-CAR-PLANT', kind: 'COMPLETION', planned: null, actual: '2021-04-01 MONTH' },
      { of: 'GGM-CAR-PLANT', kind: 'PRODUCTION_START', planned: '2021-09-01 MONTH', actual: null },
      { of: 'NATIONAL-AI-DATA-CENTRE', kind: 'AGREEMENT_SIGNED', planned: null, actual: '2021-02-01 MONTH' },
      { of: 'WORLD-ARCHERY-2025-BID', kind: 'BID', planned: '2025-01-01 YEAR', actual: null },
    ]);
    const plant = await em.findOneOrFail(Facility, { code: 'GGM-CAR-PLANT' }, { populate: ['operator'] });
    expect(plant.operator?.getEntity().code).toBe('GGM');
    expect(plant).toMatchObject({ status: 'COMPLETED', locationPrecision: 'APPROXIMATE' });
  });

  it('places the facilities and sizes the zones where public sources do, citing each source', async () => {
    const em = fork();
    const facilities = await em.find(
      Facility,
      {},
      { populate: ['zone', 'sources'], orderBy: { code: 'asc' } },
    );
    const placed = facilities.map((f) => ({
      code: f.code,
      at: f.longitude === null ? null : [f.longitude, f.latitude],
      precision: f.locationPrecision,
      zone: f.zone?.getEntity().code ?? null,
      cited: f.sources
        .getItems()
        .map((s) => s.code)
        .filter((code) => code !== ARTICLE_SOURCE)
        .sort(),
    }));
    expect(placed).toEqual([
      {
        code: 'ECO-CAR-PARTS-CERTIFICATION-CENTRE',
        at: [126.699608, 35.159117],
        precision: 'APPROXIMATE',
        zone: 'GWANGJU-FEZ-BITGREEN',
        cited: ['KMA-FORECAST-GRID-REFERENCE-POINTS', 'KOTSA-2023-11-24-CERTIFICATION-CENTRE'],
      },
      {
        code: 'EMERGENCY-CHILDCARE-CENTRE-24H',
        at: null,
        precision: 'APPROXIMATE',
        zone: null,
        cited: ['GJDAILY-2020-08-18-CHILDCARE-CENTRE'],
      },
      {
        code: 'ESPORTS-ARENA',
        at: [126.93306, 35.14222],
        precision: 'APPROXIMATE',
        zone: null,
        cited: ['HANKYUNG-2020-12-20-ESPORTS-ARENA'],
      },
      {
        code: 'GGM-CAR-PLANT',
        at: [126.699608, 35.159117],
        precision: 'APPROXIMATE',
        zone: 'GWANGJU-FEZ-BITGREEN',
        cited: ['HERALD-2021-04-28-GGM-PLANT', 'KMA-FORECAST-GRID-REFERENCE-POINTS'],
      },
      {
        code: 'KIMDAEJUNG-CONVENTION-CENTER',
        at: [126.845178, 35.146992],
        precision: 'APPROXIMATE',
        zone: null,
        cited: ['JOONGANG-2005-09-KIMDAEJUNG-CENTER', 'KMA-FORECAST-GRID-REFERENCE-POINTS'],
      },
      {
        code: 'KOREA-SWIMMING-PROMOTION-CENTRE',
        at: null,
        precision: 'APPROXIMATE',
        zone: null,
        cited: ['NAMDONEWS-2019-12-15-SWIMMING-CENTRE'],
      },
      {
        code: 'NATIONAL-AI-DATA-CENTRE',
        at: [126.8837, 35.21985],
        precision: 'APPROXIMATE',
        zone: 'GWANGJU-AI-CONVERGENCE-COMPLEX',
        cited: ['KMA-FORECAST-GRID-REFERENCE-POINTS', 'SCIENCETIMES-2021-11-22-AI-CLUSTER'],
      },
    ]);
    const certificationCentre = facilities.find((f) => f.code === 'ECO-CAR-PARTS-CERTIFICATION-CENTRE');
    expect(certificationCentre?.address?.ko).toBe('광주광역시 광산구 빛동10로 23');

    const zones = await em.find(Zone, {}, { orderBy: { code: 'asc' } });
    const squareMetres = Object.fromEntries(
      zones.map((z) => [
        z.code,
        z.areaValue == null ? null : areaToSquareMetres({ value: Number(z.areaValue), unit: z.areaUnit! }),
      ]),
    );
    const districts = ['BITGREEN', 'CHEOMDAN-3', 'ENERGY-VALLEY-GENERAL', 'ENERGY-VALLEY-NATIONAL'];
    expect(districts.map((d) => squareMetres[`GWANGJU-FEZ-${d}`])).toEqual([
      1_847_000, 1_106_000, 932_000, 486_000,
    ]);
    // The four districts make up the whole zone as designated: 4.371 km².
    expect(districts.reduce((sum, d) => sum + squareMetres[`GWANGJU-FEZ-${d}`]!, 0)).toBe(
      squareMetres['GWANGJU-FEZ'],
    );
    expect(squareMetres).toMatchObject({
      'GWANGJU-RND-SPECIAL-ZONE': 18_700_000,
      'GWANGJU-UNMANNED-VEHICLE-RFZ': 16_790_000,
      'GWANGJU-AI-CONVERGENCE-COMPLEX': 47_256,
    });
    // No public outline of any zone was found: none is drawn.
    expect(zones.filter((z) => z.geometry != null).map((z) => z.code)).toEqual([]);
  });

  it('links the bank to its volleyball club and the partners to their programs', async () => {
    const em = fork();
    const club = await em.findOneOrFail(
      Organisation,
      { code: 'PEPPER-SAVINGS-BANK-VOLLEYBALL' },
      { populate: ['parent'] },
    );
    expect(club.kind).toBe('SPORTS_CLUB');
    expect(club.parent?.getEntity().nameKo).toBe('페퍼저축은행');
    const links = await em.getConnection().execute<{ program: string; organisation: string; role: string }[]>(
      `select p.code as program, o.code as organisation, l.role from program_organisation l
         join program p on p.id = l.program_id join organisation o on o.id = l.organisation_id
         where l.role <> 'LEAD' order by p.code, o.code`,
    );
    expect(links).toEqual([
      { program: 'ASIAN-GAMES-2038-BID', organisation: 'DAEGU-METROPOLITAN-CITY', role: 'PARTNER' },
      { program: 'GWANGJU-TYPE-JOBS', organisation: 'GGM', role: 'PARTNER' },
      { program: 'HONAM-RE300', organisation: 'JEOLLABUK-DO', role: 'PARTNER' },
      { program: 'HONAM-RE300', organisation: 'JEOLLANAM-DO', role: 'PARTNER' },
      { program: 'NATIONAL-AI-DATA-CENTRE', organisation: 'MSIT', role: 'FUNDER' },
      { program: 'WOMENS-VOLLEYBALL-CLUB', organisation: 'PEPPER-SAVINGS-BANK-VOLLEYBALL', role: 'PARTNER' },
    ]);
    expect(await em.count(Program, {})).toBe(EXPECTED_ROWS.program);
  });

  it('adds nothing when the database is opened again', async () => {
    await orm.close(true);
    orm = await initORM(database.config, { quiet: true });
    expect(await countAll(fork())).toEqual(EXPECTED_ROWS);
  });
});
