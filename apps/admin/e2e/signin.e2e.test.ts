import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2e, resultsDir, startE2e } from './harness';

/**
 * The sign-in page as a new official meets it: opened signed out, it appears at once rather than after a
 * storm of redirects, and signing in leads to the page that was asked for; signing out comes back to it.
 */

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 90_000);

afterAll(async () => {
  await e2e?.stop();
});

/** Every history entry the page writes (pushState and replaceState), counted from its first script. */
async function countingNavigations(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __navigations: number };
    w.__navigations = 0;
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        w.__navigations += 1;
        return original(...args);
      };
    }
  });
  return () => page.evaluate(() => (window as unknown as { __navigations: number }).__navigations);
}

describe('signing in', () => {
  it('opens the sign-in form at once on a signed-out visit, and leads to the page asked for', async () => {
    const page = await e2e.newPage();
    const navigations = await countingNavigations(page);
    const started = Date.now();
    await page.goto(`${e2e.baseUrl}/#/facilities`);
    await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
    // A measurement for the record, not a timed assertion: the count below is what must hold.
    console.info(`sign-in form visible ${Date.now() - started} ms after opening /#/facilities`);
    expect(await navigations()).toBeLessThanOrEqual(3);
    expect(page.url()).toMatch(/#\/login$/);
    // The page says whose panel it is, as its one heading.
    expect(await page.locator('h1').allTextContents()).toEqual(['빛고을 관리자']);
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'sign-in.png') });
    await page.waitForTimeout(500);
    expect(await navigations()).toBeLessThanOrEqual(3);

    await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.hash === '#/facilities');
    await page.locator('tbody tr').first().waitFor();

    // An address the panel does not have: one heading, one sentence, the way back.
    await page.goto(`${e2e.baseUrl}/#/no-such-page`);
    await page.getByTestId('not-found-message').waitFor();
    expect(await page.locator('h1').allTextContents()).toContain('찾을 수 없음');
    const message = (await page.getByTestId('not-found-message').textContent()) ?? '';
    expect(message).toBe('잘못된 주소를 입력했거나 잘못된 링크를 따라왔습니다.');
    await page.getByRole('link', { name: '대시보드' }).last().click();
    await page.getByTestId('kpi-programs').waitFor();
    await page.close();
  }, 90_000);

  it('comes back to the sign-in form on signing out, without a redirect loop', async () => {
    const page = await e2e.newPage();
    const navigations = await countingNavigations(page);
    await page.goto(`${e2e.baseUrl}/#/`);
    await page.getByTestId('kpi-programs').waitFor({ timeout: 60_000 });
    const before = await navigations();
    await page.getByRole('button', { name: '프로필' }).click();
    await page.getByRole('menuitem', { name: '로그아웃' }).click();
    await page.locator('input[name="username"]').waitFor();
    await page.waitForTimeout(500);
    expect((await navigations()) - before).toBeLessThanOrEqual(4);
    expect(page.url()).toMatch(/#\/login$/);
    await page.close();
  }, 90_000);
});
