import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createApp } from '../wiring/app.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request over a given agent (to choose a kept-alive connection); the body may be held back. */
function send(
  port: number,
  path: string,
  {
    agent,
    body,
    hold,
    headers = {},
  }: { agent?: Agent; body?: string; hold?: boolean; headers?: Record<string, string> },
) {
  const req = request({
    host: '127.0.0.1',
    port,
    path,
    agent,
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      accept: 'application/graphql-response+json',
      ...(body === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
      ...headers,
    },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
  });
  if (body === undefined) req.end();
  else if (hold) req.write(body.slice(0, 5));
  else req.end(body);
  // The rest of a held body, when the test lets the request finish.
  const release = () => req.end(body?.slice(5));
  return { answer, release };
}

const QUERY = JSON.stringify({ query: '{ __typename }' });

describe('stopping the server', () => {
  let app: TestApp;
  let started: ReturnType<typeof createApp>[] = [];
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
  });
  afterEach(() => {
    for (const { server } of started) server.close();
    started = [];
  });
  afterAll(() => app?.close());

  const listen = async () => {
    const made = createApp({ orm: app.orm, adminDir: null, concurrency: 1 });
    started.push(made);
    await new Promise<void>((resolve) => made.server.listen(0, '127.0.0.1', resolve));
    return { ...made, port: (made.server.address() as AddressInfo).port };
  };

  it('finishes what it accepted, queued requests too, and answers 503 on a kept-alive connection meanwhile', async () => {
    const { lifecycle, port } = await listen();
    // An idle kept-alive connection, as a load balancer keeps one.
    const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await send(port, '/healthz', { agent: keptAlive }).answer).status).toBe(200);
    // One request being worked on (its body held back), one queued behind it (concurrency 1).
    const working = send(port, '/graphql', { body: QUERY, hold: true });
    await sleep(50);
    const queued = send(port, '/graphql', { body: QUERY });
    await sleep(50);
    expect(lifecycle.inFlight).toBe(2);

    const drained = lifecycle.drain(10_000);
    const meanwhile = await send(port, '/graphql', {
      agent: keptAlive,
      body: QUERY,
      headers: { 'accept-language': 'en' },
    }).answer;
    expect(meanwhile.status).toBe(503);
    expect(meanwhile.headers['retry-after']).toBe('5');
    expect(meanwhile.headers.connection).toBe('close');
    expect(JSON.parse(meanwhile.body)).toEqual({
      errors: [
        {
          message: 'The server is restarting; try again in a moment.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    // No new connection is accepted.
    await expect(send(port, '/healthz', {}).answer).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    working.release();
    const [first, second] = await Promise.all([working.answer, queued.answer]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toEqual({ data: { __typename: 'Query' } });
    expect(await drained).toEqual({ forced: false, unfinished: 0 });
    keptAlive.destroy();
  });

  it('gives up on requests still unfinished when the timeout runs out, and says so', async () => {
    const { lifecycle, port } = await listen();
    const stuck = send(port, '/graphql', { body: QUERY, hold: true });
    stuck.answer.catch(() => {});
    await sleep(50);
    const started = performance.now();
    expect(await lifecycle.drain(300)).toEqual({ forced: true, unfinished: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(stuck.answer).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('stops at once when nothing is in flight', async () => {
    const { lifecycle } = await listen();
    const started = performance.now();
    expect(await lifecycle.drain(10_000)).toEqual({ forced: false, unfinished: 0 });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('health endpoints', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
  });
  afterAll(() => app?.close());

  it('/healthz says the process lives, /readyz that the database answers; neither is cached or needs a caller', async () => {
    const { server, lifecycle } = createApp({ orm: app.orm, adminDir: null, concurrency: 1 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const live = await send(port, '/healthz', {}).answer;
      expect(live.status).toBe(200);
      expect(JSON.parse(live.body)).toEqual({ status: 'ok' });
      expect(live.headers['cache-control']).toBe('no-store');
      const ready = await send(port, '/readyz', {}).answer;
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.body)).toEqual({ status: 'ready', database: 'ok', draining: false });
      expect(ready.headers['cache-control']).toBe('no-store');

      // While a request holds the only admission slot, health is still answered at once.
      const held = send(port, '/graphql', { body: QUERY, hold: true });
      await sleep(50);
      expect((await send(port, '/readyz', {}).answer).status).toBe(200);

      // Draining: not ready (503, Retry-After), though alive.
      const keptAlive = new Agent({ keepAlive: true, maxSockets: 1 });
      await send(port, '/healthz', { agent: keptAlive }).answer;
      const drained = lifecycle.drain(5000);
      const draining = await send(port, '/readyz', { agent: keptAlive }).answer;
      expect(draining.status).toBe(503);
      expect(draining.headers['retry-after']).toBe('5');
      expect(JSON.parse(draining.body)).toEqual({ status: 'unavailable', database: 'ok', draining: true });
      held.release();
      await held.answer;
      await drained;
      keptAlive.destroy();
    } finally {
      server.close();
    }
  });

  it('/readyz is 503 when the database does not answer; /healthz stays 200', async () => {
    const broken = await startTestApp(databaseKinds[0]!);
    const { server } = createApp({ orm: broken.orm, adminDir: null });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      await broken.orm.close(true);
      const ready = await send(port, '/readyz', {}).answer;
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect(JSON.parse(ready.body)).toEqual({
        status: 'unavailable',
        database: 'unavailable',
        draining: false,
      });
      expect((await send(port, '/healthz', {}).answer).status).toBe(200);
    } finally {
      server.close();
      await broken.close();
    }
  });
});
