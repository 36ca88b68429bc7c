import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createApp } from '../wiring/app.js';

/**
 * The API admits a bounded number of requests at once and queues the rest in arrival order. What
 * a client relies on: every queued request is answered, in order, and a client that gives up
 * frees its place instead of blocking the ones behind it.
 */
describe('admission to the API', () => {
  let app: TestApp;
  let server: ReturnType<typeof createApp>['server'];
  let url: string;

  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
    ({ server } = createApp({ orm: app.orm, adminDir: null, concurrency: 1 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.close();
    await app?.close();
  });

  const ask = (query: string, signal?: AbortSignal) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
      signal,
    });

  it('makes a later request wait for the one admitted before it', async () => {
    // The first request is admitted on arrival and holds its place until it is answered; its body
    // is sent in two parts, so it stays unanswered for as long as the test wants.
    const body = JSON.stringify({ query: '{ __typename }' });
    const first = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const firstAnswered = new Promise<number>((resolve) =>
      first.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }),
    );
    first.write(body.slice(0, 5));
    await sleep(100);
    let secondAnswered = false;
    const second = ask('{ __typename }').then((res) => {
      secondAnswered = true;
      return res.status;
    });
    await sleep(300);
    expect(secondAnswered).toBe(false);
    first.end(body.slice(5));
    expect(await firstAnswered).toBe(200);
    expect(await second).toBe(200);
  });

  it('answers every request of a burst', async () => {
    const burst = Array.from({ length: 12 }, () =>
      ask('{ programs(first: 50) { totalCount nodes { code sources { code } } } }').then(async (res) => {
        expect(res.status).toBe(200);
        const body = (await res.json()) as { data?: { programs: { totalCount: number } } };
        return body.data?.programs.totalCount;
      }),
    );
    const counts = await Promise.all(burst);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThan(0);
  });

  it('gives back the place of a client that gave up while waiting its turn', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const holding = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const held = new Promise<number>((resolve) =>
      holding.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }),
    );
    holding.write(body.slice(0, 5));
    await sleep(100);
    // Queued behind the held request, then abandoned before its turn.
    const gaveUp = new AbortController();
    const abandoned = ask('{ __typename }', gaveUp.signal);
    await sleep(100);
    gaveUp.abort();
    await expect(abandoned).rejects.toThrow();
    await sleep(50);
    holding.end(body.slice(5));
    expect(await held).toBe(200);
    // With one place, a leaked one would leave this request waiting for ever.
    const res = await ask('{ __typename }', AbortSignal.timeout(5000));
    expect(res.status).toBe(200);
  });

  it('frees the place of a client that gave up', async () => {
    const gaveUp = new AbortController();
    const abandoned = ask('{ programs(first: 100) { nodes { code children { code } } } }', gaveUp.signal);
    gaveUp.abort();
    await expect(abandoned).rejects.toThrow();
    const res = await ask('{ __typename }');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
