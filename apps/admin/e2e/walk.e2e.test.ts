import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, resultsDir, signInThroughPanel, startE2e } from './harness';

/** A new official's first walk through the panel, against the real API and its seeded data. */

let e2e: E2e;
const FACILITY = '한국수영진흥센터';

beforeAll(async () => {
  e2e = await startE2e();
  await signInThroughPanel(e2e);
  await mkdir(resultsDir, { recursive: true });
}, 90_000);

afterAll(async () => {
  await e2e?.stop();
});

const shot = (name: string) => join(resultsDir, name);

/** The middle of an element on the page, for a click with the mouse at that spot. */
async function middleOf(page: Page, selector: string, share = 0.5): Promise<{ x: number; y: number }> {
  // The map's region scrolled into the window, not the element itself: scrolling a layer into view would
  // scroll Leaflet's own container behind its back.
  await page
    .locator('[role="region"]', { has: page.locator(selector) })
    .first()
    .scrollIntoViewIfNeeded();
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width * share, y: box.y + box.height * share };
}

async function facilityId(search: string): Promise<{ id: string; status: string; version: number }> {
  const { facilities } = await e2e.gql<{
    facilities: { nodes: { id: string; status: string; version: number }[] };
  }>('query($q: String) { facilities(filter: { search: $q }) { nodes { id status version } } }', {
    q: search,
  });
  return facilities.nodes[0]!;
}

describe('a new official walks through the panel', () => {
  it('opens the dashboard and reads the seed article’s figures', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/`);
    const births = page.getByTestId('kpi-births');
    await expect.poll(() => births.textContent()).toContain('2,769명');
    expect(await births.textContent()).toContain('전년 동기 대비 +7.2%');
    expect(await page.getByTestId('kpi-ggmJobs').textContent()).toContain('530 / 1,000');
    expect(await page.getByTestId('kpi-aiOffices').textContent()).toContain('61 / 100');
    await page.screenshot({ path: shot('dashboard.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('finds a facility by its Korean name and moves it along its lifecycle; an illegal jump is refused', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/facilities`);
    await page.getByPlaceholder('검색').fill(FACILITY);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: shot('facilities-list.png'), fullPage: true });
    await page.locator('tbody tr', { hasText: FACILITY }).click();

    // Planned: the next steps the lifecycle allows, and no skipping ahead.
    const actions = page.getByTestId('status-actions');
    await actions.waitFor();
    expect(await actions.getByRole('button').allTextContents()).toEqual(['협약 체결', '중단', '폐쇄']);
    await actions.getByRole('button', { name: '협약 체결' }).click();
    await page.getByText('상태를 협약 체결(으)로 바꿨습니다.').waitFor();
    await expect
      .poll(() => actions.getByRole('button').allTextContents())
      .toEqual(['건설 중', '중단', '폐쇄']);

    // Meanwhile another official records construction and completion.
    const { id } = await facilityId(FACILITY);
    for (const status of ['UNDER_CONSTRUCTION', 'COMPLETED']) {
      const result = await e2e.gql<{ updateFacility: { userErrors: unknown[] } }>(
        'mutation($input: UpdateFacilityInput!) { updateFacility(input: $input) { userErrors { message } } }',
        { input: { id, status } },
      );
      expect(result.updateFacility.userErrors).toEqual([]);
    }

    // This page still offers "under construction": from completed that is a step back, and the server says so.
    await actions.getByRole('button', { name: '건설 중' }).click();
    await page.getByText(/준공에서 건설 중\(으\)로 바꿀 수 없습니다/).waitFor();
    expect((await facilityId(FACILITY)).status).toBe('COMPLETED');

    // The edit form offers only where it is and where it may go.
    await expect
      .poll(() => actions.getByRole('button').allTextContents())
      .toEqual(['운영 중', '중단', '폐쇄']);
    await page.getByRole('link', { name: '수정' }).click();
    await page.locator('input[name="code"]').waitFor({ timeout: 30_000 });
    await page.locator('.ra-input-status [role="combobox"]').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options.filter((o) => o.trim())).toEqual(['준공', '운영 중', '중단', '폐쇄']);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: shot('facility-edit.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('exports a list as a CSV that Excel opens: BOM, Korean headers, Korean labels', async () => {
    const page = await e2e.newPage();
    // The whole list: react-admin remembers the search from the walk above, and an export follows the filters.
    await page.goto(`${e2e.baseUrl}/#/facilities?filter=${encodeURIComponent('{}')}`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '내보내기' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^facilities-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 5)).toEqual(['코드', '이름(한국어)', '이름(영어)', '시설 유형', '상태']);
    const row = rows.find((r) => r[1] === FACILITY);
    expect(row?.[3]).toBe('체육시설');
    expect(rows.length - 1).toBeGreaterThanOrEqual(7);
    await page.close();
  }, 60_000);

  it('opens the map: the five districts, a zone as a shape and a facility as a point, each a link', async () => {
    const { createZone } = await e2e.gql<{
      createZone: { zone: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } userErrors { field message } } }`,
      {
        input: {
          code: 'E2E-MAP-ZONE',
          name: { ko: '지도 시험 구역', en: 'Map test zone' },
          kind: 'URBAN_HIGH_TECH_COMPLEX',
          status: 'DESIGNATED',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [126.84, 35.2],
                [126.87, 35.2],
                [126.87, 35.225],
                [126.84, 35.225],
                [126.84, 35.2],
              ],
            ],
          },
        },
      },
    );
    expect(createZone.userErrors).toEqual([]);
    const { createFacility } = await e2e.gql<{
      createFacility: { facility: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } userErrors { field message } } }`,
      {
        input: {
          code: 'E2E-MAP-FACILITY',
          name: { ko: '지도 시험 시설', en: 'Map test facility' },
          kind: 'CULTURE_VENUE',
          status: 'OPERATING',
          zoneId: createZone.zone!.id,
          // Off the zone's centre, so that a click on the zone's middle lands on the zone.
          location: { coordinates: { lon: 126.844, lat: 35.203 }, precision: 'EXACT' },
        },
      },
    );
    expect(createFacility.userErrors).toEqual([]);

    const { facilities: seeded } = await e2e.gql<{
      facilities: { nodes: { code: string; location: { coordinates: unknown } | null }[] };
    }>('{ facilities(first: 100) { nodes { code location { coordinates { lon } } } } }');
    const located = seeded.nodes.filter((f) => f.location?.coordinates).map((f) => f.code);
    expect(located.length).toBeGreaterThanOrEqual(6);

    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/map`);
    const map = page.getByTestId('map');
    await map.locator('[data-facility="E2E-MAP-FACILITY"]').waitFor();
    // Every facility with a point is a marker, the seed's approximate ones included.
    const markers = await map
      .locator('[data-facility]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-facility')));
    expect(markers.sort()).toEqual([...located].sort());
    expect(await map.locator('.bitgoeul-district-label').allTextContents()).toEqual(
      expect.arrayContaining(['동구', '서구', '남구', '북구', '광산구']),
    );
    expect(await map.locator('.leaflet-control-attribution').textContent()).toContain(
      '경계: 통계청 SGIS(2018), 공공누리 제1유형',
    );
    await map.locator('[data-zone="E2E-MAP-ZONE"]').waitFor();
    await page.screenshot({ path: shot('map.png'), fullPage: true });

    // A click on a marker opens its card: name, status, zone, and a link to the record.
    await map.locator('[data-facility="E2E-MAP-FACILITY"]').click();
    const card = page.getByTestId('map-card');
    await expect.poll(() => card.textContent()).toContain('지도 시험 시설');
    expect(await card.textContent()).toContain('운영 중');
    await expect.poll(() => card.textContent()).toContain('구역: 지도 시험 구역');
    await page.screenshot({ path: shot('map-card.png'), fullPage: true });
    await card.getByRole('link', { name: '자세히 보기' }).click();
    await page.waitForURL((url) =>
      url.hash.endsWith(`/facilities/${encodeURIComponent(createFacility.facility!.id)}/show`),
    );
    // The facility's page shows where it stands, inside its zone's outline.
    const small = page.getByTestId('facility-map');
    await small.locator('[data-facility="E2E-MAP-FACILITY"]').waitFor();
    await small.locator('[data-zone="E2E-MAP-ZONE"]').waitFor();
    await page.screenshot({ path: shot('facility-map.png'), fullPage: true });
    await page.goBack();

    // Layers can be switched off and on.
    await page.getByLabel(/^시설 \(/).uncheck();
    await expect.poll(() => map.locator('[data-facility]').count()).toBe(0);
    await page.getByLabel(/^시설 \(/).check();
    await map.locator('[data-facility="E2E-MAP-FACILITY"]').waitFor();

    // A zone's card, opened from a click inside its outline away from any marker.
    const inside = await middleOf(page, '[data-zone="E2E-MAP-ZONE"]', 0.7);
    await page.mouse.click(inside.x, inside.y);
    await expect.poll(() => card.textContent()).toContain('지도 시험 구역');
    await expect.poll(() => card.textContent()).toContain('시설 1곳');
    // Zoom in with the map's own control: the facility's marker moves away from the middle.
    const before = await middleOf(page, '[data-facility="E2E-MAP-FACILITY"]');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => (await middleOf(page, '[data-facility="E2E-MAP-FACILITY"]')).x)
      .not.toBe(before.x);
    await card.getByRole('link', { name: '자세히 보기' }).click();
    await page.getByText('지도 시험 구역').first().waitFor();
    expect(page.url()).toContain('/zones/');
    await page.close();
  }, 90_000);

  it('places a facility that has only an address where the official clicks; a save over a newer one is refused', async () => {
    const read = async () =>
      (
        await e2e.gql<{
          facilities: {
            nodes: {
              id: string;
              version: number;
              location: {
                address: { ko: string } | null;
                coordinates: { lon: number; lat: number } | null;
                precision: string;
              } | null;
            }[];
          };
        }>(
          'query($q: String) { facilities(filter: { search: $q }) { nodes { id version location { address { ko } coordinates { lon lat } precision } } } }',
          { q: FACILITY },
        )
      ).facilities.nodes[0]!;
    const before = await read();
    expect(before.location?.coordinates).toBeNull();
    expect(before.location?.address?.ko).toBeTruthy();

    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/map`);
    const map = page.getByTestId('map');
    // The zone the previous walk drew: a click on its middle must land inside its outline.
    await map.locator('[data-zone="E2E-MAP-ZONE"]').waitFor();
    await page.getByLabel('지도에서 위치 지정').click();
    await page.getByRole('option', { name: FACILITY }).click();
    // The choice's menu gone, so that the click below lands on the map rather than its backdrop.
    await page.locator('[role=listbox]').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('place-hint').textContent()).toContain(FACILITY);
    const middle = await middleOf(page, '[data-zone="E2E-MAP-ZONE"]');
    await page.mouse.click(middle.x, middle.y);
    await expect
      .poll(() => page.getByTestId('place-outcome').textContent())
      .toBe(`${FACILITY}의 위치를 저장했습니다.`);

    const after = await read();
    expect(after.location?.precision).toBe('PLACED_ON_MAP');
    expect(after.location?.address?.ko).toBe(before.location!.address!.ko);
    const { lon, lat } = after.location!.coordinates!;
    expect(lon).toBeGreaterThan(126.84);
    expect(lon).toBeLessThan(126.87);
    expect(lat).toBeGreaterThan(35.2);
    expect(lat).toBeLessThan(35.225);
    await map.locator('[data-facility="KOREA-SWIMMING-PROMOTION-CENTRE"]').waitFor();

    // Someone else saves the facility while this page still holds the version it read.
    await page.getByLabel('지도에서 위치 지정').click();
    await page.getByRole('option', { name: FACILITY }).click();
    // The choice's menu gone, so that the click below lands on the map rather than its backdrop.
    await page.locator('[role=listbox]').waitFor({ state: 'detached' });
    const { updateFacility } = await e2e.gql<{ updateFacility: { userErrors: unknown[] } }>(
      'mutation($input: UpdateFacilityInput!) { updateFacility(input: $input) { userErrors { message } } }',
      { input: { id: after.id, version: after.version, capacity: { value: 50, unit: 'PERSONS' } } },
    );
    expect(updateFacility.userErrors).toEqual([]);
    const elsewhere = await middleOf(page, '[data-zone="E2E-MAP-ZONE"]', 0.3);
    await page.mouse.click(elsewhere.x, elsewhere.y);
    await expect
      .poll(() => page.getByTestId('place-outcome').textContent())
      .toMatch(/^위치를 저장하지 못했습니다: 다른 사용자가 먼저 수정했습니다/);
    expect((await read()).location!.coordinates).toEqual({ lon, lat });
    await page.close();
  }, 90_000);

  it('draws a zone outline on its page, refuses a file that holds a line or a crossing outline, and takes a valid one', async () => {
    const { createZone } = await e2e.gql<{
      createZone: { zone: { id: string } | null; userErrors: unknown[] };
    }>(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } userErrors { field message } } }`,
      {
        input: {
          code: 'E2E-DRAW-ZONE',
          name: { ko: '경계 그리기 시험 구역', en: 'Outline drawing test zone' },
          kind: 'GENERAL_INDUSTRIAL_COMPLEX',
          status: 'DESIGNATED',
        },
      },
    );
    expect(createZone.userErrors).toEqual([]);
    const id = createZone.zone!.id;
    const read = async () =>
      (
        await e2e.gql<{
          zone: {
            version: number;
            geometry: { type: string; coordinates: number[][][] } | null;
            history: { action: string; changes: { field: string }[] }[];
          };
        }>('query($id: ID!) { zone(id: $id) { version geometry history { action changes { field } } } }', {
          id,
        })
      ).zone;

    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/zones/${encodeURIComponent(id)}/show`);
    await page.getByTestId('no-outline').waitFor();
    const map = page.getByTestId('zone-map');
    await map.locator('.bitgoeul-district-label').first().waitFor();
    await page.getByRole('button', { name: '경계 그리기' }).click();
    await expect.poll(() => page.getByTestId('outline-hint').textContent()).toContain('첫 점을 다시 클릭');
    const frame = (await map.boundingBox())!;
    const corners = [
      [0.35, 0.35],
      [0.65, 0.35],
      [0.65, 0.65],
      [0.35, 0.65],
    ].map(([x, y]) => ({ x: frame.x + frame.width * x!, y: frame.y + frame.height * y! }));
    for (const c of corners) await page.mouse.click(c.x, c.y);
    await page.mouse.click(corners[0]!.x, corners[0]!.y);
    await map.locator('[data-draft]').waitFor();
    await page.screenshot({ path: shot('zone-draw.png'), fullPage: true });
    expect((await read()).geometry).toBeNull();
    await page.getByRole('button', { name: '경계 저장' }).click();
    await expect.poll(() => page.getByTestId('outline-outcome').textContent()).toBe('경계를 저장했습니다.');
    const drawn = await read();
    expect(drawn.geometry?.type).toBe('Polygon');
    const ring = drawn.geometry!.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThan(126.6);
      expect(lon).toBeLessThan(127.1);
      expect(lat).toBeGreaterThan(35.0);
      expect(lat).toBeLessThan(35.3);
    }
    expect(drawn.history[0]!.action).toBe('UPDATE');
    expect(drawn.history[0]!.changes.map((c) => c.field)).toContain('geometry.coordinates');
    await map.locator('[data-zone="E2E-DRAW-ZONE"]').waitFor();

    const upload = (name: string, value: unknown) =>
      page.getByTestId('outline-file').setInputFiles({
        name,
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(value)),
      });
    await upload('road.geojson', {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [126.8, 35.1],
          [126.9, 35.2],
        ],
      },
    });
    await expect
      .poll(() => page.getByTestId('outline-outcome').textContent())
      .toBe(
        'road.geojson: LineString은(는) 구역 경계가 될 수 없습니다. Polygon 또는 MultiPolygon이어야 합니다.',
      );
    const bowtie = [
      [126.84, 35.2],
      [126.87, 35.225],
      [126.87, 35.2],
      [126.84, 35.225],
      [126.84, 35.2],
    ];
    await upload('bowtie.geojson', { type: 'Polygon', coordinates: [bowtie] });
    await expect
      .poll(() => page.getByTestId('outline-outcome').textContent())
      .toBe('bowtie.geojson: 경계가 올바르지 않습니다 — 경계선이 스스로 교차함');
    expect((await read()).version).toBe(drawn.version);

    const square = [
      [126.84, 35.2],
      [126.87, 35.2],
      [126.87, 35.225],
      [126.84, 35.225],
      [126.84, 35.2],
    ];
    await upload('square.geojson', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '구역' },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
      ],
    });
    await expect
      .poll(() => page.getByTestId('outline-outcome').textContent())
      .toContain('square.geojson을(를) 읽었습니다');
    await map.locator('[data-draft]').waitFor();
    await page.getByRole('button', { name: '경계 저장' }).click();
    await expect.poll(() => page.getByTestId('outline-outcome').textContent()).toBe('경계를 저장했습니다.');
    const uploaded = await read();
    expect(uploaded.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(uploaded.version).toBe(drawn.version + 1);
    await page.screenshot({ path: shot('zone-map.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it("answers 'how are the GGM plant's jobs going' on the plant's own page: its program's figure against its target", async () => {
    const { facilities } = await e2e.gql<{ facilities: { nodes: { id: string }[] } }>(
      '{ facilities(filter: { code: { eq: "GGM-CAR-PLANT" } }) { nodes { id } } }',
    );
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/facilities/${encodeURIComponent(facilities.nodes[0]!.id)}/show`);
    const figures = page.getByTestId('figures');
    const jobs = figures.locator('tbody tr', { hasText: 'GGM 직접고용 인원' });
    await jobs.waitFor();
    const cells = await jobs.locator('td').allTextContents();
    console.info('GGM jobs row', cells);
    expect(cells[1]).toBe('530명');
    expect(cells[3]).toMatch(/^1,000명 \(53(\.0+)?%\)$/);
    expect(cells[4]).toContain('광주형 일자리');
    await page.screenshot({ path: shot('facility-figures.png'), fullPage: true });
    await jobs.getByRole('link', { name: 'GGM 직접고용 인원' }).click();
    await page.waitForURL((url) => url.hash.includes('/indicators/'));
    await page.close();
  }, 60_000);

  it('records a figure for a period typed as the panel writes it, and says how it read it', async () => {
    const { indicators } = await e2e.gql<{ indicators: { nodes: { id: string }[] } }>(
      '{ indicators(filter: { code: { eq: "GWANGJU-BIRTHS" } }) { nodes { id } } }',
    );
    const id = indicators.nodes[0]!.id;
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/indicators/${encodeURIComponent(id)}/show`);
    await page.getByRole('button', { name: '관측값 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="period"]').fill('2021년 1~5월');
    await expect
      .poll(() => dialog.getByText('2021년 1~5월(으)로 읽었습니다 (2021-01/2021-05)').count())
      .toBe(1);
    await dialog.locator('input[name="value"]').fill('3,400');
    await dialog.getByLabel('출처').click();
    await page.getByRole('option').first().click();
    await page.locator('[role=listbox]').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: '저장' }).click();
    await dialog.waitFor({ state: 'detached' });
    const { indicator } = await e2e.gql<{
      indicator: { observations: { period: string; value: string }[] };
    }>('query($id: ID!) { indicator(id: $id) { observations { period value } } }', { id });
    expect(indicator.observations).toContainEqual({ period: '2021-01/2021-05', value: '3400' });
    await page.close();
  }, 60_000);

  it('uses the benefit calculator: every payment by date and the total in 원', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/#/calculator`);
    // A date written the Korean way is read, and shown back, as YYYY-MM-DD.
    await page.locator('input[name="birthDate"]').fill('2022. 3. 15');
    await page.locator('input[name="birthDate"]').blur();
    expect(await page.locator('input[name="birthDate"]').inputValue()).toBe('2022-03-15');
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: '둘째' }).click();
    await page.getByRole('button', { name: '계산' }).click();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('6,300,000원');
    // The answer is said first, large, and again as the summary's total row.
    expect(await page.getByTestId('total-summary').textContent()).toBe('합계 6,300,000원');
    expect(await page.getByTestId('summary-total').textContent()).toBe('6,300,000원');
    const payments = page.getByTestId('payments').locator('tbody tr');
    expect(await payments.count()).toBe(25);
    expect(await payments.first().textContent()).toContain('2022년 3월 15일');
    expect(await payments.last().textContent()).toContain('2024년 2월 15일');
    await page.close();
  }, 60_000);
});
