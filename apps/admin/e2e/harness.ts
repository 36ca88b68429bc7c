import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/**
 * The admin against the real API: the built server (apps/api/dist) on a fresh seeded SQLite file, serving
 * the built admin (apps/admin/dist) at `/`, driven through Debian's Chromium. Nothing of ours is mocked.
 */
export const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const resultsDir = join(adminDir, 'test-results');
const serverScript = resolve(adminDir, '../api/dist/server.js');

export const ADMIN_EMAIL = 'e2e-walk@bitgoeul.test';
export const ADMIN_PASSWORD = 'a walk long enough to be a passphrase';

export interface E2e {
  baseUrl: string;
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** GraphQL as another official, signed in on a session of their own. */
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** GraphQL as the account given, on a session of its own (an editor, a reviewer made for a test). */
  signInAs(email: string, password: string): Promise<E2e['gql']>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

export async function startE2e(): Promise<E2e> {
  for (const [file, build] of [
    [serverScript, '@bitgoeul/api'],
    [join(adminDir, 'dist/index.html'), '@bitgoeul/admin'],
  ]) {
    if (!existsSync(file!)) throw new Error(`${file} is missing: run \`npm run build -w ${build}\` first`);
  }
  const tempDirs: string[] = [];
  const tempDir = async (prefix: string) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    tempDirs.push(dir);
    return dir;
  };
  const baseUrl = `http://127.0.0.1:${await freePort()}`;
  let log = '';
  const server: ChildProcess = spawn(process.execPath, [serverScript], {
    cwd: dirname(dirname(serverScript)),
    env: {
      ...process.env,
      PORT: new URL(baseUrl).port,
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(await tempDir('bitgoeul-walk-db-'), 'e2e.sqlite')}`,
      BITGOEUL_ADMIN_EMAIL: ADMIN_EMAIL,
      BITGOEUL_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The API exited with ${server.exitCode}:\n${log}`);
    const ok = await fetch(`${baseUrl}/auth/session`).then(
      (r) => r.status === 401 || r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`The API did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  const context = await launchChromium(await tempDir('bitgoeul-walk-chromium-'), { acceptDownloads: true });

  // Another official's session, for changes made "meanwhile" by someone else.
  const gql = await signedInGql(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);

  return {
    baseUrl,
    context,
    newPage: async () => {
      const page = await context.newPage();
      // Fail in seconds, with the step that failed, rather than at the test's time limit.
      page.setDefaultTimeout(30_000);
      return page;
    },
    gql,
    signInAs: (email, password) => signedInGql(baseUrl, email, password),
    stop: async () => {
      await context.close();
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await Promise.race([once(server, 'exit'), new Promise((r) => setTimeout(r, 5_000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** Signs in through the API as the account given and answers GraphQL on that session, as the panel does. */
async function signedInGql(baseUrl: string, email: string, password: string): Promise<E2e['gql']> {
  const response = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const answer = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-csrf-token': csrfToken,
        // A cookie-authenticated POST must name the server's own origin, as the browser does.
        origin: baseUrl,
        'accept-language': 'ko',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await answer.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  };
}

/** Signs in through the panel's own login page; the persistent context keeps the session cookie. */
export async function signInThroughPanel(e2e: E2e): Promise<void> {
  const page = await e2e.newPage();
  await page.goto(`${e2e.baseUrl}/`);
  // The first load on a cold browser (and a busy 2-core machine) can take a while.
  await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
  await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('kpi-programs').waitFor();
  await page.close();
}
