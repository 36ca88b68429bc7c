import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, severe } from './axe';
import { type E2e, resultsDir, startE2e } from './harness';

/**
 * Relations an editor gives a record in the panel: a program's lead and partners, a facility's operator,
 * an indicator's subject; each shown on both records' pages, linked, and checked through the API.
 */

const EDITOR_EMAIL = 'e2e-relations-editor@bitgoeul.test';
const EDITOR_PASSWORD = 'an editor passphrase long enough';
const PROGRAM = { code: 'E2E-RELATIONS', name: '관계 시험 사업' };

let e2e: E2e;
let programId = '';

const idOf = async (list: string, code: string) => {
  const data = await e2e.gql<Record<string, { nodes: { id: string }[] }>>(
    `query($code: String!) { ${list}(filter: { code: { eq: $code } }) { nodes { id } } }`,
    { code },
  );
  return data[list]!.nodes[0]!.id;
};

const programLinks = async () => {
  const data = await e2e.gql<{
    program: { organisations: { role: string; organisation: { code: string } }[] };
  }>('query($id: ID!) { program(id: $id) { organisations { role organisation { code } } } }', {
    id: programId,
  });
  return data.program.organisations.map((l) => `${l.role} ${l.organisation.code}`);
};

beforeAll(async () => {
  e2e = await startE2e();
  // An editor's account, made by the admin; the browser signs in as the editor.
  const created = await e2e.gql<{ createUser: { userErrors: unknown[] } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { message } } }`,
    { input: { email: EDITOR_EMAIL, name: '관계 편집자', password: EDITOR_PASSWORD, role: 'EDITOR' } },
  );
  expect(created.createUser.userErrors).toEqual([]);
  const program = await e2e.gql<{ createProgram: { program: { id: string } } }>(
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { message } } }`,
    {
      input: {
        code: PROGRAM.code,
        name: { ko: PROGRAM.name },
        summary: { ko: '참여 기관을 패널에서 지정하는 시험용 사업' },
        area: 'AI',
        status: 'PIPELINE',
      },
    },
  );
  programId = program.createProgram.program.id;

  const page = await e2e.newPage();
  await page.goto(`${e2e.baseUrl}/`);
  await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
  await page.locator('input[name="username"]').fill(EDITOR_EMAIL);
  await page.locator('input[name="password"]').fill(EDITOR_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('kpi-programs').waitFor();
  await page.close();
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

const showPath = (resource: string, id: string) => `/#/${resource}/${encodeURIComponent(id)}/show`;

/** Types part of a name into a reference input and picks the option that comes back from the API. */
async function pick(page: Page, input: string, typed: string, option: RegExp) {
  const box = page.locator(input);
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
  await expect.poll(() => box.inputValue()).toMatch(option);
}

const links = (page: Page) => page.getByTestId('organisation-link');

async function addLink(page: Page, typed: string, option: RegExp, role: string) {
  const form = page.getByTestId('add-organisation-link');
  await pick(page, '[data-testid="add-organisation-link"] input[name="organisationId"]', typed, option);
  await form.getByRole('combobox', { name: /역할/ }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await form.getByRole('button', { name: '기관 추가' }).click();
}

describe("a record's relations, edited in the panel", () => {
  it("gives a new program a lead and a partner, refuses a second lead in the API's words, removes the partner", async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}${showPath('programs', programId)}`);
    const section = page.getByTestId('organisation-links');
    await expect.poll(() => section.textContent()).toContain('참여 기관이 없습니다.');

    // The lead, found by part of its Korean name.
    await addLink(page, '과학기술', /광주과학기술원\(GIST\)/, '주관');
    await page.getByText('광주과학기술원(GIST)을(를) 주관(으)로 추가했습니다.').waitFor();
    await expect.poll(() => links(page).count()).toBe(1);
    // A partner; with a lead on record, the form now offers "협력" first.
    await expect
      .poll(() =>
        page.getByTestId('add-organisation-link').getByRole('combobox', { name: /역할/ }).textContent(),
      )
      .toContain('협력');
    await addLink(page, '글로벌모터스', /광주글로벌모터스\(GGM\)/, '협력');
    await expect.poll(() => links(page).count()).toBe(2);
    await expect
      .poll(() => links(page).allTextContents())
      .toEqual(['광주과학기술원(GIST) (GIST)주관', '광주글로벌모터스(GGM) (GGM)협력']);
    expect(await programLinks()).toEqual(['LEAD GIST', 'PARTNER GGM']);

    // A second lead, found by its English name: the API refuses it and says why, in Korean; nothing changes.
    await addLink(page, 'Gwangju Metropolitan', /광주광역시/, '주관');
    await expect
      .poll(() => page.getByTestId('organisation-link-refused').textContent())
      .toContain('역할 "주관"은(는) 이미 사용 중입니다.');
    expect(await links(page).count()).toBe(2);
    expect(await programLinks()).toEqual(['LEAD GIST', 'PARTNER GGM']);

    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'program-organisations.png'), fullPage: true });
    expect(severe(await audit(page, 'program show'))).toEqual([]);

    // The partner taken off, after a confirmation.
    await page.getByRole('button', { name: '광주글로벌모터스(GGM)의 협력 역할 제거' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '확인' }).click();
    await page.getByText('광주글로벌모터스(GGM)의 협력 역할을 제거했습니다.').waitFor();
    await expect.poll(() => links(page).count()).toBe(1);
    expect(await programLinks()).toEqual(['LEAD GIST']);

    // The lead's page lists the program back, linked to it.
    await page.getByRole('link', { name: '광주과학기술원(GIST)', exact: true }).click();
    const part = page.getByTestId('organisation-part').filter({ hasText: PROGRAM.name });
    await expect.poll(() => part.textContent()).toContain('주관');
    await part.getByRole('link', { name: PROGRAM.name }).click();
    await page.waitForURL((url) => url.hash === showPath('programs', programId).slice(1));
    await page.close();
  }, 180_000);

  it('offers the same editor on the edit page, which passes the accessibility audit, in either language', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/programs/${encodeURIComponent(programId)}`);
    await page.locator('input[name="name.ko"]').waitFor();
    await expect.poll(() => links(page).allTextContents()).toEqual(['광주과학기술원(GIST) (GIST)주관']);
    expect(severe(await audit(page, 'program edit'))).toEqual([]);

    // In English the section, the roles and the API's refusal are English too.
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const form = page.getByTestId('add-organisation-link');
    try {
      await form.getByRole('button', { name: 'Add organisation' }).waitFor();
      await expect
        .poll(() => links(page).allTextContents())
        .toEqual(['Gwangju Institute of Science and Technology (GIST) (GIST)Lead']);
      await pick(
        page,
        '[data-testid="add-organisation-link"] input[name="organisationId"]',
        '광주광역',
        /Gwangju Metropolitan City/,
      );
      await form.getByRole('combobox', { name: /Role/ }).click();
      await page.getByRole('option', { name: 'Lead', exact: true }).click();
      await form.getByRole('button', { name: 'Add organisation' }).click();
      await expect
        .poll(() => page.getByTestId('organisation-link-refused').textContent())
        .toBe('Not added: Role "Lead" is already in use.');
      expect(await programLinks()).toEqual(['LEAD GIST']);
    } finally {
      // The language is the browser's choice, kept for the tests that follow.
      // The app bar hides while the page is scrolled down.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: '한국어' }).click();
      await form.getByRole('button', { name: '기관 추가' }).waitFor();
    }
    await page.close();
  }, 120_000);

  it("sets a facility's operator, found by name", async () => {
    const id = await idOf('facilities', 'NATIONAL-AI-DATA-CENTRE');
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/facilities/${encodeURIComponent(id)}`);
    await page.locator('input[name="name.ko"]').waitFor();
    await pick(page, 'input[name="operatorId"]', 'AI데이터', /AI데이터산업융합원/);
    await page.getByRole('button', { name: '저장' }).click();
    await page.waitForURL((url) => url.hash.endsWith('/show'));
    await page
      .getByRole('link', { name: /AI데이터산업융합원/ })
      .first()
      .waitFor();
    const data = await e2e.gql<{ facility: { operator: { code: string } | null } }>(
      'query($id: ID!) { facility(id: $id) { operator { code } } }',
      { id },
    );
    expect(data.facility.operator?.code).toBe('AI-DATA-INDUSTRY-AGENCY');
    // The facility page has its organisations section too.
    await page.getByTestId('organisation-links').waitFor();
    await page.close();
  }, 120_000);

  it("moves an indicator's subject to a zone, shown on the indicator's page with a link to the zone", async () => {
    const id = await idOf('indicators', 'GGM-INDIRECT-EMPLOYMENT');
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(id)}`);
    await page.locator('input[name="name.ko"]').waitFor();
    await page.getByRole('combobox', { name: /대상 유형/ }).click();
    await page.getByRole('option', { name: '구역', exact: true }).click();
    // The program it was about is cleared: a zone is picked among zones.
    await expect.poll(() => page.locator('input[name="subject.id"]').inputValue()).toBe('');
    await pick(page, 'input[name="subject.id"]', '경제자유', /광주 경제자유구역/);
    await page.getByRole('button', { name: '저장' }).click();
    await page.waitForURL((url) => url.hash.endsWith('/show'));

    const data = await e2e.gql<{ indicator: { subjectType: string; subjectId: string } }>(
      'query($id: ID!) { indicator(id: $id) { subjectType subjectId } }',
      { id },
    );
    expect(data.indicator).toEqual({ subjectType: 'ZONE', subjectId: await idOf('zones', 'GWANGJU-FEZ') });
    const subject = page.getByRole('link', { name: '광주 경제자유구역' });
    await subject.waitFor();
    await subject.click();
    await page.waitForURL((url) => url.hash.includes('/zones/'));
    // The zone's page lists the indicator back, linked.
    await page.getByRole('link', { name: 'GGM 간접고용 규모' }).waitFor();
    await page.close();
  }, 120_000);
});
