import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import autocannon from 'autocannon';
import { MIX_SIZE, NESTED_QUERY, READ_FACILITY, RENAME_FACILITY, SERIES_QUERY } from './workloads.js';

/**
 * `npm run bench`: for SQLite (and PostgreSQL when a server answers), fills a fresh database with
 * 500 zones, 5,000 facilities and 200 indicators × 120 months, then drives each workload with
 * autocannon on loopback — 20 connections — against the API and against the raw-SQL baseline,
 * one after the other in the same run, and prints req/s, p50, p99, the API/baseline ratio and
 * the SQL statements one request costs. Targets: nested list ≥ 50 % of the baseline's
 * throughput, p99 ≤ 25 ms.
 */
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

interface Target {
  apiPort: number;
  baselinePort: number;
  token: string;
  ids: { series: string; seriesRaw: string; facilities: { global: string; raw: string }[] };
  apiStatements: Record<string, number>;
  baselineStatements: Record<string, number>;
}

async function startTarget(kind: string, location: string) {
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  // The same V8 heap setting as `npm start`: a larger young generation for a server whose requests
  // each build thousands of short-lived objects.
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', script, kind, location],
    {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('{')) return { child, target: JSON.parse(line) as Target };
  }
  throw new Error(`the ${kind} target exited before it was ready`);
}

type Request = autocannon.Request;

async function load(port: number, requests: Request[]) {
  const run = (duration: number) =>
    autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration, requests });
  await run(2); // warm-up: JIT, caches, connection pools
  const result = await run(DURATION);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string): Request => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

function workloads(t: Target) {
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
  const readWrite = (n: Record<string, number>, read: string, write: string) =>
    ((n[read]! * (MIX_SIZE - 1) + n[write]!) / MIX_SIZE).toFixed(1);
  return [
    {
      name: 'nested list',
      api: [gql(NESTED_QUERY)],
      base: [{ method: 'POST', path: '/nested' } as const],
      apiSql: String(t.apiStatements.nested),
      baseSql: String(t.baselineStatements.nested),
    },
    {
      name: 'time series',
      api: [gql(SERIES_QUERY, { id: t.ids.series })],
      base: [{ method: 'POST', path: `/series?id=${t.ids.seriesRaw}` } as const],
      apiSql: String(t.apiStatements.series),
      baseSql: String(t.baselineStatements.series),
    },
    {
      name: 'read/write 9:1',
      api: mixApi,
      base: mixBase,
      apiSql: readWrite(t.apiStatements, 'mixRead', 'mixWrite'),
      baseSql: String(t.baselineStatements.mix),
    },
  ];
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
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
    url: url.toString(),
    drop: async () => {
      await admin!.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin!.close(true);
    },
  };
}

const rows: string[] = [];
const header =
  '| store | workload | API req/s | API p50 ms | API p99 ms | baseline req/s | baseline p50 | baseline p99 | API/baseline | SQL per request (API / baseline) |';
rows.push(header, `|${'---|'.repeat(10)}`);

const stores: { kind: string; location: string; cleanup: () => Promise<void> }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-bench-'));
stores.push({
  kind: 'sqlite',
  location: join(dir, 'bench.sqlite'),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
const pg = await postgresDatabase();
if (pg) stores.push({ kind: 'postgresql', location: pg.url, cleanup: pg.drop });

for (const store of stores) {
  console.log(`\n${store.kind}: generating the dataset and starting the servers…`);
  const { child, target } = await startTarget(store.kind, store.location);
  try {
    for (const w of workloads(target)) {
      const api = await load(target.apiPort, w.api);
      const base = await load(target.baselinePort, w.base);
      const ratio = `${((api.rps / base.rps) * 100).toFixed(0)} %`;
      const line = `| ${store.kind} | ${w.name} | ${api.rps.toFixed(0)} | ${api.p50} | ${api.p99} | ${base.rps.toFixed(0)} | ${base.p50} | ${base.p99} | ${ratio} | ${w.apiSql} / ${w.baseSql} |`;
      rows.push(line);
      console.log(
        line + (api.errors || base.errors ? `  (errors: API ${api.errors}, baseline ${base.errors})` : ''),
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await store.cleanup();
  }
}
console.log(`\n${DURATION} s per run after a 2 s warm-up, ${CONNECTIONS} connections, loopback.\n`);
console.log(rows.join('\n'));
