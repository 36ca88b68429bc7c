import { readFileSync, writeFileSync } from 'node:fs';
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
import { generateDataset, sizeOf } from './dataset.js';
import {
  LATEST_QUERY,
  MIX_SIZE,
  NESTED_QUERY,
  READ_FACILITY,
  RENAME_FACILITY,
  SERIES_QUERY,
} from './workloads.js';

/**
 * One bench process, in one of three roles, so that each server's CPU and memory are its own:
 * - `prepare`: fills a fresh database with the synthetic portfolio, issues the bench's token, counts
 *   the SQL statements one request of each workload costs, prints it all on one JSON line and exits;
 * - `api`: the API over that database, on a loopback port;
 * - `baseline`: the raw-SQL yardstick over the same database.
 * A serving process answers `stats` messages from its parent with its CPU time and memory.
 */
const [role, kind, location] = process.argv.slice(2) as [
  'prepare' | 'api' | 'baseline',
  'sqlite' | 'postgresql',
  string,
];
const database: DatabaseConfig = kind === 'sqlite' ? { kind, path: location } : { kind, url: location };

export interface Prepared {
  token: string;
  ids: {
    series: string;
    seriesRaw: string;
    latest: string[];
    facilities: { global: string; raw: string }[];
  };
  rows: number;
  generateSeconds: number;
  apiStatements: Record<string, number>;
}

export interface Stats {
  /** process.cpuUsage(), microseconds. */
  cpu: NodeJS.CpuUsage;
  rss: number;
  /** The process's peak resident set so far (VmHWM), bytes. */
  peakRss: number;
}

async function prepare() {
  const started = performance.now();
  const orm = await initORM(database, { quiet: true, seed: false });
  const size = sizeOf(process.env.BENCH_SCALE);
  const data = await generateDataset(orm, size);
  const generateSeconds = (performance.now() - started) / 1000;
  await ensureFirstAdmin(orm.em.fork(), {
    BITGOEUL_ADMIN_EMAIL: 'bench@bitgoeul.local',
    BITGOEUL_ADMIN_PASSWORD: 'bench passphrase long enough',
  });
  const admin = await orm.em.fork().findOneOrFail(User, { email: 'bench@bitgoeul.local' });
  const { secret } = await issueToken(orm.em.fork(), admin, 'bench', null);
  await orm.close();

  const ids: Prepared['ids'] = {
    series: encodeGlobalID('Indicator', data.indicatorIds[0]!),
    seriesRaw: data.indicatorIds[0]!,
    latest: data.indicatorIds.slice(0, 50).map((id) => encodeGlobalID('Indicator', id)),
    facilities: data.facilityIds
      .slice(0, MIX_SIZE)
      .map((id) => ({ global: encodeGlobalID('Facility', id), raw: id })),
  };

  // Statement counts come from an ORM with the query log on, so the measured servers run without it.
  let statements = 0;
  const counting = await initORM(database, {
    quiet: true,
    seed: false,
    overrides: {
      debug: ['query'],
      colors: false,
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
  // The token's first use is written (its last-used time): count the steady state, as the load sees it.
  await cost(READ_FACILITY, { id: ids.facilities[0]!.global }, true);
  const apiStatements = {
    nested: await cost(NESTED_QUERY, {}),
    series: await cost(SERIES_QUERY, { id: ids.series }),
    latest: await cost(LATEST_QUERY, { id: ids.latest[0] }),
    mixRead: await cost(READ_FACILITY, { id: ids.facilities[0]!.global }, true),
    mixWrite: await cost(RENAME_FACILITY, { id: ids.facilities[0]!.global, name: '벤치 시설 이름' }, true),
  };
  await counting.close();
  const prepared: Prepared = { token: secret, ids, rows: data.rows, generateSeconds, apiStatements };
  console.log(JSON.stringify(prepared));
}

function peakRss(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : process.memoryUsage().rss;
}

async function serve() {
  const orm = await initORM(database, { quiet: true, seed: false });
  let port: number;
  let close: () => void;
  if (role === 'api') {
    const { server } = createApp({ orm, adminDir: null });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    close = () => server.close();
  } else {
    const baseline = await startBaseline(orm);
    port = baseline.port;
    close = () => baseline.server.close();
  }
  // BENCH_PROFILE=<dir>: a CPU profile of the serving phase, for `--cpu-prof` viewers.
  const profiler = process.env.BENCH_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  process.on('message', (message) => {
    if (message !== 'stats') return;
    const stats: Stats = { cpu: process.cpuUsage(), rss: process.memoryUsage().rss, peakRss: peakRss() };
    process.send!(stats);
  });
  process.on('SIGTERM', async () => {
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(
        join(process.env.BENCH_PROFILE!, `${kind}-${role}-${process.pid}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
    close();
    await orm.close();
    process.exit(0);
  });
  process.send!({ port });
}

if (role === 'prepare') await prepare();
else await serve();
