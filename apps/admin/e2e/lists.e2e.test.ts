import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from './axe';
import { type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/**
 * The lists as an official meets them, against the real API on a fresh seeded database: Korean names
 * first and in Korean order, the program tree, a phone's simple list, codes checked as they are typed,
 * the audit log and the history naming records rather than ids, and every vintage of a figure exported.
 */

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

interface ProgramNode {
  id: string;
  code: string;
  name: { ko: string; en: string | null };
  parent: { id: string; code: string; name: { ko: string } } | null;
}

async function programsByKoreanName(): Promise<ProgramNode[]> {
  const { programs } = await e2e.gql<{ programs: { nodes: ProgramNode[] } }>(
    `{ programs(first: 25, orderBy: [{ field: NAME_KO }]) {
        nodes { id code name { ko en } parent { id code name { ko } } } } }`,
  );
  return programs.nodes;
}

async function openList(page: Page, resource: string) {
  await page.goto(`${e2e.baseUrl}/#/${resource}`);
  await page.locator('.RaDatagrid-table, [data-testid="phone-list"] a, [role="tree"]').first().waitFor();
}

/** The names leading each row of the list (the Korean name in the Korean panel). */
const leadingNames = (page: Page) =>
  page.locator('.RaDatagrid-tbody tr td.column-name > span > span:first-child').allTextContents();

describe('lists', () => {
  it('lead with the Korean name, in the Korean order the API gives, the code beside it', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await openList(page, 'programs');
    const expected = await programsByKoreanName();
    await expect.poll(() => leadingNames(page)).toEqual(expected.map((p) => p.name.ko));
    // The code follows the name in small type; no column leads with it any more.
    const firstRow = page.locator('.RaDatagrid-tbody tr').first();
    await expect.poll(() => firstRow.locator('td.column-name').textContent()).toContain(expected[0]!.code);
    expect(await page.locator('thead th').first().textContent()).not.toMatch(/코드/);

    // A row opens the record's page on every list, programs included.
    await firstRow.click();
    await page.waitForURL(/#\/programs\/[^/]+\/show$/);
    await page.close();
  }, 90_000);

  it('show programs as a tree: each sub-program beneath its parent', async () => {
    const page = await e2e.newPage();
    await openList(page, 'programs');
    const child = (await programsByKoreanName()).find((p) => p.parent);
    expect(child, 'the seed has a program with a parent').toBeTruthy();
    await page.getByRole('button', { name: '계층' }).click();
    const tree = page.getByRole('tree');
    const parentItem = tree.locator(`[data-program="${child!.parent!.code}"]`);
    const childItem = tree.locator(`[data-program="${child!.code}"]`);
    await childItem.waitFor();
    expect(Number(await childItem.getAttribute('aria-level'))).toBe(
      Number(await parentItem.getAttribute('aria-level')) + 1,
    );
    expect(await parentItem.getAttribute('aria-expanded')).toBe('true');
    // Folding the parent hides its sub-programs; unfolding brings them back.
    await parentItem.getByRole('button', { name: `${child!.parent!.name.ko}의 하위 사업 접기` }).click();
    await childItem.waitFor({ state: 'detached' });
    await parentItem.getByRole('button', { name: `${child!.parent!.name.ko}의 하위 사업 펼치기` }).click();
    await childItem.waitFor();
    await page.screenshot({ path: join(resultsDir, 'programs-tree.png') });
    // The choice is remembered: the list comes back as a list for the next test.
    await page.getByRole('button', { name: '목록' }).click();
    await page.close();
  }, 90_000);

  it('become a simple list on a phone, with nothing scrolling sideways', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const resource of ['programs', 'facilities', 'indicators', 'zones', 'organisations']) {
      await openList(page, resource);
      const items = page.locator('[data-testid="phone-list"] a');
      await items.first().waitFor();
      expect(await page.locator('.RaDatagrid-table').count(), resource).toBe(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${resource} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      // A Korean name keeps whole words on a line: no line of a name is a stray syllable or two.
      const narrowest = await items
        .locator('.MuiListItemText-primary')
        .evaluateAll((nodes) => Math.min(...nodes.map((n) => n.getBoundingClientRect().width)));
      expect(narrowest, resource).toBeGreaterThan(40);
      if (resource === 'indicators') await page.screenshot({ path: join(resultsDir, 'phone-list.png') });
    }
    // Every action stays reachable: the create button is on screen.
    await openList(page, 'programs');
    const create = page.getByRole('link', { name: /만들기/ }).first();
    const box = await create.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // A row opens its record.
    await page.locator('[data-testid="phone-list"] a').first().click();
    await page.waitForURL(/#\/programs\/[^/]+\/show$/);
    await page.close();
  }, 90_000);
});

describe('codes', () => {
  it('are checked as they are typed and suggested from the English name', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/programs/create`);
    const code = page.locator('input[name="code"]');
    await code.fill('청년창업');
    await page.getByText('코드에는 영문 대문자, 숫자와 단어 사이의 하이픈(-)만 쓸 수 있습니다.').waitFor();
    // A code another program has is named as taken, once typing pauses.
    const [taken] = await programsByKoreanName();
    await code.fill(taken!.code);
    await page.getByText(`${taken!.code}은(는) 이미 다른 기록이 쓰고 있습니다.`).waitFor();
    // The English name gives a code to take with one click; it is free.
    await code.fill('');
    await page.locator('input[name="name.en"]').fill('Youth start-up support');
    await page.getByRole('button', { name: 'YOUTH-START-UP-SUPPORT 사용' }).click();
    expect(await code.inputValue()).toBe('YOUTH-START-UP-SUPPORT');
    await page.getByText('쓸 수 있는 코드입니다.').waitFor();
    await page.close();
  }, 90_000);
});

interface IndicatorNode {
  id: string;
  code: string;
  name: { ko: string };
  observations: { period: string; periodLabel: string; value: string; vintage: number }[];
}

describe('records named, not numbered', () => {
  it('the audit log names a figure by its indicator and period, and opens the indicator', async () => {
    const { indicators } = await e2e.gql<{ indicators: { nodes: IndicatorNode[] } }>(
      `{ indicators(first: 50) { nodes { id code name { ko } frequency
          sources { id } observations { period periodLabel value vintage } } } }`,
    );
    const indicator = indicators.nodes.find((i) => i.observations.length > 0)!;
    const [figure] = indicator.observations;
    const { indicator: full } = await e2e.gql<{ indicator: { sources: { id: string }[] } }>(
      'query($id: ID!) { indicator(id: $id) { sources { id } } }',
      { id: indicator.id },
    );
    const { correctObservation } = await e2e.gql<{ correctObservation: { userErrors: unknown[] } }>(
      `mutation($input: CorrectObservationInput!) {
        correctObservation(input: $input) { userErrors { field message } } }`,
      {
        input: {
          id: await currentObservationId(indicator.id, figure!.period),
          value: String(Number(figure!.value) + 1),
          sourceId: full.sources[0]?.id,
        },
      },
    );
    expect(correctObservation.userErrors).toEqual([]);
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/auditEvents`);
    const named = page.getByRole('link', { name: `${indicator.name.ko} · ${figure!.periodLabel}` }).first();
    await named.waitFor();
    expect(await page.getByText(/^T2JzZXJ2YXRpb24/).count()).toBe(0);
    await named.click();
    await page.waitForURL(/#\/indicators\/[^/]+\/show$/);
    await page.close();
  }, 90_000);

  it("a history diff names a program's parent, not its id", async () => {
    const programs = await programsByKoreanName();
    const [a, b] = programs.filter((p) => !p.parent);
    const { program } = await e2e.gql<{ program: { version: number } }>(
      'query($id: ID!) { program(id: $id) { version } }',
      { id: a!.id },
    );
    const { updateProgram } = await e2e.gql<{ updateProgram: { userErrors: unknown[] } }>(
      `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { userErrors { field message } } }`,
      { input: { id: a!.id, version: program.version, parentId: b!.id } },
    );
    expect(updateProgram.userErrors).toEqual([]);
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/programs/${encodeURIComponent(a!.id)}/show/history`);
    const change = page.locator('[data-testid="history-change"][data-field="parentId"]').first();
    await change.locator('[data-testid="history-after"]', { hasText: b!.name.ko }).waitFor();
    expect(await change.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await page.close();
  }, 90_000);
});

async function currentObservationId(indicatorId: string, period: string): Promise<string> {
  const { indicator } = await e2e.gql<{ indicator: { observations: { id: string; period: string }[] } }>(
    'query($id: ID!) { indicator(id: $id) { observations { id period } } }',
    { id: indicatorId },
  );
  return indicator.observations.find((o) => o.period === period)!.id;
}

describe('figures export', () => {
  it('downloads every vintage of an indicator as CSV and as XLSX', async () => {
    const { indicators } = await e2e.gql<{ indicators: { nodes: IndicatorNode[] } }>(
      `{ indicators(first: 50) { nodes { id code name { ko }
          observations(includeSuperseded: true) { period periodLabel value vintage } } } }`,
    );
    const indicator = indicators.nodes.find((i) => i.observations.length > 0)!;
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(indicator.id)}/show`);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '모든 판 내려받기(CSV)' }).click(),
    ]);
    const text = await readDownload(csv);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^지표 코드,기간,기간\(코드\),값/);
    // One line per vintage the API holds, each with the indicator's code and its exact value.
    expect(lines.length - 1).toBe(indicator.observations.length);
    for (const o of indicator.observations) {
      expect(
        lines.some((l) => l.startsWith(`${indicator.code},`) && l.includes(`,${o.period},${o.value},`)),
      ).toBe(true);
    }
    // Recorded times are Gwangju's, not UTC stamps.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '모든 판 내려받기(XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^${indicator.code}-figures-.*\\.xlsx$`));
    // The workbook holds the same sheet: a header and one row per vintage, values as exact numbers.
    const rows = await readXlsxFile(await readDownloadBytes(xlsx));
    expect(rows[0]?.slice(0, 4)).toEqual(['지표 코드', '기간', '기간(코드)', '값']);
    expect(rows.length - 1).toBe(indicator.observations.length);
    expect(
      rows
        .slice(1)
        .map((r) => String(r[3]))
        .sort(),
    ).toEqual(indicator.observations.map((o) => String(Number(o.value))).sort());
    await page.close();
  }, 90_000);
});

async function readDownloadBytes(download: { createReadStream(): Promise<NodeJS.ReadableStream> }) {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }) {
  return (await readDownloadBytes(download)).toString('utf8');
}

/** The pages an official walks through from the menu (the dashboard is ''), each with what shows it is drawn. */
const ROWS = 'tbody tr, .RaEmpty-message';
const PANEL_PAGES: readonly (readonly [string, string])[] = [
  ['', '[data-testid="kpi-programs"]'],
  ...['programs', 'facilities', 'zones', 'indicators', 'organisations', 'benefitRules', 'milestones'].map(
    (list) => [list, ROWS] as const,
  ),
  ['exemptions', ROWS],
  ['auditEvents', ROWS],
  ['calculator', 'input[name="birthDate"]'],
  ['map', '[data-facility]'],
];

/** A page as it settles: what it shows drawn, its requests answered, react-admin's spinners gone. */
async function openSettled(page: Page, path: string, ready: string) {
  await page.goto(`${e2e.baseUrl}/#/${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await settled(page);
}

describe('the Korean panel', () => {
  it('writes no Latin words on its pages but codes, acronyms and the names of records', async () => {
    // The records' own names may hold Latin (a company's name); they come from the API, not the panel.
    const names = await e2e.gql<
      Record<string, { nodes: { name?: { ko: string; en: string | null }; title?: string }[] }>
    >(
      `{ programs(first: 100) { nodes { name { ko en } } } facilities(first: 100) { nodes { name { ko en } } }
         zones(first: 100) { nodes { name { ko en } } } indicators(first: 100) { nodes { name { ko en } } }
         organisations(first: 100) { nodes { name { ko en } } }
         benefitRules(first: 100) { nodes { name { ko en } } } sources(first: 100) { nodes { title } } }`,
    );
    const allowed = new Set(
      Object.values(names)
        // A list shows a record's other name beside the Korean one: both are the record's, not the panel's.
        .flatMap((c) => c.nodes.flatMap((n) => [n.name?.ko, n.name?.en, n.title]))
        .filter((text): text is string => Boolean(text))
        .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? []),
    );
    // The map credits the library that draws it by its name, as its licence asks.
    allowed.add('Leaflet');
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const found: string[] = [];
    for (const [path, ready] of PANEL_PAGES) {
      await openSettled(page, path, ready);
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not the text of styles and hidden inputs
      const text = await page.locator('body').innerText();
      // Codes and acronyms are written in capitals in either language; an e-mail address is a person's.
      const panelText = text.replace(/\S+@\S+/g, '').replace(/\b[A-Z0-9][A-Z0-9-]*[A-Z0-9]\b/g, '');
      const words = (panelText.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
      if (words.length) found.push(`/${path}: ${[...new Set(words)].join(' ')}`);
    }
    expect(found).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('the English panel', () => {
  it('labels every column, button, field and menu entry in English', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${e2e.baseUrl}/#/programs`);
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'English' }).waitFor();
    const found: string[] = [];
    for (const [path, ready] of [
      ...PANEL_PAGES,
      ['programs/create', 'input[name="code"]'],
      ['indicators/create', 'input[name="code"]'],
    ] as const) {
      await openSettled(page, path, ready);
      // The panel's own words: headers, buttons, labels, menus, titles (records' names are data, not labels).
      // The app bar is left out: it names the person signed in, and the language menu names 한국어 in Korean.
      const labels = await page
        .locator('th, button, label, [role="menuitem"], legend, h1, h2, h6, .MuiFormHelperText-root')
        .evaluateAll((nodes) => nodes.filter((n) => !n.closest('header')).map((n) => n.textContent ?? ''));
      // A language is offered by its own name (한국어), in any panel.
      const korean = labels.filter((t) => /[가-힣]/.test(t) && t !== '한국어');
      if (korean.length) found.push(`/${path}: ${[...new Set(korean)].join(' | ')}`);
    }
    // Back to Korean for whoever uses this browser next.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '한국어' }).click();
    expect(found).toEqual([]);
    await page.close();
  }, 180_000);
});
