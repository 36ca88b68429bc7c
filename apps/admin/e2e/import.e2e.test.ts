import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxFixture } from '../src/import/xlsxFixture';
import { type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/** An official brings in a sheet of figures: refused with a reason per row, fixed, then imported whole. */

let e2e: E2e;
let files: string;
let indicator: { id: string; code: string };
let sourceCode: string;

const CODE = 'E2E-IMPORT-MONTHLY';
const HEADER = '지표 코드,기간,값,상태,출처 코드,비고';

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
  files = await mkdtemp(join(tmpdir(), 'bitgoeul-import-'));
  const { programs } = await e2e.gql<{
    programs: { nodes: { id: string; sources: { id: string; code: string }[] }[] };
  }>(
    '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id code } } } }',
  );
  const program = programs.nodes[0]!;
  sourceCode = program.sources[0]!.code;
  const { createIndicator } = await e2e.gql<{
    createIndicator: { indicator: { id: string; code: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id code } userErrors { message } } }`,
    {
      input: {
        code: CODE,
        name: { ko: '가져오기 시험 지표', en: 'Import test indicator' },
        unit: 'PERSONS',
        frequency: 'MONTH',
        aggregation: 'SUM',
        subject: { type: 'PROGRAM', id: program.id },
        sourceIds: [program.sources[0]!.id],
      },
    },
  );
  expect(createIndicator.userErrors).toEqual([]);
  indicator = createIndicator.indicator!;
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
  if (files) await rm(files, { recursive: true, force: true });
});

const observationCount = async () =>
  (
    await e2e.gql<{ indicator: { observations: { id: string }[] } }>(
      'query($id: ID!) { indicator(id: $id) { observations(includeSuperseded: true) { id } } }',
      { id: indicator.id },
    )
  ).indicator.observations.length;

async function choose(page: Page, name: string, content: string | Uint8Array) {
  const path = join(files, name);
  await writeFile(path, content);
  await page.getByTestId('import-file').setInputFiles(path);
}

const csv = (rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

describe('importing observations from a sheet', () => {
  it('refuses a sheet with one bad row, row by row in Korean, writing nothing; the fixed sheet is imported and charted', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(indicator.id)}/show`);
    await page.getByRole('link', { name: '가져오기(CSV·XLSX)' }).click();
    await page.getByText('관측값 가져오기').first().waitFor();

    // The template: Korean headers that Excel opens (BOM) and an example row as the panel writes a period,
    // which this page reads back and refuses if it is left in.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '서식 내려받기(CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('observations-template.csv');
    const template = await readFile((await download.path())!);
    expect(template.toString('utf8')).toBe(
      `\uFEFF${HEADER}\r\nGWANGJU-BIRTHS,2021년 1~5월,"3,412",확정,,예시 행: 이 행을 지우고 입력하십시오\r\n`,
    );
    await choose(page, 'template.csv', template);
    const example = page.getByTestId('row-errors').locator('tbody tr').first();
    await expect.poll(() => example.textContent()).toContain('서식의 예시 행입니다');
    await choose(page, 'headers-only.csv', `\uFEFF${HEADER}\r\n`);
    await expect
      .poll(() => page.getByTestId('import-problem').textContent())
      .toContain('파일에 가져올 행이 없습니다');

    // Files refused before any row is checked, each with its reason.
    await choose(
      page,
      'no-value.csv',
      `\uFEFF지표 코드,기간,상태,출처 코드\r\n${CODE},2021-01,확정,${sourceCode}\r\n`,
    );
    await expect
      .poll(() => page.getByTestId('import-problem').textContent())
      .toContain('필수 열이 없습니다: 값.');
    await choose(page, 'two-sheets.xlsx', xlsxFixture({ 관측값: [HEADER.split(',')], 메모: [['참고']] }));
    await expect
      .poll(() => page.getByTestId('import-problem').textContent())
      .toContain('이 XLSX 파일에는 시트가 2개(관측값, 메모) 있습니다.');

    const before = await observationCount();
    const good = [
      `${CODE},2021-01,"1,200",확정,${sourceCode},`,
      `${CODE},2021-02,1350,잠정,${sourceCode},속보치`,
      `${CODE},2021-04,1480,확정,${sourceCode},`,
    ];
    await choose(
      page,
      'figures.csv',
      csv([good[0]!, good[1]!, `${CODE},2021-03,천사백,확정,${sourceCode},`, good[2]!]),
    );
    const errors = page.getByTestId('row-errors');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').count()).toBe(1);
    const cells = await errors.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[1]).toBe('값');
    expect(cells[2]).toContain('값의 형식이 올바르지 않습니다');
    expect(await page.getByTestId('import-summary').textContent()).toContain('아무것도 기록하지 않았습니다');
    expect(await page.getByRole('button', { name: '가져오기', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'import-errors.png'), fullPage: true });
    expect(await observationCount()).toBe(before);

    await choose(
      page,
      'figures.csv',
      csv([good[0]!, good[1]!, `${CODE},2021-03,1400,확정,${sourceCode},`, good[2]!]),
    );
    await expect
      .poll(() => page.getByTestId('import-summary').textContent())
      .toBe('4행 모두 가져올 수 있습니다.');
    expect(await observationCount()).toBe(before);
    await page.getByRole('button', { name: '가져오기', exact: true }).click();

    const done = page.getByTestId('import-done');
    await done.getByText('4행을 가져왔습니다.').waitFor();
    const chart = done.getByTestId('series-chart');
    await expect.poll(() => chart.locator('[data-period]').count()).toBe(4);
    expect(await chart.locator('[data-period="2021-01"]').getAttribute('data-value')).toBe('1200');
    expect(await chart.textContent()).toContain('1,480');
    expect(await observationCount()).toBe(before + 4);
    await page.screenshot({ path: join(resultsDir, 'import.png'), fullPage: true });

    // The indicator's own page charts the new points too.
    await page.getByRole('link', { name: '지표로 돌아가기' }).click();
    const shown = page.getByTestId('indicator-chart').getByTestId('series-chart');
    await expect.poll(() => shown.locator('[data-period]').count()).toBe(4);
    expect(await shown.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['값(단위: 명)', '기간', '1,200', '1,350', '1,400', '1,480']),
    );
    // The chart re-renders as its data settles; a page shot does not depend on one element staying attached.
    await page.screenshot({ path: join(resultsDir, 'indicator-chart.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it("charts each key indicator on the dashboard with its target: GGM's jobs against 1,000", async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/`);
    const jobs = page.getByTestId('trend-GGM-DIRECT-EMPLOYEES');
    await jobs.locator('[data-period="2021"]').waitFor();
    expect(await jobs.locator('[data-target="1000"]').count()).toBe(1);
    // Births are on record as January–April totals: the small chart shows those spans.
    const births = page.getByTestId('trend-GWANGJU-BIRTHS');
    expect(await births.locator('[data-period="2021-01/2021-04"]').getAttribute('data-value')).toBe('2769');
    await page.screenshot({ path: join(resultsDir, 'dashboard-trends.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
