import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, severe } from './axe';
import { type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/**
 * The dashboard against the real API: the births card compares like with like as figures come in (single
 * months, a January–May total, its correction), the "needs attention" lists show what the API was given
 * moments before (a late indicator, a milestone due, another official's change), and the charts neither
 * hide a bar behind another nor cut a target's label.
 */

let e2e: E2e;
const RUN = Date.now().toString(36).toUpperCase();

interface Births {
  id: string;
  subjectId: string;
  sources: { id: string }[];
}
let births: Births;

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
  const { indicators } = await e2e.gql<{ indicators: { nodes: Births[] } }>(
    'query { indicators(filter: { code: { eq: "GWANGJU-BIRTHS" } }) { nodes { id subjectId sources { id } } } }',
  );
  births = indicators.nodes[0]!;
}, 90_000);

afterAll(async () => {
  await e2e?.stop();
});

/** Fails with the API's userErrors rather than a missing field further on. */
function ok<P extends { userErrors: { message: string }[] }>(payload: P): P {
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload;
}

async function record(indicatorId: string, period: string, value: string, gql = e2e.gql) {
  const { recordObservation } = await gql<{
    recordObservation: {
      observation: { id: string; version: number } | null;
      userErrors: { message: string }[];
    };
  }>(
    `mutation($input: RecordObservationInput!) {
      recordObservation(input: $input) { observation { id version } userErrors { message } }
    }`,
    { input: { indicatorId, sourceId: births.sources[0]!.id, period, value, status: 'PROVISIONAL' } },
  );
  return ok(recordObservation).observation!;
}

/** Today in Gwangju, and a calendar day `days` or a month `months` away from it. */
const seoulDay = (date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
const daysFromToday = (days: number) => {
  const [y, m, d] = seoulDay().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const monthFromToday = (months: number) => {
  const [y, m] = seoulDay().split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 7);
};

async function openDashboard(): Promise<Page> {
  const page = await e2e.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${e2e.baseUrl}/#/`);
  await page.getByTestId('kpi-births').waitFor({ timeout: 60_000 });
  return page;
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

describe('the dashboard', () => {
  it('shows the seed’s births, January–April 2021, against January–April 2020: +7.2 %', async () => {
    const page = await openDashboard();
    const card = page.getByTestId('kpi-births');
    await expect.poll(() => card.textContent()).toContain('2,769명');
    expect(await card.getByTestId('kpi-detail').textContent()).toBe('2021년 1~4월 · 전년 동기 대비 +7.2%');
    expect(await card.getByTestId('kpi-note').textContent()).toBe('비교: 2020년 1~4월 2,583명');
    await page.close();
  }, 90_000);

  it('still compares January–April with January–April after two monthly figures come in', async () => {
    await record(births.id, '2021-06', '612');
    await record(births.id, '2021-07', '598');
    const page = await openDashboard();
    const card = page.getByTestId('kpi-births');
    await expect.poll(() => card.textContent()).toContain('2,769명');
    expect(await card.textContent()).not.toContain('598');
    expect(await card.getByTestId('kpi-detail').textContent()).toBe('2021년 1~4월 · 전년 동기 대비 +7.2%');
    // The chart keeps the January–April totals the card speaks of.
    const chart = page.getByTestId('trend-GWANGJU-BIRTHS');
    await chart.locator('[data-period="2021-01/2021-04"]').waitFor();
    expect(await chart.locator('[data-period="2020-01/2020-04"]').getAttribute('data-value')).toBe('2583');
    await page.close();
  }, 90_000);

  it('moves to a corrected January–May total, says what it shows and that 2020 has none to compare', async () => {
    const first = await record(births.id, '2021-01/2021-05', '3390');
    const { correctObservation } = await e2e.gql<{
      correctObservation: {
        observation: { value: string; vintage: number };
        userErrors: { message: string }[];
      };
    }>(
      `mutation($input: CorrectObservationInput!) {
        correctObservation(input: $input) { observation { value vintage } userErrors { message } }
      }`,
      { input: { id: first.id, value: '3412', version: first.version } },
    );
    expect(ok(correctObservation).observation).toEqual({ value: '3412', vintage: 2 });

    const page = await openDashboard();
    const card = page.getByTestId('kpi-births');
    await expect.poll(() => card.textContent()).toContain('3,412명');
    expect(await card.textContent()).not.toContain('3,390');
    expect(await card.getByTestId('kpi-detail').textContent()).toBe('2021년 1~5월 · 전년 동기 자료 없음');
    expect(await card.getByTestId('kpi-note').textContent()).toBe('비교 대상: 2020년 1~5월');

    // January–April and January–May: both bars drawn, neither over the other.
    const chart = page.getByTestId('trend-GWANGJU-BIRTHS');
    const may = chart.locator('[data-period="2021-01/2021-05"] rect');
    const april = chart.locator('[data-period="2021-01/2021-04"] rect');
    await may.waitFor();
    expect(await chart.locator('[data-period="2021-01/2021-05"]').getAttribute('data-value')).toBe('3412');
    const [a, b] = [await box(april), await box(may)];
    expect(a.width).toBeGreaterThan(4);
    expect(b.width).toBeGreaterThan(4);
    expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
    // …and each with its value written over it.
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['2,769', '3,412']));
    await page.close();
  }, 90_000);

  it('lists a late indicator, a milestone due soon and another official’s change, each linking to it', async () => {
    // Two monthly indicators: one last had a figure four months ago, the other last month.
    const create = async (code: string, ko: string) => {
      const { createIndicator } = await e2e.gql<{
        createIndicator: { indicator: { id: string }; userErrors: { message: string }[] };
      }>(
        `mutation($input: CreateIndicatorInput!) {
          createIndicator(input: $input) { indicator { id } userErrors { message } }
        }`,
        {
          input: {
            code,
            name: { ko, en: null },
            unit: 'PERSONS',
            frequency: 'MONTH',
            aggregation: 'SUM',
            subject: { type: 'CITY', id: births.subjectId },
          },
        },
      );
      return ok(createIndicator).indicator.id;
    };
    const lateName = `전입자 수 ${RUN}`;
    const late = await create(`E2E-LATE-${RUN}`, lateName);
    await record(late, monthFromToday(-4), '120');
    const onTimeName = `전출자 수 ${RUN}`;
    const onTime = await create(`E2E-ON-TIME-${RUN}`, onTimeName);
    await record(onTime, monthFromToday(-1), '80');

    // A milestone planned ten days from now.
    const { facilities } = await e2e.gql<{ facilities: { nodes: { id: string }[] } }>(
      'query { facilities(filter: { search: "한국수영진흥센터" }) { nodes { id } } }',
    );
    const stepTitle = `수영진흥센터 설계 공모 ${RUN}`;
    const { createMilestone } = await e2e.gql<{
      createMilestone: { milestone: { id: string }; userErrors: { message: string }[] };
    }>(
      `mutation($input: CreateMilestoneInput!) {
        createMilestone(input: $input) { milestone { id } userErrors { message } }
      }`,
      {
        input: {
          facilityId: facilities.nodes[0]!.id,
          kind: 'AGREEMENT_SIGNED',
          title: { ko: stepTitle, en: null },
          plannedOn: daysFromToday(10),
          plannedOnPrecision: 'DAY',
        },
      },
    );
    const milestoneId = ok(createMilestone).milestone.id;

    // Another official, on an account and a session of their own, records the on-time indicator's figure.
    const email = `e2e-other-${RUN.toLowerCase()}@bitgoeul.test`;
    const password = 'another official with a long passphrase';
    const { createUser } = await e2e.gql<{
      createUser: { user: { id: string }; userErrors: { message: string }[] };
    }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`,
      { input: { email, name: `박정은 ${RUN}`, password, role: 'EDITOR' } },
    );
    ok(createUser);
    const other = await e2e.signInAs(email, password);
    await record(onTime, monthFromToday(-2), '77', other);

    const page = await openDashboard();
    const overdue = page.getByTestId('attention-overdue');
    const lateEntry = overdue.getByRole('link', { name: new RegExp(lateName) });
    await lateEntry.waitFor();
    expect(await lateEntry.getAttribute('href')).toBe(`#/indicators/${encodeURIComponent(late)}/show`);
    expect(await lateEntry.textContent()).toMatch(/\d+일 지남/);
    expect(await overdue.textContent()).not.toContain(onTimeName);
    // The seed's births, last January–May 2021, are long overdue as a monthly indicator.
    expect(await overdue.textContent()).toContain('출생아 수');

    const milestones = page.getByTestId('attention-milestones');
    const step = milestones.getByRole('link', { name: new RegExp(stepTitle) });
    await step.waitFor();
    expect(await step.getAttribute('href')).toBe(`#/milestones/${encodeURIComponent(milestoneId)}/show`);
    expect(await step.textContent()).toMatch(/(9|10)일 남음/);
    expect(await step.textContent()).toContain('한국수영진흥센터');

    const changes = page.getByTestId('attention-changes');
    const change = changes.getByRole('link', { name: new RegExp(`박정은 ${RUN}`) });
    await change.waitFor();
    expect(await change.textContent()).toContain(onTimeName);
    expect(await change.getAttribute('href')).toBe(`#/indicators/${encodeURIComponent(onTime)}/show`);
    // What the reader did themselves (the indicators and the milestone above) is not listed as others'.
    expect(await changes.textContent()).not.toContain(`E2E-LATE-${RUN}`);
    expect(await changes.textContent()).not.toContain(stepTitle);

    await change.click();
    await page.waitForURL(`**/#/indicators/${encodeURIComponent(onTime)}/show`);
    await page.close();
  }, 120_000);

  it('draws charts across their cards with the target label whole and inside the chart; axe finds nothing serious', async () => {
    const page = await openDashboard();
    const jobs = page.getByTestId('trend-GGM-DIRECT-EMPLOYEES');
    await jobs.locator('[data-period="2021"]').waitFor();
    const svg = jobs.getByTestId('series-chart');
    const label = jobs.locator('[data-target-label]');
    expect(await label.getAttribute('data-target-label')).toBe('목표 1,000 (사업 종료 시)');
    expect(await label.textContent()).toBe('목표 1,000 (사업 종료 시)');
    const [chart, text] = [await box(svg), await box(label)];
    expect(text.x).toBeGreaterThanOrEqual(chart.x);
    expect(text.y).toBeGreaterThanOrEqual(chart.y);
    expect(text.x + text.width).toBeLessThanOrEqual(chart.x + chart.width);
    expect(text.y + text.height).toBeLessThanOrEqual(chart.y + chart.height);
    // The chart takes its card's width (less the card's padding), not a fixed half of it.
    const card = await box(jobs);
    expect(chart.width).toBeGreaterThan(card.width * 0.85);

    await expect.poll(() => page.locator('.MuiCircularProgress-root').count()).toBe(0);
    await page.getByTestId('attention-changes').waitFor();
    await page.screenshot({ path: join(resultsDir, 'dashboard.png'), fullPage: true });

    expect(severe(await audit(page, 'dashboard'))).toEqual([]);
    await page.close();
  }, 90_000);
});
