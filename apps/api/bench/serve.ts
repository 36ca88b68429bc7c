import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { User } from '../src/auth/account.entity.js';
import { issueToken } from '../src/auth/accounts.js';
import { ensureFirstAdmin } from '../src/auth/bootstrap.js';
import type { DatabaseConfig } from '../src/config.js';
import { createApp } from '../src/wiring/app.js';
import { initORM } from '../src/wiring/orm.js';
import { startBaseline } from './baseline.js';
import { FULL, generateDataset } from './dataset.js';
import { MIX_SIZE, NESTED_QUERY, READ_FACILITY, RENAME_FACILITY, SERIES_QUERY } from './workloads.js';

/**
 * One benchmark target process: a fresh database filled with the synthetic portfolio, the API
 * and the raw-SQL baseline on loopback ports. It reports, on one JSON line, where they listen and
 * how many SQL statements one request of each workload costs, then serves until it is stopped.
 */
const [kind, location] = process.argv.slice(2) as ['sqlite' | 'postgresql', string];
const database: DatabaseConfig = kind === 'sqlite' ? { kind, path: location } : { kind, url: location };

const orm = await initORM(database, { quiet: true });
const data = await generateDataset(orm, FULL);
await ensureFirstAdmin(orm.em.fork(), {
  BITGOEUL_ADMIN_EMAIL: 'bench@bitgoeul.local',
  BITGOEUL_ADMIN_PASSWORD: 'bench passphrase long enough',
});
const admin = await orm.em.fork().findOneOrFail(User, { email: 'bench@bitgoeul.local' });
const { secret } = await issueToken(orm.em.fork(), admin, 'bench', null);

const ids = {
  series: encodeGlobalID('Indicator', data.indicatorIds[0]!),
  seriesRaw: data.indicatorIds[0]!,
  facilities: data.facilityIds
    .slice(0, MIX_SIZE)
    .map((id) => ({ global: encodeGlobalID('Facility', id), raw: id })),
};

// Statement counts come from a second ORM with the query log on, so the measured servers run without it.
let statements = 0;
const counting = await initORM(database, {
  quiet: true,
  seed: false,
  overrides: {
    debug: ['query'],
    colors: false,
    // The first ORM of the process turned MikroORM's colours on for the whole process: strip them.
    logger: (message: string) => {
      const plain = stripVTControlCharacters(message);
      if (!plain.startsWith('[query]')) return;
      statements += 1;
      if (process.env.BENCH_SHOW_SQL) console.error(plain.slice(0, 150), '…', plain.slice(-40));
    },
  },
});
const probe = createApp({ orm: counting, adminDir: null }).yoga;
const cost = async (query: string, variables: Record<string, unknown>, auth = false) => {
  const before = statements;
  const response = await probe.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return statements - before;
};
const apiStatements = {
  nested: await cost(NESTED_QUERY, {}),
  series: await cost(SERIES_QUERY, { id: ids.series }),
  mixRead: await cost(READ_FACILITY, { id: ids.facilities[0]!.global }, true),
  mixWrite: await cost(RENAME_FACILITY, { id: ids.facilities[0]!.global, name: '벤치 시설 이름' }, true),
};
await counting.close();

const { server } = createApp({ orm, adminDir: null });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const apiPort = (server.address() as { port: number }).port;
const baseline = await startBaseline(orm);

console.log(
  JSON.stringify({
    apiPort,
    baselinePort: baseline.port,
    token: secret,
    ids,
    apiStatements,
    baselineStatements: baseline.statements,
  }),
);
// BENCH_PROFILE=<dir>: a CPU profile of the serving phase only (not the dataset's generation), for `--cpu-prof` viewers.
const profiler = process.env.BENCH_PROFILE ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}

process.on('SIGTERM', async () => {
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(
      join(process.env.BENCH_PROFILE!, `${kind}-${process.pid}.cpuprofile`),
      JSON.stringify(profile),
    );
  }
  server.close();
  baseline.server.close();
  await orm.close();
  process.exit(0);
});
