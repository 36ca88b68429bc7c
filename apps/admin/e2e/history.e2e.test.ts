import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/**
 * Accounts and history, against the real API: an admin creates an editor on the Users page and signs out;
 * the editor signs in, edits a program, reads its History tab and restores the earlier version.
 */

let e2e: E2e;
const EDITOR = { email: 'e2e-editor@bitgoeul.test', name: '이편집', password: 'an editor passphrase, long' };
const PROGRAM = { code: 'E2E-HISTORY', name: '이력 시험 사업', progress: 20 };

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

interface ProgramState {
  id: string;
  progress: number | null;
  version: number;
}

async function program(): Promise<ProgramState> {
  const { programs } = await e2e.gql<{ programs: { nodes: ProgramState[] } }>(
    'query($code: String!) { programs(filter: { code: { eq: $code } }) { nodes { id progress version } } }',
    { code: PROGRAM.code },
  );
  return programs.nodes[0]!;
}

/** Who the API takes a bearer token for. */
async function asToken(secret: string): Promise<{ status: number; email?: string }> {
  const response = await fetch(`${e2e.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  if (!response.ok) return { status: response.status };
  const body = (await response.json()) as { data?: { me: { email: string } | null } };
  return { status: response.status, email: body.data?.me?.email };
}

const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name });

async function signOut(page: Page) {
  await page.getByRole('button', { name: '프로필' }).click();
  await menuItem(page, '로그아웃').click();
  await page.locator('input[name="username"]').waitFor();
}

async function signIn(page: Page, email: string, password: string) {
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('kpi-programs').waitFor({ timeout: 60_000 });
}

describe('accounts, history and restore', () => {
  it('an admin creates an editor, who edits a program and restores its earlier version', async () => {
    // Another official registers the program the editor will work on (its creation is its first event).
    const created = await e2e.gql<{ createProgram: { userErrors: unknown[] } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { userErrors { field message } } }`,
      {
        input: {
          code: PROGRAM.code,
          name: { ko: PROGRAM.name, en: 'History test program' },
          summary: { ko: '변경 이력과 복원을 시험하는 사업', en: null },
          area: 'JOBS_MOBILITY',
          status: 'IMPLEMENTATION',
          progress: PROGRAM.progress,
        },
      },
    );
    expect(created.createProgram.userErrors).toEqual([]);

    // The admin sees account management in the menu and creates an editor there.
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/`);
    await menuItem(page, '사용자 관리').click();
    await page.getByRole('link', { name: '새로 만들기' }).click();
    await page.locator('input[name="email"]').fill(EDITOR.email);
    await page.locator('input[name="name"]').fill(EDITOR.name);
    await page.locator('.ra-input-role [role="combobox"]').click();
    await page.getByRole('option', { name: '편집자' }).click();
    await page.locator('input[name="password"]').fill(EDITOR.password);
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('항목을 만들었습니다').waitFor();
    // Its edit page, with the token panel of the new account.
    const tokens = page.getByTestId('tokens-panel');
    await tokens.getByText('발급된 토큰이 없습니다.').waitFor();

    // A personal API token: its secret is shown once, works as a bearer token, and stops working when revoked.
    await tokens.getByRole('button', { name: '토큰 발급' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="tokenName"]').fill('통계 연계');
    await dialog.getByRole('button', { name: '토큰 발급' }).click();
    await dialog.getByText('이 값은 지금 한 번만 보여 줍니다.', { exact: false }).waitFor();
    const secret = await dialog.getByTestId('token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await asToken(secret)).toEqual({ status: 200, email: EDITOR.email });
    await dialog.getByRole('button', { name: '복사', exact: true }).click();
    await page
      .getByText(/복사했습니다\.|복사하지 못했습니다/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: '복사했습니다. 닫기' }).click();
    const row = tokens.getByTestId('token-row');
    await expect.poll(() => row.textContent()).toContain('사용 가능');
    // Nowhere on the page any more: shown once.
    expect(await page.content()).not.toContain(secret);
    await row.getByRole('button', { name: '폐기' }).click();
    await dialog.getByRole('button', { name: '폐기' }).click();
    await page.getByText('토큰을 폐기했습니다.').waitFor();
    await expect.poll(() => row.textContent()).toContain('폐기됨');
    expect((await asToken(secret)).status).toBe(401);
    await page.screenshot({ path: join(resultsDir, 'user-tokens.png'), fullPage: true });

    // Sign-out (react-admin's user menu; the API ends the session), then in as the editor.
    await signOut(page);
    await signIn(page, EDITOR.email, EDITOR.password);

    // The editor has the audit log but not account management, in the menu or by address.
    await menuItem(page, '감사 기록').waitFor();
    expect(await menuItem(page, '사용자 관리').count()).toBe(0);
    await page.goto(`${e2e.baseUrl}/#/users`);
    await page.getByText('접근 거부').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);

    // The editor edits the program's progress.
    const before = await program();
    await page.goto(`${e2e.baseUrl}/#/programs/${encodeURIComponent(before.id)}`);
    const progress = page.locator('input[name="progress"]');
    await expect.poll(() => progress.inputValue()).toBe(String(PROGRAM.progress));
    await progress.fill('65');
    await page.getByRole('button', { name: '저장' }).click();
    await page.getByText('1개 항목을 수정했습니다').waitFor();
    await page.waitForURL((url) => url.hash.endsWith('/show'));
    expect((await program()).progress).toBe(65);

    // Its History tab: newest first, the editor's change by its Korean label, 20 → 65.
    await page.getByRole('tab', { name: '변경 이력' }).click();
    await page.waitForURL((url) => url.hash.endsWith('/show/history'));
    const events = page.getByTestId('history-event');
    await expect.poll(() => events.count()).toBe(2);
    const newest = events.nth(0);
    expect(await newest.getAttribute('data-action')).toBe('UPDATE');
    expect(await newest.textContent()).toContain(EDITOR.email);
    const change = newest.locator('[data-testid="history-change"][data-field="progress"]');
    expect(await change.textContent()).toContain('진척률(%)');
    expect(await change.getByTestId('history-before').textContent()).toBe('20');
    expect(await change.getByTestId('history-after').textContent()).toBe('65');
    expect(await events.nth(1).getAttribute('data-action')).toBe('CREATE');
    expect(await events.nth(1).textContent()).toContain('생성');
    // No restore on the state the record is in now.
    expect(await newest.getByTestId('restore-button').count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'history.png'), fullPage: true });

    // Restore the version before the edit, after confirming.
    await events.nth(1).getByTestId('restore-button').click();
    await dialog.getByText('이 버전으로 복원').waitFor();
    await dialog.getByRole('button', { name: '복원' }).click();
    await page.getByText('복원했습니다.').waitFor();

    // The old value is back, and the restore is itself an entry in the history.
    await expect.poll(() => events.count()).toBe(3);
    expect(await events.nth(0).getAttribute('data-action')).toBe('RESTORE');
    expect(await events.nth(0).textContent()).toContain('복원');
    const restored = events.nth(0).locator('[data-testid="history-change"][data-field="progress"]');
    expect(await restored.getByTestId('history-after').textContent()).toBe('20');
    expect((await program()).progress).toBe(PROGRAM.progress);
    await page.getByRole('tab', { name: '상세 정보' }).click();
    await expect.poll(() => page.locator('.ra-field-progress').textContent()).toContain('20');
    await page.getByRole('tab', { name: '변경 이력' }).click();

    // Meanwhile another official changes it; restoring from this now stale page is refused, in Korean.
    const current = await program();
    const update = await e2e.gql<{ updateProgram: { userErrors: unknown[] } }>(
      `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { userErrors { message } } }`,
      { input: { id: current.id, version: current.version, progress: 90 } },
    );
    expect(update.updateProgram.userErrors).toEqual([]);
    await events.nth(1).getByTestId('restore-button').click();
    await dialog.getByRole('button', { name: '복원' }).click();
    await page.getByText(/다른 사용자가 먼저 수정했습니다/).waitFor();
    expect((await program()).progress).toBe(90);

    // The audit log lists the restore with its author, and leads back to the record.
    await menuItem(page, '감사 기록').click();
    await page.locator('.ra-input-action [role="combobox"]').click();
    await page.getByRole('option', { name: '복원' }).click();
    const logRow = page.locator('tbody tr', { hasText: PROGRAM.code });
    await expect.poll(() => logRow.count()).toBe(1);
    expect(await logRow.textContent()).toContain(EDITOR.email);
    expect(await logRow.textContent()).toContain('진척률(%)');
    await page.screenshot({ path: join(resultsDir, 'audit-log.png'), fullPage: true });
    await logRow.getByRole('link', { name: PROGRAM.code }).click();
    await page.waitForURL((url) => url.hash.includes('/programs/') && url.hash.endsWith('/show'));
    await page.close();
  }, 240_000);
});
