import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, signInThroughPanel, startE2e } from './harness';

/**
 * axe-core (WCAG 2 A and AA rules) over the pages an official opens first. The sign-in page, the
 * dashboard, the map and the calculator must have no critical or serious violation; the lists none but
 * their row checkboxes' (react-admin labels the wrapper, not the input). What each page has is printed.
 */

// Evaluated through the browser's debugging protocol: the panel's CSP rightly refuses inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 90_000);

afterAll(async () => {
  await e2e?.stop();
});

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

async function audit(page: Page, name: string): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: (v.nodes as unknown as { target: string[]; failureSummary?: string }[]).map(
        (n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`,
      ),
    }));
  });
  console.info(
    `axe ${name}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ') || 'no violations'}`,
  );
  for (const v of violations.filter((x) => x.impact === 'critical' || x.impact === 'serious'))
    for (const node of v.nodes.slice(0, 3)) console.info(`  ${v.id}: ${node}`);
  return violations;
}

const severe = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);

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
    await expect.poll(() => page.locator('.MuiCircularProgress-root').count()).toBe(0);
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
        await expect.poll(() => page.locator('.MuiCircularProgress-root').count()).toBe(0);
      }
      expect(severe(await audit(page, name))).toEqual([]);
      expect(await structure(page)).toEqual({ h1: 1, main: 1 });
      await page.close();
    },
    90_000,
  );

  // Held to zero but for react-admin's row checkboxes, which label their wrapper rather than the input.
  it.each([
    ['programs list', '/#/programs', 'tbody tr'],
    ['facilities list', '/#/facilities', 'tbody tr'],
    ['zones list', '/#/zones', 'tbody tr'],
    ['indicators list', '/#/indicators', 'tbody tr'],
    ['organisations list', '/#/organisations', 'tbody tr'],
    ['benefit rules list', '/#/benefitRules', 'tbody tr'],
    ['milestones list', '/#/milestones', 'tbody tr'],
    ['exemptions list', '/#/exemptions', 'main .MuiPaper-root'],
    ['audit log', '/#/auditEvents', 'main'],
    ['users list', '/#/users', 'tbody tr'],
  ])(
    'the %s has no critical or serious violation but the row checkboxes',
    async (name, path, ready) => {
      const page = await open(path, ready);
      const found = severe(await audit(page, name));
      expect(found.filter((id) => id !== 'label' && id !== 'aria-prohibited-attr')).toEqual([]);
      expect(await structure(page)).toEqual({ h1: 1, main: 1 });
      await page.close();
    },
    90_000,
  );
});
