import { randomUUID } from 'node:crypto';
import { type Frequency, parsePeriod } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

export interface DatasetSize {
  zones: number;
  facilities: number;
  indicators: number;
  /** Monthly figures per indicator: from 2012-01, or as many months before 2021-12 when more than 120. */
  months: number;
  /** One figure in this many is revised: its first vintage superseded by a second (0: none). */
  reviseEvery?: number;
}

/** The bench's usual size: 500 zones, 5,000 facilities, 200 indicators × 120 monthly figures. */
export const FULL: DatasetSize = {
  zones: 500,
  facilities: 5000,
  indicators: 200,
  months: 120,
  reviseEvery: 0,
};

/** `BENCH_SCALE=large`: a million figures — 2,000 indicators × 500 months, one in 500 revised. */
export const LARGE: DatasetSize = {
  zones: 500,
  facilities: 5000,
  indicators: 2000,
  months: 500,
  reviseEvery: 500,
};

export function sizeOf(scale: string | undefined): DatasetSize {
  if (scale === undefined || scale === '' || scale === 'full') return FULL;
  if (scale === 'large') return LARGE;
  throw new Error(`BENCH_SCALE must be "full" or "large", not ${JSON.stringify(scale)}`);
}

export interface Dataset {
  zoneIds: string[];
  facilityIds: string[];
  indicatorIds: string[];
  sourceId: string;
  /** Observation rows written, superseded vintages included. */
  rows: number;
}

const FACILITY_KINDS = [
  'PLANT',
  'DATA_CENTRE',
  'CHILDCARE_CENTRE',
  'ARENA',
  'SPORTS_CENTRE',
  'CULTURE_VENUE',
];
const STATUSES = ['PLANNED', 'AGREED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'];

function record(now: Date) {
  return { version: 1, created_at: now, updated_at: now };
}

/**
 * Fills a migrated database with a synthetic portfolio in bulk inserts: a tenth of the zones are
 * top-level, the rest their districts; facilities spread evenly over zones; each indicator
 * measures one facility, monthly from 2012, so a ten-year quarterly series has data.
 */
export async function generateDataset(orm: MikroORM, size: DatasetSize): Promise<Dataset> {
  const em = orm.em.fork() as EntityManager;
  const knex = em.getKnex();
  const now = new Date();
  const insert = (table: string, rows: object[]) => knex.batchInsert(table, rows as never, 200);

  const sourceId = randomUUID();
  await insert('source', [
    { id: sourceId, code: 'BENCH-SOURCE', kind: 'INTERNAL', title: '벤치마크 자료', ...record(now) },
  ]);

  const zoneIds = Array.from({ length: size.zones }, () => randomUUID());
  const topLevel = Math.max(1, Math.floor(size.zones / 10));
  await insert(
    'zone',
    zoneIds.map((id, i) => ({
      id,
      code: `BENCH-ZONE-${String(i).padStart(4, '0')}`,
      name_ko: `벤치 구역 ${i}`,
      name_en: `Bench zone ${i}`,
      visibility: 'PUBLIC',
      kind: i < topLevel ? 'ECONOMIC_FREE_ZONE' : 'FEZ_DISTRICT',
      status: 'DESIGNATED',
      parent_id: i < topLevel ? null : zoneIds[i % topLevel],
      specialisations: '[]',
      ...record(now),
    })),
  );

  const facilityIds = Array.from({ length: size.facilities }, () => randomUUID());
  await insert(
    'facility',
    facilityIds.map((id, i) => ({
      id,
      code: `BENCH-FACILITY-${i}`,
      name_ko: `벤치 시설 ${i}`,
      name_en: `Bench facility ${i}`,
      visibility: 'PUBLIC',
      kind: FACILITY_KINDS[i % FACILITY_KINDS.length],
      status: STATUSES[i % STATUSES.length],
      zone_id: zoneIds[i % size.zones],
      location_precision: 'APPROXIMATE',
      ...record(now),
    })),
  );

  const indicatorIds = Array.from({ length: size.indicators }, () => randomUUID());
  await insert(
    'indicator',
    indicatorIds.map((id, i) => ({
      id,
      code: `BENCH-INDICATOR-${i}`,
      name_ko: `벤치 지표 ${i}`,
      name_en: `Bench indicator ${i}`,
      visibility: 'PUBLIC',
      unit: 'PERSONS',
      multiplier: 'ONE',
      frequency: 'MONTH' satisfies Frequency,
      aggregation: 'SUM',
      direction: 'UP_IS_GOOD',
      subject_type: 'FACILITY',
      // One facility each, all in the first 25 zones (facility j sits in zone j mod zones), which
      // the nested-list workload reads: every page it fetches carries real figures.
      subject_facility_id: facilityIds[((i % 25) + size.zones * Math.floor(i / 25)) % size.facilities],
      ...record(now),
    })),
  );

  // Figures in slices of indicators, so that a million rows never sit in memory at once.
  const periods = Array.from({ length: size.months }, (_, k) => {
    const m = Math.min(2012 * 12, 2021 * 12 + 11 - (size.months - 1)) + k;
    const period = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const parsed = parsePeriod(period);
    if (!parsed.ok) throw new Error(`bad period ${period}`);
    return { period, start: parsed.value.start, end: parsed.value.end };
  });
  let rows = 0;
  const SLICE = 20;
  for (let first = 0; first < indicatorIds.length; first += SLICE) {
    const observations: object[] = [];
    indicatorIds.slice(first, first + SLICE).forEach((indicatorId, offset) => {
      const n = first + offset;
      periods.forEach(({ period, start, end }, m) => {
        const figure = {
          indicator_id: indicatorId,
          period,
          period_start: start,
          period_end: end,
          status: 'FINAL',
          source_id: sourceId,
          recorded_at: now,
          ...record(now),
        };
        const value = String(1000 + ((n * 37 + m * 11) % 500));
        if (size.reviseEvery && (n * size.months + m) % size.reviseEvery === 0) {
          // The revision first, so that the row it supersedes can point to it.
          const revision = randomUUID();
          observations.push({ ...figure, id: revision, value, vintage: 2 });
          observations.push({
            ...figure,
            id: randomUUID(),
            value: String(Number(value) - 1),
            vintage: 1,
            superseded_at: now,
            superseded_by_id: revision,
          });
        } else {
          observations.push({ ...figure, id: randomUUID(), value, vintage: 1 });
        }
      });
    });
    await insert('observation', observations);
    rows += observations.length;
  }
  // A live database has planner statistics (PostgreSQL's autovacuum gathers them); one just filled
  // in bulk has none, and PostgreSQL would plan the first minutes' queries for empty tables.
  await knex.raw('analyze');
  return { zoneIds, facilityIds, indicatorIds, sourceId, rows };
}
