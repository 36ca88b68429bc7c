import { createServer, type Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';

type Row = Record<string, unknown>;

/**
 * The yardstick: the same three answers written by hand — raw SQL on the same connection pool
 * and JSON.stringify on node:http, no GraphQL, no ORM entities, no validation. What the API
 * costs on top of this is the price of its schema, batching, auth and error handling.
 */
export function startBaseline(
  orm: MikroORM,
): Promise<{ server: Server; port: number; statements: Record<string, number> }> {
  const connection = orm.em.getConnection();
  const sql = (text: string, params: unknown[] = []): Promise<Row[]> => connection.execute(text, params);
  const inList = (ids: unknown[]) => (ids.length ? ids.map(() => '?').join(', ') : 'null');

  async function nested() {
    const zones = await sql(
      "select id, code, name_ko from zone where visibility = 'PUBLIC' order by code, id limit 25",
    );
    const zoneIds = zones.map((z) => z.id);
    const facilities = await sql(
      `select id, code, name_ko, status, zone_id from facility where visibility = 'PUBLIC' and zone_id in (${inList(zoneIds)}) order by code, id`,
      zoneIds,
    );
    const facilityIds = facilities.map((f) => f.id);
    const indicators = await sql(
      `select id, code, subject_facility_id from indicator where visibility = 'PUBLIC' and subject_facility_id in (${inList(facilityIds)}) order by code`,
      facilityIds,
    );
    const indicatorIds = indicators.map((i) => i.id);
    // Each indicator's latest current figure by one index seek per indicator (the partial index the
    // API uses too), not a group-by over every figure: at a million figures that is the difference.
    const latest = await sql(
      `select o.indicator_id, o.period, o.value from indicator i
       join observation o on o.indicator_id = i.id and o.superseded_at is null
        and o.period_end = (select max(x.period_end) from observation x
                             where x.indicator_id = i.id and x.superseded_at is null)
       where i.id in (${inList(indicatorIds)})`,
      indicatorIds,
    );
    const latestBy = new Map(latest.map((o) => [o.indicator_id, { period: o.period, value: o.value }]));
    const byFacility = new Map<unknown, Row[]>();
    for (const i of indicators) {
      const list = byFacility.get(i.subject_facility_id) ?? [];
      list.push({ code: i.code, latest: latestBy.get(i.id) ?? null });
      byFacility.set(i.subject_facility_id, list);
    }
    const byZone = new Map<unknown, Row[]>();
    for (const f of facilities) {
      const list = byZone.get(f.zone_id) ?? [];
      list.push({
        id: f.id,
        code: f.code,
        name: { ko: f.name_ko },
        status: f.status,
        indicators: byFacility.get(f.id) ?? [],
      });
      byZone.set(f.zone_id, list);
    }
    return {
      zones: {
        nodes: zones.map((z) => ({
          id: z.id,
          code: z.code,
          name: { ko: z.name_ko },
          facilities: byZone.get(z.id) ?? [],
        })),
      },
    };
  }

  async function series(indicatorId: string) {
    const rows = await sql(
      `select period, period_start, value from observation
       where indicator_id = ? and superseded_at is null and period_start >= ? and period_end <= ? order by period_start`,
      [indicatorId, '2012-01-01', '2021-12-31'],
    );
    const quarters = new Map<string, number>();
    for (const row of rows) {
      const [year, month] = String(row.period).split('-');
      const key = `${year}-Q${Math.ceil(Number(month) / 3)}`;
      quarters.set(key, (quarters.get(key) ?? 0) + Number(row.value));
    }
    const points = [...quarters.entries()].map(([period, value]) => {
      const [year, q] = period.split('-');
      const previous = quarters.get(`${Number(year) - 1}-${q}`);
      const percent = previous ? (((value - previous) / Math.abs(previous)) * 100).toFixed(1) : null;
      return { period, value: String(value), yoy: previous === undefined ? null : { percent } };
    });
    return { indicator: { series: points } };
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://bench');
      let body: unknown;
      if (url.pathname === '/nested') body = await nested();
      else if (url.pathname === '/series') body = await series(url.searchParams.get('id')!);
      else if (url.pathname === '/facility' && req.method === 'GET') {
        const [row] = await sql('select id, code, name_ko, status, version from facility where id = ?', [
          url.searchParams.get('id'),
        ]);
        body = {
          facility: row && {
            code: row.code,
            name: { ko: row.name_ko },
            status: row.status,
            version: row.version,
          },
        };
      } else if (url.pathname === '/facility' && req.method === 'POST') {
        await sql('update facility set name_ko = ?, version = version + 1, updated_at = ? where id = ?', [
          `벤치 시설 ${Date.now()}`,
          new Date(),
          url.searchParams.get('id'),
        ]);
        body = { ok: true };
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: body }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        port: typeof address === 'object' && address ? address.port : 0,
        statements: { nested: 4, series: 1, mix: 1 },
      });
    }),
  );
}
