import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core (WCAG 2 A and AA rules) over a page of the panel as it has settled, for every browser test
 * that audits one. Evaluated through the browser's debugging protocol: the panel's CSP rightly refuses
 * inline scripts.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** A page as it settles, not mid-load: react-admin's loading indicators (round, and bars that measure nothing) are gone. */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.MuiCircularProgress-root, .MuiLinearProgress-indeterminate').count())
    .toBe(0);
}

/** Every violation on the page, printed with its first nodes (what a failing run needs to be read). */
export async function audit(page: Page, name: string): Promise<Violation[]> {
  await settled(page);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Found = {
      id: string;
      impact: string | null;
      nodes: { target: string[]; failureSummary?: string }[];
    };
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Found[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map(
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

/** The ids of the critical and serious violations: what every audited page is held to zero of. */
export const severe = (violations: Violation[]): string[] =>
  violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
