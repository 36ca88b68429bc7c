import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, settled, severe } from './axe';
import { type E2e, signInThroughPanel, startE2e } from './harness';

/**
 * axe-core (WCAG 2 A and AA rules) over the pages an official opens: sign-in, the dashboard, the map, the
 * calculator, every list, record pages and an edit page must have no critical or serious violation, one
 * h1 and a main landmark. What each page has is printed.
 */

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 90_000);

afterAll(async () => {
  await e2e?.stop();
});

describe('accessibility', () => {
  it('the sign-in page has no critical or serious violation', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/`);
    await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
    const violations = await audit(page, 'sign-in');
    await page.close();
    await signInThroughPanel(e2e);
    expect(severe(violations)).toEqual([]);
  }, 90_000);

  const open = async (path: string, ready: string) => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    // The page as it settles, not mid-load: react-admin's loading spinners carry no accessible name.
    await settled(page);
    return page;
  };

  /** The page's landmarks: one h1 naming it, and a main region. */
  const structure = async (page: Page) => ({
    h1: await page.locator('h1').count(),
    main: await page.locator('main, [role="main"]').count(),
  });

  it.each([
    ['dashboard', '/#/', '[data-testid="kpi-programs"]'],
    ['map', '/#/map', '[data-facility]'],
    ['calculator', '/#/calculator', 'input[name="birthDate"]'],
    ['facility page', '/#/facilities', 'tbody tr'],
    ['facility edit page', '/#/facilities', 'tbody tr'],
    ['indicator page', '/#/indicators', 'tbody tr'],
    ['zone page', '/#/zones', 'tbody tr'],
  ])(
    'the %s has no critical or serious violation',
    async (name, path, ready) => {
      const page = await open(path, ready);
      if (name.endsWith('page')) {
        // A record's page, opened from its list as an official does; the edit page from its button.
        await page.locator('tbody tr').first().click();
        await page.waitForURL(/\/show$/);
        if (name.includes('edit')) {
          await page.getByRole('link', { name: '수정' }).first().click();
          await page.locator('form').first().waitFor();
        }
        await page
          .locator(name.includes('edit') ? '.RaEdit-main' : '.RaShow-main')
          .first()
          .waitFor();
        await page.locator('.RaList-main').waitFor({ state: 'detached' });
        await settled(page);
      }
      expect(severe(await audit(page, name))).toEqual([]);
      expect(await structure(page)).toEqual({ h1: 1, main: 1 });
      await page.close();
    },
    90_000,
  );

  // Every list, row checkboxes included (the theme moves react-admin's checkbox label onto the input).
  it.each([
    ['programs list', '/#/programs', 'tbody tr'],
    ['facilities list', '/#/facilities', 'tbody tr'],
    ['zones list', '/#/zones', 'tbody tr'],
    ['indicators list', '/#/indicators', 'tbody tr'],
    ['organisations list', '/#/organisations', 'tbody tr'],
    ['benefit rules list', '/#/benefitRules', 'tbody tr'],
    ['milestones list', '/#/milestones', 'tbody tr'],
    ['exemptions list', '/#/exemptions', 'tbody tr, .RaEmpty-message'],
    ['audit log', '/#/auditEvents', 'main'],
    ['users list', '/#/users', 'tbody tr'],
  ])(
    'the %s has no critical or serious violation',
    async (name, path, ready) => {
      const page = await open(path, ready);
      expect(severe(await audit(page, name))).toEqual([]);
      expect(await structure(page)).toEqual({ h1: 1, main: 1 });
      await page.close();
    },
    90_000,
  );
});
