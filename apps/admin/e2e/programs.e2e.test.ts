import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAME_MAX, SEARCH_MAX } from '@bitgoeul/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

/**
 * The admin against the real API: the built server (apps/api/dist) on a fresh seeded SQLite file, serving
 * the built admin (apps/admin/dist) at `/`, driven through Debian's Chromium. Nothing of ours is mocked.
 */

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverScript = resolve(adminDir, '../api/dist/server.js');
const resultsDir = join(adminDir, 'test-results');
const TARGET = '광주형 일자리';
const ADMIN_EMAIL = 'e2e-admin@bitgoeul.test';
const ADMIN_PASSWORD = 'e2e passphrase long enough';

let server: ChildProcess | undefined;
let serverLog = '';
let baseUrl = '';
let context: BrowserContext;
const tempDirs: string[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

async function waitForApi(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${serverLog}`);
    try {
      const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{__typename}')}`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not answer within ${timeoutMs / 1000} s:\n${serverLog}`);
}

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

beforeAll(async () => {
  for (const [file, build] of [
    [serverScript, '@bitgoeul/api'],
    [join(adminDir, 'dist/index.html'), '@bitgoeul/admin'],
  ]) {
    if (!existsSync(file!)) throw new Error(`${file} is missing: run \`npm run build -w ${build}\` first`);
  }
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await tempDir('bitgoeul-e2e-db-');
  server = spawn(process.execPath, [serverScript], {
    cwd: dirname(dirname(serverScript)),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`,
      BITGOEUL_ADMIN_EMAIL: ADMIN_EMAIL,
      BITGOEUL_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (serverLog += chunk));
  server.stderr?.on('data', (chunk) => (serverLog += chunk));
  await waitForApi(baseUrl, server, 60_000);

  context = await launchChromium(await tempDir('bitgoeul-e2e-chromium-'));
  await signIn();
}, 90_000);

/** Signs in through the panel's own login page; the persistent context keeps the session cookie. */
async function signIn() {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${baseUrl}/`);
  await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
  await page.locator('input[name="password"]').fill('not the password');
  await page.locator('button[type="submit"]').click();
  // The server's refusal, in Korean, and the same for any wrong email or password.
  await page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').waitFor();
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
  await page.locator('button[type="submit"]').click();
  // Signed in, the panel opens on its dashboard.
  await page.getByTestId('kpi-programs').waitFor();
  await page.close();
}

afterAll(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await Promise.race([once(server, 'exit'), new Promise((r) => setTimeout(r, 5_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  // Fail in seconds, with the step that failed, rather than at the test's two-minute limit.
  page.setDefaultTimeout(30_000);
  return page;
}

/** Opens the list and narrows it to the seeded program with the list's own search box. */
async function findTarget(page: Page) {
  await page.goto(`${baseUrl}/#/programs`);
  const search = page.getByPlaceholder('검색');
  await search.waitFor();
  // The search box stops where the API's search limit is.
  expect(await search.getAttribute('maxlength')).toBe(String(SEARCH_MAX));
  await search.fill(TARGET);
  const row = page.locator('tbody tr', { hasText: TARGET });
  await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
  await row.waitFor();
  return row;
}

async function openTargetForEdit(page: Page) {
  const row = await findTarget(page);
  // A row opens the program's page, as on every list; its edit button opens the form.
  await row.getByText(TARGET, { exact: true }).click();
  await page.waitForURL(/\/show$/);
  await page.getByRole('link', { name: '수정' }).first().click();
  const progress = page.locator('input[name="progress"]');
  await progress.waitFor();
  await expect.poll(() => page.locator('input[name="name.ko"]').inputValue()).toBe(TARGET);
  return { progress, editUrl: page.url() };
}

describe('programs in the admin, against the real API', () => {
  it('lists the seeded programs in Korean and saves an edit that survives a reload', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/#/programs`);
    await page.locator('tbody tr').first().waitFor();
    // The list screen as a person first sees it, Korean column headers from the domain's labels.
    await expect
      .poll(() => page.locator('thead th').allTextContents())
      .toEqual(expect.arrayContaining(['이름', '분야', '상태']));
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'programs-list.png'), fullPage: true });

    const { progress, editUrl } = await openTargetForEdit(page);
    const next = String(((Number(await progress.inputValue()) || 0) + 37) % 100);
    await progress.fill(next);
    // Typed as Korean documents write dates; the field shows how it read it, whatever the browser's locale.
    const plannedStart = page.locator('input[name="plannedStart"]');
    expect(await plannedStart.getAttribute('type')).toBe('text');
    await plannedStart.fill('2019. 1. 31.');
    await expect.poll(() => plannedStart.inputValue()).toBe('2019-01-31');
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('1개 항목을 수정했습니다').waitFor();
    await page.waitForURL((url) => url.hash.endsWith('/show'));

    await page.goto(editUrl);
    await page.reload();
    await page.locator('input[name="name.ko"]').waitFor();
    await expect.poll(() => page.locator('input[name="progress"]').inputValue()).toBe(next);
    expect(await page.locator('input[name="plannedStart"]').inputValue()).toBe('2019-01-31');

    // Back in the list, the row shows the saved values, the date written the Korean way.
    const row = await findTarget(page);
    await expect.poll(() => row.textContent()).toContain('2019년 1월 31일');
    expect(await row.locator('.column-progress').textContent()).toBe(next);
    await page.close();
  }, 120_000);

  it('shows what is wrong under the input, in Korean, from the form and from the server', async () => {
    const page = await newPage();
    await openTargetForEdit(page);

    // The form's own check (the domain schema in the browser): a Korean name of spaces and zero-width spaces.
    await page.locator('input[name="name.ko"]').fill(' \u200B\u200B ');
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('이름(한국어)은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.').waitFor();
    // The input stops where the domain's limit is.
    expect(await page.locator('input[name="name.ko"]').getAttribute('maxlength')).toBe(String(NAME_MAX));
    await page.locator('input[name="name.ko"]').fill(TARGET);

    // Only the server knows a code is taken: its userError comes back under the code input.
    await page.locator('input[name="code"]').fill('FUTURE-MOBILITY');
    await page.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => page.locator('.ra-input-code').textContent()).toContain('이미 사용 중입니다');
    await page.close();
  }, 120_000);

  it('switches to English, and the server answers in English too', async () => {
    const page = await newPage();
    await openTargetForEdit(page);
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();

    await page.locator('input[name="code"]').fill('FUTURE-MOBILITY');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.ra-input-code').textContent()).toContain('is already in use');

    // The page's title names the record in English where it has an English name.
    await expect.poll(() => page.locator('#react-admin-title').textContent()).toContain('Gwangju-type jobs');
    expect(await page.locator('#react-admin-title').textContent()).not.toContain(TARGET);

    // Figures and their units are spaced in English ("2,769 persons", not "2,769persons").
    await page.goto(`${baseUrl}/#/`);
    await expect.poll(() => page.getByTestId('kpi-births').textContent()).toContain('2,769 persons');
    await page.close();
  }, 120_000);
});
