import { randomUUID } from 'node:crypto';
import { type Frequency, parsePeriod } from '@bitgoeul/domain';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

export interface DatasetSize {
  zones: number;
  facilities: number;
  indicators: number;
  months: number;
}

/** The size issue #4 asks for: 500 zones, 5,000 facilities, 200 indicators × 120 monthly observations. */
export const FULL: DatasetSize = { zones: 500, facilities: 5000, indicators: 200, months: 120 };

export interface Dataset {
  zoneIds: string[];
  facilityIds: string[];
  indicatorIds: string[];
  sourceId: string;
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

  const observations: object[] = [];
  indicatorIds.forEach((indicatorId, n) => {
    for (let m = 0; m < size.months; m++) {
      const period = `${2012 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const parsed = parsePeriod(period);
      if (!parsed.ok) throw new Error(`bad period ${period}`);
      observations.push({
        id: randomUUID(),
        indicator_id: indicatorId,
        period,
        period_start: parsed.value.start,
        period_end: parsed.value.end,
        value: String(1000 + ((n * 37 + m * 11) % 500)),
        status: 'FINAL',
        source_id: sourceId,
        vintage: 1,
        recorded_at: now,
        ...record(now),
      });
    }
  });
  await insert('observation', observations);
  // A live database has planner statistics (PostgreSQL's autovacuum gathers them); one just filled
  // in bulk has none, and PostgreSQL would plan the first minutes' queries for empty tables.
  await knex.raw('analyze');
  return { zoneIds, facilityIds, indicatorIds, sourceId };
}
