import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../src/auth/bootstrap.js';
import { createApp } from '../src/wiring/app.js';
import { initORM } from '../src/wiring/orm.js';
import { TEST_PASSWORD } from './harness.js';
import {
  createThrowawayPostgres,
  type ThrowawayPostgres,
  throwawayPostgresUnavailable,
} from './throwaway-postgres.js';

const skip = throwawayPostgresUnavailable();
if (skip) console.warn(`skipped: PostgreSQL stopped under load (${skip})`);

const READ = '{ programs(first: 5) { totalCount edges { node { code } } } }';
const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { code } userErrors { code } } }`;

describe.skipIf(skip !== null)('PostgreSQL stopped under load (a throwaway cluster)', () => {
  let pg: ThrowawayPostgres;
  let orm: MikroORM;
  let app: ReturnType<typeof createApp>;
  let origin: string;
  let session: Record<string, string>;

  beforeAll(async () => {
    pg = await createThrowawayPostgres();
    orm = await initORM({ kind: 'postgresql', url: pg.url }, { quiet: true });
    await ensureFirstAdmin(orm.em.fork(), {
      BITGOEUL_ADMIN_EMAIL: 'admin@bitgoeul.test',
      BITGOEUL_ADMIN_PASSWORD: TEST_PASSWORD,
    });
    app = createApp({ orm, adminDir: null });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const res = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    session = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken, origin };
  }, 60_000);
  afterAll(async () => {
    app?.server.closeAllConnections();
    app?.server.close();
    await orm?.close(true);
    pg?.destroy();
  });

  const ask = async (query: string, variables?: Record<string, unknown>, language = 'ko') => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'accept-language': language,
        ...session,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
  };
  const health = async (path: string) => {
    const res = await fetch(`${origin}${path}`);
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  };

  it('answers 503 with Retry-After while the database is down, and recovers without a restart', async () => {
    expect((await ask(READ)).status).toBe(200);
    expect((await health('/readyz')).status).toBe(200);

    // Load: four clients reading and writing without pause, through the stop and the start.
    const statuses = new Map<number, number>();
    const codes = new Set<string>();
    let running = true;
    let n = 0;
    const client = async () => {
      while (running) {
        const res = await (n++ % 3 === 0
          ? ask(CREATE, { input: { code: `LOAD-${n}`, kind: 'AGENCY', name: { ko: '부하' } } })
          : ask(READ));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        for (const e of res.body.errors ?? []) codes.add(e.extensions?.code ?? '');
        if (res.status === 503) expect(res.retryAfter).toBe('5');
      }
    };
    const load = Promise.all([client(), client(), client(), client()]);
    await sleep(300);

    pg.stop();
    const read = await ask(READ, undefined, 'en');
    expect(read.status).toBe(503);
    expect(read.retryAfter).toBe('5');
    expect(read.body.errors).toEqual([
      {
        message: 'The service is temporarily unavailable; try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ]);
    const write = await ask(CREATE, { input: { code: 'DOWN-WRITE', kind: 'AGENCY', name: { ko: '기관' } } });
    expect(write.status).toBe(503);
    expect(write.body.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(write.body.errors![0]!.message).toBe(
      '일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도하세요.',
    );
    expect(JSON.stringify([read.body, write.body])).not.toMatch(/ECONNREFUSED|select|insert|5432|terminat/i);
    const notReady = await health('/readyz');
    expect(notReady).toEqual({
      status: 503,
      retryAfter: '5',
      body: { status: 'unavailable', database: 'unavailable', draining: false },
    });
    expect((await health('/healthz')).status).toBe(200);
    await sleep(500);

    pg.start();
    const back = performance.now();
    let recovered = await ask(READ);
    while (recovered.status !== 200 && performance.now() - back < 10_000) {
      await sleep(100);
      recovered = await ask(READ);
    }
    expect(recovered.status).toBe(200);
    await sleep(300);
    running = false;
    await load;

    expect((await health('/readyz')).status).toBe(200);
    const written = await ask(CREATE, {
      input: { code: 'BACK-WRITE', kind: 'AGENCY', name: { ko: '기관' } },
    });
    expect(written.body).toEqual({
      data: { createOrganisation: { organisation: { code: 'BACK-WRITE' }, userErrors: [] } },
    });
    // Under load, every answer was a success or a retryable 503: never a masked 500.
    expect([...statuses.keys()].sort()).toEqual([200, 503]);
    expect([...codes].filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  }, 60_000);
});
