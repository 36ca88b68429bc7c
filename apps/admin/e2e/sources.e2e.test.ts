import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, severe } from './axe';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/**
 * The official's first hour: a source entered in the panel, a sheet of figures imported citing it
 * (chosen once for the whole file, the rows previewed before anything is written), and their own
 * password changed from the profile page.
 */

let e2e: E2e;
let files: string;

const INDICATOR = 'E2E-SOURCES-MONTHLY';
const SOURCE_CODE = 'E2E-KOSIS-2024-05';
const SOURCE_TITLE = '2024년 5월 광주 인구동향 (시험)';
const NEW_PASSWORD = 'a new passphrase chosen on the profile page';

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
  files = await mkdtemp(join(tmpdir(), 'bitgoeul-sources-'));
  const { programs } = await e2e.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
    '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
  );
  const program = programs.nodes[0]!;
  const { createIndicator } = await e2e.gql<{ createIndicator: { userErrors: unknown[] } }>(
    `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { userErrors { message } } }`,
    {
      input: {
        code: INDICATOR,
        name: { ko: '출처 시험 지표', en: 'Source test indicator' },
        unit: 'PERSONS',
        frequency: 'MONTH',
        aggregation: 'SUM',
        subject: { type: 'PROGRAM', id: program.id },
        sourceIds: [program.sources[0]!.id],
      },
    },
  );
  expect(createIndicator.userErrors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
  if (files) await rm(files, { recursive: true, force: true });
});

describe('sources, the import that cites one, and the profile', () => {
  it('enters a source in the panel; the list shows it by title, the most recent first', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/sources/create`);
    await page.locator('input[name="title"]').waitFor({ timeout: 60_000 });
    // A bad address is refused in Korean before anything is sent.
    await page.locator('input[name="title"]').fill(SOURCE_TITLE);
    await page.locator('input[name="code"]').fill(SOURCE_CODE);
    await page.locator('input[name="publisher"]').fill('통계청');
    await page.locator('input[name="url"]').fill('kosis.kr/statHtml');
    await page.locator('input[name="publishedOn"]').fill('2024-07-28');
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('주소(URL)의 형식이 올바르지 않습니다').first().waitFor();
    await page.locator('input[name="url"]').fill('https://kosis.kr/statHtml/statHtml.do?orgId=101');
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('이 출처를 인용한 기록').first().waitFor();
    expect(await page.getByText('아직 이 출처를 인용한 기록이 없습니다.').count()).toBe(1);

    await page.goto(`${e2e.baseUrl}/#/sources`);
    const first = page.locator('tbody tr').first();
    await expect.poll(() => first.textContent()).toContain(SOURCE_TITLE);
    const headers = await page.locator('thead th').allTextContents();
    expect(headers.filter((h) => h.trim()).slice(0, 4)).toEqual(['제목', '출처 유형', '발행처', '발행일']);
    await page.screenshot({ path: join(resultsDir, 'sources-list.png'), fullPage: true });
    expect(severe(await audit(page, 'sources list'))).toEqual([]);
    await page.close();
  }, 120_000);

  it('imports a sheet without a source column citing the source picked by title, previewed before commit', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/`);
    await page.getByRole('menuitem', { name: '관측값 가져오기' }).click();
    const picker = page.getByRole('combobox', { name: '이 파일의 출처' });
    // The most recently added source is chosen already; picking it by a word of its title works too.
    await expect.poll(() => picker.inputValue()).toContain(SOURCE_TITLE);
    await picker.click();
    await picker.fill('');
    // Typed as a person types, letter by letter: the search goes to the API with each pause.
    await picker.pressSequentially('광주 인구동향', { delay: 50 });
    await page.getByRole('option', { name: new RegExp(SOURCE_TITLE.replace(/[()]/g, '\\$&')) }).click();
    await expect.poll(() => picker.inputValue()).toContain(SOURCE_TITLE);

    const path = join(files, 'figures.csv');
    await writeFile(
      path,
      `\uFEFF지표 코드,기간,값,상태\r\n${INDICATOR},2021년 1~5월,"3,412",확정\r\n${INDICATOR},2021-06,702,잠정\r\n${INDICATOR},2021년 7월,655,확정\r\n`,
    );
    await page.getByTestId('import-file').setInputFiles(path);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await page.getByTestId('import-preview-count').textContent()).toBe('전체 3행');
    expect(await page.getByTestId('import-preview-columns').textContent()).toBe(
      '읽은 열: 지표 코드, 기간, 값, 상태',
    );
    expect(await preview.locator('tbody tr').count()).toBe(3);
    expect(await preview.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      '2',
      INDICATOR,
      '2021년 1~5월',
      '3,412',
      '확정',
    ]);
    await expect
      .poll(() => page.getByTestId('import-summary').textContent())
      .toBe('3행 모두 가져올 수 있습니다.');
    await page.screenshot({ path: join(resultsDir, 'import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: '가져오기', exact: true }).click();

    const done = page.getByTestId('import-done');
    await done.getByText('3행을 가져왔습니다.').waitFor();
    const chart = done.getByTestId('series-chart');
    await expect.poll(() => chart.locator('[data-period]').count()).toBeGreaterThan(0);
    expect(await chart.textContent()).toContain('702');
    const { indicators } = await e2e.gql<{
      indicators: {
        nodes: { observations: { period: string; value: string; source: { code: string } }[] }[];
      };
    }>(
      `{ indicators(filter: { code: { eq: "${INDICATOR}" } }) { nodes { observations { period value source { code } } } } }`,
    );
    expect(indicators.nodes[0]!.observations).toEqual([
      { period: '2021-01/2021-05', value: '3412', source: { code: SOURCE_CODE } },
      { period: '2021-06', value: '702', source: { code: SOURCE_CODE } },
      { period: '2021-07', value: '655', source: { code: SOURCE_CODE } },
    ]);

    // The source's page now says what cites it.
    await page.goto(`${e2e.baseUrl}/#/sources`);
    await page.locator('tbody tr', { hasText: SOURCE_TITLE }).click();
    const usedBy = page.getByTestId('source-used-by');
    await expect.poll(() => usedBy.textContent()).toContain('관측값 3');
    await page.close();
  }, 180_000);

  it('changes the password on the profile page: a wrong current one is refused, the right one works, the new one signs in', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/`);
    await page.getByRole('button', { name: '프로필' }).click();
    await page.getByRole('menuitem', { name: '내 정보' }).click();
    await page.getByTestId('profile').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('profile-email').textContent()).toBe(ADMIN_EMAIL);
    expect(await page.getByTestId('profile-role').textContent()).toBe('관리자');
    expect(severe(await audit(page, 'profile'))).toEqual([]);
    await page.screenshot({ path: join(resultsDir, 'profile.png'), fullPage: true });

    const form = page.getByTestId('password-form');
    await form.locator('input[name="currentPassword"]').fill('not my password at all');
    await form.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
    await form.locator('input[name="confirmPassword"]').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await form.getByText('현재 비밀번호가 올바르지 않습니다.').waitFor();

    await form.locator('input[name="currentPassword"]').fill(ADMIN_PASSWORD);
    await form.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
    await form.locator('input[name="confirmPassword"]').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await page.getByTestId('password-changed').waitFor();
    // This session stays signed in: the page still reads.
    await page.goto(`${e2e.baseUrl}/#/sources`);
    await page.locator('tbody tr').first().waitFor();

    // Signed out, the old password no longer opens the panel; the new one does.
    await page.getByRole('button', { name: '프로필' }).click();
    await page.getByRole('menuitem', { name: '로그아웃' }).click();
    await page.locator('input[name="username"]').waitFor();
    await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').first().waitFor();
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('kpi-programs').waitFor();
    await page.close();
  }, 180_000);
});
