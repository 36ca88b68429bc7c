import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import autocannon from 'autocannon';
import type { Prepared, Stats } from './serve.js';
import {
  LATEST_QUERY,
  MIX_SIZE,
  NESTED_QUERY,
  PAGE_QUERY,
  PAGE_SIZE,
  READ_FACILITY,
  RENAME_FACILITY,
  SERIES_QUERY,
} from './workloads.js';

/**
 * `npm run bench`: for SQLite (and PostgreSQL when a server answers), fills a fresh database with
 * the synthetic portfolio (BENCH_SCALE=large: a million figures), then drives each workload with
 * autocannon on loopback — 20 connections — against the API and against the raw-SQL baseline,
 * each in a process of its own, and prints per server and workload: req/s, p50, p99, the
 * API/baseline ratio, CPU milliseconds per request, on PostgreSQL the database's CPU per request,
 * and the SQL statements one request costs; then the start, ageing, memory and scale checks, each
 * against the performance issue's target.
 *
 * Filters: BENCH_ONLY=sqlite|postgresql, BENCH_WORKLOADS=nested,series,mix, BENCH_DURATION (s),
 * BENCH_CONNECTIONS, BENCH_AGE_WRITES (0 skips ageing), BENCH_SCALE=large, BENCH_NODE_FLAGS (the
 * servers' V8 flags).
 */
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const AGE_WRITES = Number(process.env.BENCH_AGE_WRITES ?? 1000);
const ONLY = process.env.BENCH_ONLY;
const WORKLOADS = process.env.BENCH_WORKLOADS?.split(',');
const LARGE = process.env.BENCH_SCALE === 'large';
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';
const CLOCK_TICKS_PER_SECOND = 100; // Linux's USER_HZ, what /proc/<pid>/stat counts in
const MB = 1024 * 1024;

const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
// V8's defaults, as `npm start` runs; BENCH_NODE_FLAGS tries others (`--max-semi-space-size=64`
// bought no CPU per request and cost up to a gigabyte of peak RSS).
const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const execArgv = [...nodeFlags, '--import', 'tsx'];
const env = { ...process.env, NODE_ENV: 'production' };

function prepare(kind: string, location: string): Promise<Prepared> {
  const child = fork(script, ['prepare', kind, location], {
    execArgv,
    env,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as Prepared);
      else reject(new Error(`preparing the ${kind} dataset failed (exit ${code})`));
    }),
  );
}

interface Server {
  child: ChildProcess;
  port: number;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

async function startServer(role: 'api' | 'baseline', kind: string, location: string): Promise<Server> {
  const child = fork(script, [role, kind, location], {
    execArgv,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) =>
      reject(new Error(`the ${role} process exited (${code}) before it was ready`)),
    );
  });
  return {
    child,
    port,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as Stats));
        child.send('stats');
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

type Request = autocannon.Request;

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string): Request => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

/** CPU seconds the PostgreSQL backends serving the bench's database have used so far. */
async function backendCpu(admin: MikroORM | null, database: string | null): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  if (!admin || !database) return cpu;
  const rows: { pid: number }[] = await admin.em
    .getConnection()
    .execute('select pid from pg_stat_activity where datname = ?', [database]);
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND);
    } catch {
      // a backend that ended between the two reads, or a server on another machine: not counted
    }
  }
  return cpu;
}

const cpuSpent = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  requests: number;
  errors: number;
  cpuMsPerRequest: number;
  dbCpuMsPerRequest: number | null;
}

interface Store {
  kind: string;
  location: string;
  database: string | null;
  admin: MikroORM | null;
  cleanup: () => Promise<void>;
}

/** Drives one server for a while and reads what it cost: its own CPU, and on PostgreSQL the backends'. */
async function measure(
  server: Server,
  store: Store,
  requests: Request[],
  options: { duration?: number; connections?: number; amount?: number; warmup?: number } = {},
): Promise<Measured> {
  const run = (o: { duration?: number; amount?: number; connections: number }) =>
    autocannon({ url: `http://127.0.0.1:${server.port}`, requests, ...o });
  const connections = options.connections ?? CONNECTIONS;
  const warmup = options.warmup ?? 2;
  if (warmup) await run({ duration: warmup, connections }); // JIT, caches, connection pools
  const [cpuBefore, dbBefore] = [await server.stats(), await backendCpu(store.admin, store.database)];
  const result = await run(
    options.amount
      ? { amount: options.amount, connections }
      : { duration: options.duration ?? DURATION, connections },
  );
  const [cpuAfter, dbAfter] = [await server.stats(), await backendCpu(store.admin, store.database)];
  const served = Math.max(1, result.requests.total);
  const cpuMs = (cpuAfter.cpu.user + cpuAfter.cpu.system - cpuBefore.cpu.user - cpuBefore.cpu.system) / 1000;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    cpuMsPerRequest: cpuMs / served,
    dbCpuMsPerRequest: store.admin ? (cpuSpent(dbBefore, dbAfter) * 1000) / served : null,
  };
}

async function postgresDatabase(): Promise<Omit<Store, 'kind'> | null> {
  const name = `bitgoeul_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let admin: MikroORM | undefined;
  try {
    admin = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: PG_URL,
      entities: [],
      discovery: { warnWhenNoEntities: false },
      allowGlobalContext: true,
    });
    await admin.em.getConnection().execute(`create database ${name}`);
  } catch (error) {
    console.log(`PostgreSQL skipped: ${(error as Error).message.split('\n')[0]}`);
    await admin?.close(true);
    return null;
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    database: name,
    admin,
    cleanup: async () => {
      await admin!.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin!.close(true);
    },
  };
}

const f1 = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const pass = (ok: boolean) => (ok ? 'pass' : 'MISS');
const main: string[] = [
  '| store | workload | API req/s | API p50 / p99 ms | baseline req/s | baseline p50 / p99 ms | API/baseline | CPU ms/req API / baseline | PostgreSQL CPU ms/req API / baseline | SQL per request API / baseline |',
  `|${'---|'.repeat(10)}`,
];
const checks: string[] = ['| store | check | measured | target | |', `|${'---|'.repeat(5)}`];
const check = (store: string, name: string, measured: string, target: string, ok: boolean) => {
  const line = `| ${store} | ${name} | ${measured} | ${target} | ${pass(ok)} |`;
  checks.push(line);
  console.log(line);
};

const stores: Store[] = [];
if (ONLY !== 'postgresql') {
  const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-bench-'));
  stores.push({
    kind: 'sqlite',
    location: join(dir, 'bench.sqlite'),
    database: null,
    admin: null,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  });
}
if (ONLY !== 'sqlite') {
  const pg = await postgresDatabase();
  if (pg) stores.push({ kind: 'postgresql', ...pg });
}

for (const store of stores) {
  console.log(`\n${store.kind}: generating the dataset…`);
  const prepared = await prepare(store.kind, store.location);
  console.log(`${prepared.rows.toLocaleString('en')} figures in ${prepared.generateSeconds.toFixed(0)} s`);
  const baseline = await startServer('baseline', store.kind, store.location);
  const api = await startServer('api', store.kind, store.location);
  const t = prepared;
  try {
    // Start: load straight after a cold start, no warm-up; every request must be answered.
    const cold = await measure(api, store, [gql(NESTED_QUERY)], { duration: 10, warmup: 0 });
    check(
      store.kind,
      'first 10 s after a cold start',
      `${cold.errors} errors in ${cold.requests} requests`,
      'no errors',
      cold.errors === 0,
    );

    const mixApi: Request[] = t.ids.facilities.map((f, i) =>
      i === MIX_SIZE - 1
        ? gql(RENAME_FACILITY, { id: f.global, name: `벤치 시설 ${i}` }, t.token)
        : gql(READ_FACILITY, { id: f.global }, t.token),
    );
    const mixBase: Request[] = t.ids.facilities.map((f, i) =>
      i === MIX_SIZE - 1
        ? ({ method: 'POST', path: `/facility?id=${f.raw}` } as const)
        : ({ method: 'GET', path: `/facility?id=${f.raw}` } as const),
    );
    const n = t.apiStatements;
    const workloads = [
      {
        key: 'nested',
        name: 'nested list',
        api: [gql(NESTED_QUERY)],
        base: [{ method: 'POST', path: '/nested' } as const],
        sql: `${n.nested} / 4`,
        target: 0.8,
      },
      {
        key: 'series',
        name: 'time series',
        api: [gql(SERIES_QUERY, { id: t.ids.series })],
        base: [{ method: 'POST', path: `/series?id=${t.ids.seriesRaw}` } as const],
        sql: `${n.series} / 1`,
        target: 0.3,
      },
      {
        key: 'mix',
        name: 'read/write 9:1',
        api: mixApi,
        base: mixBase,
        sql: `${((n.mixRead! * (MIX_SIZE - 1) + n.mixWrite!) / MIX_SIZE).toFixed(1)} / 1`,
        target: 0.25,
      },
    ].filter((w) => !WORKLOADS || WORKLOADS.includes(w.key));

    let freshNested: Measured | null = null;
    for (const w of workloads) {
      const a = await measure(api, store, w.api);
      const b = await measure(baseline, store, w.base);
      if (w.key === 'nested') freshNested = a;
      const ratio = a.rps / b.rps;
      const line = `| ${store.kind} | ${w.name} | ${a.rps.toFixed(0)} | ${a.p50} / ${a.p99} | ${b.rps.toFixed(0)} | ${b.p50} / ${b.p99} | ${(ratio * 100).toFixed(0)} % | ${f1(a.cpuMsPerRequest)} / ${f1(b.cpuMsPerRequest)} | ${f1(a.dbCpuMsPerRequest)} / ${f1(b.dbCpuMsPerRequest)} | ${w.sql} |`;
      main.push(line);
      console.log(line + (a.errors || b.errors ? `  (errors: API ${a.errors}, baseline ${b.errors})` : ''));
      // The workloads' targets are set at the usual size; at the large one the table shows how they scale.
      if (!LARGE)
        check(
          store.kind,
          `${w.name}: API/baseline throughput`,
          `${(ratio * 100).toFixed(0)} %`,
          `≥ ${w.target * 100} %`,
          ratio >= w.target,
        );
      if (w.key === 'nested' && !LARGE) {
        if (store.kind === 'postgresql') {
          check(
            store.kind,
            'nested list: API CPU per request',
            `${f1(a.cpuMsPerRequest)} ms`,
            '≤ 10 ms',
            a.cpuMsPerRequest <= 10,
          );
        }
        const one = await measure(api, store, w.api, { connections: 1, duration: 5 });
        const oneBase = await measure(baseline, store, w.base, { connections: 1, duration: 5 });
        check(
          store.kind,
          'nested list, one request at a time: mean API / baseline',
          `${one.mean.toFixed(1)} / ${oneBase.mean.toFixed(1)} ms = ${(one.mean / oneBase.mean).toFixed(2)}×`,
          '≤ 1.2×',
          one.mean <= 1.2 * oneBase.mean,
        );
      }
    }

    // Ageing: the same reads after the process has taken AGE_WRITES writes.
    if (AGE_WRITES > 0 && freshNested) {
      const writes = t.ids.facilities.map((f, i) =>
        gql(RENAME_FACILITY, { id: f.global, name: `나이 든 시설 ${i}` }, t.token),
      );
      await measure(api, store, writes, { amount: AGE_WRITES, warmup: 0 });
      const aged = await measure(api, store, [gql(NESTED_QUERY)]);
      const ratio = aged.cpuMsPerRequest / freshNested.cpuMsPerRequest;
      check(
        store.kind,
        `nested CPU per request after ${AGE_WRITES} writes / before`,
        `${f1(aged.cpuMsPerRequest)} / ${f1(freshNested.cpuMsPerRequest)} ms = ${ratio.toFixed(2)}×`,
        '≤ 1.05×',
        ratio <= 1.05,
      );
    }

    if (LARGE) {
      const latest = t.ids.latest.map((id) => gql(LATEST_QUERY, { id }));
      const oneLatest = await measure(api, store, latest, { connections: 1, duration: 5 });
      check(
        store.kind,
        'large: latest figure, one at a time, p99',
        `${oneLatest.p99} ms`,
        '≤ 50 ms',
        oneLatest.p99 <= 50,
      );
      const oneSeries = await measure(api, store, [gql(SERIES_QUERY, { id: t.ids.series })], {
        connections: 1,
        duration: 5,
      });
      check(
        store.kind,
        'large: time series, one at a time, p99',
        `${oneSeries.p99} ms`,
        '≤ 50 ms',
        oneSeries.p99 <= 50,
      );
    }

    // Keyset paging: walk to page N, then time page 1 and page N alike.
    const depth = Math.min(LARGE ? 1000 : 100, Math.floor(t.rows / PAGE_SIZE) - 1);
    let after: string | null = null;
    for (let page = 1; page < depth; page++) {
      const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
        ...(gql(PAGE_QUERY, { after }) as RequestInit),
      });
      const body = (await response.json()) as { data: { observations: { pageInfo: { endCursor: string } } } };
      after = body.data.observations.pageInfo.endCursor;
    }
    const first = await measure(api, store, [gql(PAGE_QUERY, { after: null })], {
      connections: 1,
      duration: 3,
      warmup: 1,
    });
    const deep = await measure(api, store, [gql(PAGE_QUERY, { after })], {
      connections: 1,
      duration: 3,
      warmup: 1,
    });
    check(
      store.kind,
      `keyset paging: page ${depth} / page 1, mean`,
      `${deep.mean.toFixed(1)} / ${first.mean.toFixed(1)} ms = ${(deep.mean / first.mean).toFixed(2)}×`,
      '≤ 2×',
      deep.mean <= 2 * first.mean,
    );

    // Memory: the peak under all of the above, and what is left after a few quiet seconds.
    await new Promise((r) => setTimeout(r, 5000));
    const { peakRss, rss } = await api.stats();
    check(
      store.kind,
      'API peak RSS under load',
      `${(peakRss / MB).toFixed(0)} MB`,
      '≤ 350 MB',
      peakRss <= 350 * MB,
    );
    check(store.kind, 'API RSS after load', `${(rss / MB).toFixed(0)} MB`, '≤ 250 MB', rss <= 250 * MB);
  } finally {
    await api.stop();
    await baseline.stop();
    await store.cleanup();
  }
}
console.log(
  `\n${DURATION} s per run after a 2 s warm-up, ${CONNECTIONS} connections, loopback; each server in its own process.\n`,
);
console.log(main.join('\n'));
console.log(`\n${checks.join('\n')}`);
