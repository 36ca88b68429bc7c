import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Obs {
  id: string;
  version: number;
  period: string;
  value: string;
  status: string;
  vintage: number;
  recordedAt: string;
  supersededAt: string | null;
  yoy: { previous: string; change: string; percent: string | null } | null;
  cumulative: string | null;
}
const OBS =
  'id version period value status vintage recordedAt supersededAt yoy { previous change percent } cumulative';

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) {
  observation { ${OBS} } userErrors { field code message } } }`;
const CORRECT = `mutation($input: CorrectObservationInput!) { correctObservation(input: $input) {
  observation { ${OBS} } userErrors { field code message } } }`;
type Recorded = { recordObservation: { observation: Obs | null; userErrors: UserErrors } };
type Corrected = { correctObservation: { observation: Obs | null; userErrors: UserErrors } };

describe.each(databaseKinds)('observations on $name', (kind) => {
  let app: TestApp;
  let sourceId: string;
  let programId: string;

  const createIndicator = async (code: string, frequency: string, aggregation: string) => {
    const res = await app.gql<{ createIndicator: { indicator: { id: string }; userErrors: UserErrors } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } userErrors { field code } } }`,
      {
        input: {
          code,
          name: { ko: `지표 ${code}`, en: `Indicator ${code}` },
          unit: 'PERSONS',
          frequency,
          aggregation,
          subject: { type: 'PROGRAM', id: programId },
          sourceIds: [sourceId],
        },
      },
    );
    expect(res.data!.createIndicator.userErrors).toEqual([]);
    return res.data!.createIndicator.indicator.id;
  };
  const record = (input: Record<string, unknown>) =>
    app.gql<Recorded>(RECORD, { input: { sourceId, ...input } });
  const observations = async (indicatorId: string, args = '') =>
    (
      await app.gql<{ indicator: { observations: Obs[] } }>(
        `query($id: ID!) { indicator(id: $id) { observations${args} { ${OBS} } } }`,
        { id: indicatorId },
      )
    ).data!.indicator.observations;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
    );
    programId = res.data!.programs.nodes[0]!.id;
    sourceId = res.data!.programs.nodes[0]!.sources[0]!.id;
  });
  afterAll(() => app?.close());

  it('records births January–April 2021 against a year earlier: +7.2 %', async () => {
    const births = await createIndicator('TEST-BIRTHS', 'MONTH', 'SUM');
    const base = await record({
      indicatorId: births,
      period: '2020-01/2020-04',
      value: '2,583',
      status: 'ESTIMATED',
    });
    expect(base.data!.recordObservation.userErrors).toEqual([]);
    const res = await record({
      indicatorId: births,
      period: '2021-01/2021-04',
      value: '2769',
      status: 'PROVISIONAL',
      note: '1~4월 누적',
    });
    expect(res.data!.recordObservation.userErrors).toEqual([]);
    expect(res.data!.recordObservation.observation).toMatchObject({
      period: '2021-01/2021-04',
      value: '2769',
      vintage: 1,
      supersededAt: null,
      yoy: { previous: '2583', change: '186', percent: '7.2' },
      // A January–April span is its own running total.
      cumulative: '2769',
    });
    const listed = await observations(births);
    expect(listed.map((o) => [o.period, o.value])).toEqual([
      ['2020-01/2020-04', '2583'],
      ['2021-01/2021-04', '2769'],
    ]);
    expect((await observations(births, '(from: "2021-01")')).map((o) => o.period)).toEqual([
      '2021-01/2021-04',
    ]);
    const latest = await app.gql<{ indicator: { latest: { period: string; yoy: { percent: string } } } }>(
      'query($id: ID!) { indicator(id: $id) { latest { period yoy { percent } } } }',
      { id: births },
    );
    expect(latest.data!.indicator.latest).toEqual({ period: '2021-01/2021-04', yoy: { percent: '7.2' } });
  });

  it('takes a period written as the panel and the press write it, and keeps its canonical spelling', async () => {
    const monthly = await createIndicator('TEST-SPELLED-PERIODS', 'MONTH', 'SUM');
    for (const [period, stored] of [
      ['2021년 1~5월', '2021-01/2021-05'],
      ['2021년 6월', '2021-06'],
      ['Jul 2021', '2021-07'],
    ]) {
      const res = await record({ indicatorId: monthly, period, value: '10', status: 'FINAL' });
      expect(res.data!.recordObservation.userErrors).toEqual([]);
      expect(res.data!.recordObservation.observation!.period).toBe(stored);
    }
    // The same period spelled another way is the same period: its second figure is refused as a duplicate.
    const again = await record({ indicatorId: monthly, period: '2021-6', value: '11', status: 'FINAL' });
    expect(again.data!.recordObservation.observation).toBeNull();
    expect(again.data!.recordObservation.userErrors.map((e) => e.field)).toEqual([['period']]);
    const bad = await record({ indicatorId: monthly, period: '2021년 13월', value: '1', status: 'FINAL' });
    expect(bad.data!.recordObservation.userErrors[0]).toMatchObject({
      field: ['period'],
      code: 'INVALID_FORMAT',
    });
    expect((await observations(monthly)).map((o) => o.period)).toEqual([
      '2021-01/2021-05',
      '2021-06',
      '2021-07',
    ]);
  });

  it('refuses bad figures with a specific userError and writes nothing', async () => {
    const yearly = await createIndicator('TEST-YEARLY', 'YEAR', 'SUM');
    const ok = await record({ indicatorId: yearly, period: '2020', value: '10', status: 'FINAL' });
    expect(ok.data!.recordObservation.userErrors).toEqual([]);
    const unknownSource = Buffer.from('Source:00000000-0000-4000-8000-000000000000').toString('base64');
    const bad: [Record<string, unknown>, string, string][] = [
      [{ period: '2021-04' }, 'period', 'PERIOD_FREQUENCY_MISMATCH'],
      [{ period: '2020' }, 'period', 'DUPLICATE_VINTAGE'],
      [{ value: 'abc' }, 'value', 'INVALID_FORMAT'],
      [{ value: '1e3' }, 'value', 'INVALID_FORMAT'],
      [{ period: '2021-13' }, 'period', 'INVALID_FORMAT'],
      [{ sourceId: unknownSource }, 'sourceId', 'NOT_FOUND'],
    ];
    for (const [change, field, code] of bad) {
      const res = await record({
        indicatorId: yearly,
        period: '2021',
        value: '12',
        status: 'FINAL',
        ...change,
      });
      expect(res.data!.recordObservation.observation).toBeNull();
      expect(res.data!.recordObservation.userErrors).toContainEqual(
        expect.objectContaining({ field: [field], code }),
      );
    }
    const mismatch = await record({ indicatorId: yearly, period: '2021-04', value: '1', status: 'FINAL' });
    expect(mismatch.data!.recordObservation.userErrors[0]!.message).toBe(
      '기간: 기간 2021-04은(는) 주기(연)와 맞지 않습니다.',
    );
    const english = await app.gql<Recorded>(
      RECORD,
      { input: { sourceId, indicatorId: yearly, period: '2020', value: '11', status: 'FINAL' } },
      { 'accept-language': 'en' },
    );
    expect(english.data!.recordObservation.userErrors[0]!.message).toMatch(/already has a current value/);
    const all = await observations(yearly, '(includeSuperseded: true)');
    expect(all.map((o) => [o.period, o.value])).toEqual([['2020', '10']]);
  });

  it('keeps a corrected figure readable, and answers what was known before the correction', async () => {
    const ind = await createIndicator('TEST-CORRECTED', 'MONTH', 'SUM');
    const first = (await record({ indicatorId: ind, period: '2021-03', value: '700', status: 'PROVISIONAL' }))
      .data!.recordObservation.observation!;
    const fixed = await app.gql<Corrected>(CORRECT, {
      input: { id: first.id, version: first.version, value: '712', status: 'FINAL', note: '확정치' },
    });
    expect(fixed.data!.correctObservation.userErrors).toEqual([]);
    expect(fixed.data!.correctObservation.observation).toMatchObject({
      period: '2021-03',
      value: '712',
      status: 'FINAL',
      vintage: 2,
      supersededAt: null,
    });

    expect((await observations(ind)).map((o) => [o.value, o.vintage])).toEqual([['712', 2]]);
    const history = await observations(ind, '(includeSuperseded: true)');
    expect(history.map((o) => [o.value, o.vintage, o.supersededAt !== null])).toEqual([
      ['700', 1, true],
      ['712', 2, false],
    ]);
    const then = await observations(ind, `(asOf: "${first.recordedAt}")`);
    expect(then.map((o) => o.value)).toEqual(['700']);
    const before = await observations(ind, '(asOf: "2000-01-01T00:00:00Z")');
    expect(before).toEqual([]);

    const revisions = await app.gql<{
      node: { revisions: { value: string; supersededBy: { value: string } | null }[] };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Observation { revisions { value supersededBy { value } } } } }`,
      { id: first.id },
    );
    expect(revisions.data!.node.revisions).toEqual([
      { value: '700', supersededBy: { value: '712' } },
      { value: '712', supersededBy: null },
    ]);

    // Correcting the old vintage again is correcting a stale figure.
    const stale = await app.gql<Corrected>(CORRECT, {
      input: { id: first.id, version: first.version, value: '713' },
    });
    expect(stale.data!.correctObservation.userErrors[0]).toMatchObject({
      field: ['version'],
      code: 'STALE_VERSION',
    });
    const badValue = await app.gql<Corrected>(CORRECT, {
      input: { id: fixed.data!.correctObservation.observation!.id, value: 'abc' },
    });
    expect(badValue.data!.correctObservation.userErrors[0]).toMatchObject({
      field: ['value'],
      code: 'INVALID_FORMAT',
    });
    expect((await observations(ind, '(includeSuperseded: true)')).length).toBe(2);

    const future = await app.gql(
      `query($id: ID!) { indicator(id: $id) { observations(asOf: "2999-01-01T00:00:00Z") { value } } }`,
      {
        id: ind,
      },
    );
    expect(future.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(future.errors![0]!.message).toMatch(/future/);
  });

  it('lets exactly one of two racing corrections win', async () => {
    const ind = await createIndicator('TEST-RACE', 'MONTH', 'SUM');
    const first = (await record({ indicatorId: ind, period: '2021-05', value: '1', status: 'PROVISIONAL' }))
      .data!.recordObservation.observation!;
    const results = await Promise.all(
      ['2', '3'].map((value) =>
        app.gql<Corrected>(CORRECT, { input: { id: first.id, version: first.version, value } }),
      ),
    );
    const winners = results.filter((r) => r.data!.correctObservation.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(
      results.find((r) => r.data!.correctObservation.userErrors.length)!.data!.correctObservation
        .userErrors[0]!.code,
    ).toBe('STALE_VERSION');
    const history = await observations(ind, '(includeSuperseded: true)');
    expect(history).toHaveLength(2);
    expect((await observations(ind)).map((o) => o.value)).toEqual([
      winners[0]!.data!.correctObservation.observation!.value,
    ]);
  });

  it('lets exactly one of two racing first figures for a period win', async () => {
    const ind = await createIndicator('TEST-RACE-RECORD', 'MONTH', 'SUM');
    const results = await Promise.all(
      ['1', '2'].map((value) => record({ indicatorId: ind, period: '2021-07', value, status: 'FINAL' })),
    );
    const codes = results.map((r) => r.data!.recordObservation.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['DUPLICATE_VINTAGE', 'OK']);
    expect(await observations(ind, '(includeSuperseded: true)')).toHaveLength(1);
  });

  it('lists figures of every indicator as a connection, filtered by indicator, period range and status', async () => {
    const ind = await createIndicator('TEST-CONNECTION', 'QUARTER', 'SUM');
    for (const [period, status] of [
      ['2020-Q4', 'FINAL'],
      ['2021-Q1', 'FINAL'],
      ['2021-Q2', 'PROVISIONAL'],
    ]) {
      await record({ indicatorId: ind, period, value: '5', status });
    }
    type Page = {
      observations: { totalCount: number; nodes: { period: string; indicator: { id: string } }[] };
    };
    const q = (filter: string, extra = '') =>
      app.gql<Page>(
        `query($i: ID!) { observations(filter: ${filter}${extra}) { totalCount nodes { period indicator { id } } } }`,
        { i: ind },
      );
    const all = await q('{ indicator: { eq: $i } }');
    expect(all.data!.observations.nodes.map((n) => n.period)).toEqual(['2020-Q4', '2021-Q1', '2021-Q2']);
    const in2021 = await q('{ indicator: { eq: $i }, periodFrom: "2021", periodTo: "2021" }');
    expect(in2021.data!.observations.totalCount).toBe(2);
    const provisional = await q('{ and: [{ indicator: { eq: $i } }, { status: { eq: PROVISIONAL } }] }');
    expect(provisional.data!.observations.nodes.map((n) => n.period)).toEqual(['2021-Q2']);
    const latestFirst = await q(
      '{ indicator: { eq: $i } }',
      ', orderBy: [{ field: PERIOD_START, direction: DESC }], first: 1',
    );
    expect(latestFirst.data!.observations.nodes.map((n) => n.period)).toEqual(['2021-Q2']);
    const badPeriod = await q('{ indicator: { eq: $i }, periodFrom: "Q2" }');
    expect(badPeriod.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
