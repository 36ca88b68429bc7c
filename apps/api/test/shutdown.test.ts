import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Program } from '../src/modules/programs/program.entity.js';
import { initORM } from '../src/wiring/orm.js';
import { databaseKinds } from './databases.js';
import { COMPILED_SERVER, type ServerProcess, startServerProcess } from './server-process.js';

const IMPORT = `mutation($input: ImportProgramsInput!) {
  importPrograms(input: $input) { imported rowErrors { row column code } } }`;

/** 3,000 programs with short codes and names: about 0.3 MB, well under the 1 MiB body limit. */
const sheet = (prefix: string) =>
  Array.from({ length: 3000 }, (_, i) => ({
    row: i + 2,
    code: `${prefix}-${i}`,
    nameKo: `사업${i}`,
    summaryKo: '요약',
    area: 'AI',
    status: 'PIPELINE',
  }));

/** GET over a given agent, to use a connection kept alive from before the stop. */
const get = (agent: Agent, port: number, path: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });

describe.skipIf(!existsSync(COMPILED_SERVER)).each(databaseKinds)(
  'SIGTERM during imports on $name',
  (kind) => {
    it('finishes the imports in flight (one queued), answers 503 meanwhile and exits 0 within the timeout', async () => {
      const database = await kind.create();
      const url = database.config.kind === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url;
      let server: ServerProcess | undefined;
      try {
        server = await startServerProcess({
          DATABASE_URL: url,
          // One request at a time: the second import waits in the admission queue when the stop comes.
          BITGOEUL_API_CONCURRENCY: '1',
          BITGOEUL_SHUTDOWN_TIMEOUT: '30',
        });
        const headers = await server.signIn();
        // A connection kept alive from before the stop, as a load balancer keeps one.
        const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
        expect((await get(keptAlive, server.port, '/healthz')).status).toBe(200);
        const importSheet = (prefix: string) =>
          fetch(`${server!.origin}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json',
              ...headers,
            },
            body: JSON.stringify({
              query: IMPORT,
              variables: { input: { rows: sheet(prefix), dryRun: false } },
            }),
          }).then(async (res) => ({ status: res.status, body: await res.json() }));
        const imports = [importSheet('STOP-A')];
        await sleep(30);
        imports.push(importSheet('STOP-B'));
        await sleep(300);

        const signalled = performance.now();
        server.child.kill('SIGTERM');
        // On SQLite the process is busy in long stretches during an import and sees the signal at its
        // next pause; an import is still in flight then (the second one at the latest).
        const stopping = await server.logLine(/stopping: draining/);
        expect(stopping.inFlight).toBeGreaterThanOrEqual(1);
        const meanwhile = await get(keptAlive, server.port, '/graphql?query=%7B__typename%7D');
        expect(meanwhile.status).toBe(503);
        expect(meanwhile.headers['retry-after']).toBe('5');
        expect(meanwhile.headers.connection).toBe('close');
        expect(JSON.parse(meanwhile.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

        // Every import is answered, none cut: finished in full when the server had read it before
        // the stop (queued ones too), told to come back (503) otherwise.
        const [a, b] = await Promise.all(imports);
        expect(a!.status).toBe(200);
        let written = 0;
        for (const done of [a!, b!]) {
          if (done.status === 200) {
            expect(done.body).toEqual({ data: { importPrograms: { imported: 3000, rowErrors: [] } } });
            written += 3000;
          } else {
            expect(done.status).toBe(503);
            expect(done.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
          }
        }
        expect(await server.exited).toBe(0);
        expect(performance.now() - signalled).toBeLessThan(30_000);
        expect(server.stderr()).toContain('"msg":"stopped"');
        keptAlive.destroy();

        const orm = await initORM(database.config, { quiet: true, seed: false });
        try {
          expect(await orm.em.fork().count(Program, { code: { $like: 'STOP-%' } })).toBe(written);
        } finally {
          await orm.close(true);
        }
      } finally {
        server?.child.kill('SIGKILL');
        await database.drop();
      }
    }, 60_000);
  },
);

describe.skipIf(!existsSync(COMPILED_SERVER))('a stop that runs out of time', () => {
  it('cuts what is unfinished after BITGOEUL_SHUTDOWN_TIMEOUT, says so in the log and exits 1', async () => {
    const database = await databaseKinds[0]!.create();
    let server: ServerProcess | undefined;
    try {
      server = await startServerProcess({
        DATABASE_URL: `sqlite:${database.config.kind === 'sqlite' ? database.config.path : ''}`,
        BITGOEUL_SHUTDOWN_TIMEOUT: '0.5',
      });
      // A request whose body never finishes arriving: it stays in flight.
      const body = JSON.stringify({ query: '{ __typename }' });
      const stuck = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      });
      const cut = new Promise<string>((resolve) =>
        stuck.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? '')),
      );
      stuck.write(body.slice(0, 5));
      await sleep(200);
      const signalled = performance.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(1);
      expect(performance.now() - signalled).toBeLessThan(3000);
      const line = await server.logLine(/shutdown timeout/);
      expect(line).toMatchObject({ unfinished: 1, timeoutMs: 500 });
      expect(await cut).toBe('ECONNRESET');
    } finally {
      server?.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('refuses a timeout that is not a number of seconds, in one line', async () => {
    await expect(startServerProcess({ BITGOEUL_SHUTDOWN_TIMEOUT: '30s' })).rejects.toThrow(
      /exited \(1\)[\s\S]*bitgoeul: BITGOEUL_SHUTDOWN_TIMEOUT "30s" is not a number of seconds from 0 to 3600/,
    );
  });
});
