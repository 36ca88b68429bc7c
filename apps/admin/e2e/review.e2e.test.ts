import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, severe } from './axe';
import { type E2e, resultsDir, startE2e } from './harness';

/**
 * Figures the public can trust, through the panel against the real API: an editor corrects a published
 * figure and submits it for review; the public keeps reading the old value; a reviewer approves it from
 * the review queue (their own figure, approved in the same batch, is refused: four eyes), tries to
 * schedule it in the past (refused, in Korean, as the API words it), publishes it, and the public reads
 * the new value.
 */

let e2e: E2e;
const RUN = Date.now().toString(36).toUpperCase();
const PASSWORD = 'a reviewer needs a long passphrase too';
const editor = { email: `e2e-editor-${RUN.toLowerCase()}@bitgoeul.test`, name: `이편집 ${RUN}` };
const reviewer = { email: `e2e-reviewer-${RUN.toLowerCase()}@bitgoeul.test`, name: `최검토 ${RUN}` };
let asEditor: E2e['gql'];
let asReviewer: E2e['gql'];
let births: { id: string; sourceId: string };

type Vintage = { id: string; period: string; value: string; vintage: number; version: number };

/** What a reader with no session sees of the births indicator's figures. */
async function publicValues(): Promise<Record<string, string>> {
  const response = await fetch(`${e2e.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'ko' },
    body: JSON.stringify({
      query: 'query($id: ID!) { indicator(id: $id) { observations { period value } } }',
      variables: { id: births.id },
    }),
  });
  const body = (await response.json()) as {
    data?: { indicator: { observations: { period: string; value: string }[] } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(JSON.stringify(body));
  return Object.fromEntries(body.data.indicator.observations.map((o) => [o.period, o.value]));
}

function ok<P extends { userErrors: { message: string }[] }>(payload: P): P {
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload;
}

async function record(gql: E2e['gql'], period: string, value: string): Promise<Vintage> {
  const { recordObservation } = await gql<{
    recordObservation: { observation: Vintage | null; userErrors: { message: string }[] };
  }>(
    `mutation($input: RecordObservationInput!) {
      recordObservation(input: $input) { observation { id period value vintage version } userErrors { message } }
    }`,
    { input: { indicatorId: births.id, sourceId: births.sourceId, period, value, status: 'PROVISIONAL' } },
  );
  return ok(recordObservation).observation!;
}

async function step(gql: E2e['gql'], input: Record<string, unknown>) {
  const { transitionObservation } = await gql<{
    transitionObservation: { observation: Vintage | null; userErrors: { message: string; code: string }[] };
  }>(
    `mutation($input: TransitionObservationInput!) {
      transitionObservation(input: $input) {
        observation { id period value vintage version }
        userErrors { message code }
      }
    }`,
    { input },
  );
  return transitionObservation;
}

/** Signs in through the panel's own login page as `email`, after signing the browser out of any session. */
async function signInThroughPanelAs(email: string): Promise<Page> {
  await e2e.context.clearCookies();
  const page = await e2e.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${e2e.baseUrl}/#/login`);
  await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('kpi-programs').waitFor({ timeout: 60_000 });
  return page;
}

beforeAll(async () => {
  e2e = await startE2e();
  await mkdir(resultsDir, { recursive: true });
  const { indicators } = await e2e.gql<{
    indicators: { nodes: { id: string; sources: { id: string }[] }[] };
  }>('query { indicators(filter: { code: { eq: "GWANGJU-BIRTHS" } }) { nodes { id sources { id } } } }');
  births = { id: indicators.nodes[0]!.id, sourceId: indicators.nodes[0]!.sources[0]!.id };
  for (const [person, role] of [
    [editor, 'EDITOR'],
    [reviewer, 'REVIEWER'],
  ] as const) {
    const { createUser } = await e2e.gql<{ createUser: { userErrors: { message: string }[] } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`,
      { input: { email: person.email, name: person.name, password: PASSWORD, role } },
    );
    ok(createUser);
  }
  asEditor = await e2e.signInAs(editor.email, PASSWORD);
  asReviewer = await e2e.signInAs(reviewer.email, PASSWORD);
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const JAN_APR = '2021-01/2021-04';
let correction: Vintage;

describe('publishing a figure', () => {
  it('an editor corrects a published figure and submits it in the panel; the public still reads the old value', async () => {
    const { indicator } = await asEditor<{ indicator: { observations: Vintage[] } }>(
      'query($id: ID!) { indicator(id: $id) { observations { id period value vintage version } } }',
      { id: births.id },
    );
    const published = indicator.observations.find((o) => o.period === JAN_APR)!;
    expect(published.value).toBe('2769');
    const { correctObservation } = await asEditor<{
      correctObservation: { observation: Vintage | null; userErrors: { message: string }[] };
    }>(
      `mutation($input: CorrectObservationInput!) {
        correctObservation(input: $input) { observation { id period value vintage version } userErrors { message } }
      }`,
      { input: { id: published.id, value: '2771', version: published.version } },
    );
    correction = ok(correctObservation).observation!;

    const page = await signInThroughPanelAs(editor.email);
    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(births.id)}/show`);
    const row = page.getByTestId(`observation-${JAN_APR}-v${correction.vintage}`);
    await expect.poll(() => row.getByTestId('publication-state').textContent()).toBe('작성 중');
    // An editor may submit, not approve.
    expect(
      await row.locator('[data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action'))),
    ).toEqual(['SUBMIT']);
    await row.locator('[data-action="SUBMIT"]').click();
    await expect.poll(() => row.getByTestId('publication-state').textContent()).toBe('검토 대기');
    await expect.poll(() => row.locator('[data-action]').count()).toBe(0);
    await page.close();

    expect((await publicValues())[JAN_APR]).toBe('2769');
    // The editor cannot approve it through the API either (a reviewer's step).
    await expect(
      step(asEditor, { id: correction.id, version: correction.version + 1, action: 'APPROVE' }),
    ).rejects.toThrow();
  }, 180_000);

  it('a reviewer approves from the review queue; their own figure in the same batch is refused (four eyes)', async () => {
    const own = await record(asReviewer, '2021-08', '577');
    ok(await step(asReviewer, { id: own.id, version: own.version, action: 'SUBMIT' }));

    const page = await signInThroughPanelAs(reviewer.email);
    await page.goto(`${e2e.baseUrl}/#/review`);
    const queue = page.getByTestId('review-in-review');
    const theirs = queue.getByTestId(`review-GWANGJU-BIRTHS-${JAN_APR}`);
    const mine = queue.getByTestId('review-GWANGJU-BIRTHS-2021-08');
    await theirs.waitFor({ timeout: 60_000 });
    await mine.waitFor();
    // Beside the value in review, the one the public reads now; a new period has none.
    expect(await theirs.getByTestId('previous-value').textContent()).toBe('2,769');
    expect(await theirs.textContent()).toContain('2,771');
    expect(await mine.getByTestId('previous-value').textContent()).toBe('없음(새 수치)');
    await page.screenshot({ path: join(resultsDir, 'review-queue.png'), fullPage: true });
    expect(severe(await audit(page, 'review queue'))).toEqual([]);

    await theirs.getByRole('checkbox').check();
    await mine.getByRole('checkbox').check();
    await queue.getByTestId('approve-selected').click();
    const refusals = queue.getByTestId('bulk-refusals');
    await refusals.waitFor();
    expect(await refusals.textContent()).toContain('2021년 8월');
    expect(await refusals.textContent()).toContain('마지막으로 수정한 사람은');
    expect(await refusals.textContent()).not.toContain('1~4월');
    await theirs.waitFor({ state: 'detached' });
    expect(await mine.isVisible()).toBe(true);

    // Approved, waiting for release: scheduling it in the past is refused as the API words it.
    const waiting = page.getByTestId('review-release').getByTestId(`release-GWANGJU-BIRTHS-${JAN_APR}`);
    await waiting.waitFor();
    expect(await waiting.getByTestId('publication-state').textContent()).toBe('승인');
    await waiting.locator('[data-action="SCHEDULE"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('step-send').click();
    expect(await dialog.textContent()).toContain('공개할 날짜와 시각을 입력하세요.');
    await dialog.locator('input[name="releaseAt"]').fill('2021-06-01T09:00');
    await dialog.getByTestId('step-send').click();
    const refusal = dialog.getByTestId('step-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('이후여야 합니다');
    await dialog.getByRole('button', { name: '취소' }).click();
    expect((await publicValues())[JAN_APR]).toBe('2769');

    await waiting.locator('[data-action="PUBLISH"]').click();
    await waiting.waitFor({ state: 'detached' });
    await expect.poll(async () => (await publicValues())[JAN_APR]).toBe('2771');
    expect((await publicValues())['2021-08']).toBeUndefined();
    await page.close();
  }, 180_000);

  it('returns a figure with a comment, and shows every state on the indicator page', async () => {
    const late = await record(asEditor, '2021-09', '560');
    ok(await step(asEditor, { id: late.id, version: late.version, action: 'SUBMIT' }));
    const page = await signInThroughPanelAs(reviewer.email);
    await page.goto(`${e2e.baseUrl}/#/review`);
    const row = page.getByTestId('review-GWANGJU-BIRTHS-2021-09');
    await row.waitFor({ timeout: 60_000 });
    await row.locator('[data-action="RETURN"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('step-send').click();
    expect(await dialog.textContent()).toContain('반려 사유를 적어 주세요.');
    await dialog.locator('textarea[name="comment"]').fill('출처의 9월 잠정치와 다릅니다.');
    await dialog.getByTestId('step-send').click();
    await row.waitFor({ state: 'detached' });

    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(births.id)}/show`);
    const returned = page.getByTestId('observation-2021-09-v1');
    await expect.poll(() => returned.getByTestId('publication-state').textContent()).toBe('반려');
    expect(await returned.getByTestId('review-comment').textContent()).toBe(
      '반려 사유: 출처의 9월 잠정치와 다릅니다.',
    );
    const states = await page.getByTestId('observations').getByTestId('publication-state').allTextContents();
    expect(states).toEqual(expect.arrayContaining(['공개', '검토 대기', '반려']));
    // The published correction offers a reviewer to withdraw it.
    const current = page.getByTestId(`observation-${JAN_APR}-v${correction.vintage}`);
    expect(await current.getByTestId('publication-state').textContent()).toBe('공개');
    expect(await current.locator('[data-action="WITHDRAW"]').count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'figure-states.png'), fullPage: true });
    await page.close();
  }, 180_000);
});
