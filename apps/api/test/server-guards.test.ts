import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));

/** The compiled server as `npm start` runs it, configured by its environment only, on a real port. */
async function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-guards-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URL: `sqlite:${dir}/b.sqlite`,
      ...env,
    },
  });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk;
      const url = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const anonymous = (base: string, query: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });

describe.skipIf(!existsSync(SERVER))('the compiled server’s guards, from its environment', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start({ BITGOEUL_RATE_LIMIT: '60', BITGOEUL_RATE_LIMIT_BURST: '4' });
  });
  afterAll(() => server?.stop());

  it('in production: no anonymous introspection, no CORS for a foreign origin, and 429 per address', async () => {
    const introspection = await anonymous(server.base, '{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(400);
    expect(await introspection.json()).toMatchObject({
      errors: [{ extensions: { code: 'INTROSPECTION_DISABLED' } }],
    });
    const session = await fetch(`${server.base}/auth/session`, { headers: { origin: 'http://127.0.0.1:1' } });
    expect(session.headers.get('access-control-allow-origin')).toBeNull();
    // Two of the four spent; the rest of the burst, then the limit, for this address.
    expect((await anonymous(server.base, '{ __typename }')).status).toBe(200);
    expect((await anonymous(server.base, '{ __typename }')).status).toBe(200);
    const refused = await anonymous(server.base, '{ __typename }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });
});
