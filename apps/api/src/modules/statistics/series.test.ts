import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

interface Point {
  period: string;
  value: string;
  count: number;
  complete: boolean;
  yoy: { previous: string; change: string; percent: string | null } | null;
  cumulative: string | null;
  target: { value: string } | null;
  progress: string | null;
}
const POINT =
  'period value count complete yoy { previous change percent } cumulative target { value } progress';

describe.each(databaseKinds)('indicator series on $name', (kind) => {
  let app: TestApp;
  let sourceId: string;
  let monthly: string;
  let yearly: string;
  let march2021: { id: string; recordedAt: string };

  const series = (id: string, args: string) =>
    app.gql<{ indicator: { series: Point[] } }>(
      `query($id: ID!) { indicator(id: $id) { series${args} { ${POINT} } } }`,
      {
        id,
      },
    );
  const gqlOk = async <T>(query: string, input: Record<string, unknown>) => {
    const res = await app.gql<Record<string, { userErrors: unknown[] } & T>>(query, { input });
    const payload = Object.values(res.data!)[0]!;
    expect(payload.userErrors).toEqual([]);
    return payload;
  };
  const indicator = async (code: string, frequency: string) =>
    (
      await gqlOk<{ indicator: { id: string } }>(
        'mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } userErrors { field code } } }',
        {
          code,
          name: { ko: code },
          unit: 'PERSONS',
          frequency,
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: programId },
        },
      )
    ).indicator.id;
  let programId: string;
  const RECORD =
    'mutation($input: RecordObservationInput!) { recordObservation(input: $input) { observation { id recordedAt } userErrors { field code } } }';

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }',
    );
    programId = res.data!.programs.nodes[0]!.id;
    sourceId = res.data!.programs.nodes[0]!.sources[0]!.id;
    monthly = await indicator('TEST-SERIES-MONTHLY', 'MONTH');
    yearly = await indicator('TEST-SERIES-YEARLY', 'YEAR');
    // 2020: 100 a month; 2021: 110 a month, 2021-12 not in yet.
    for (const year of [2020, 2021]) {
      for (let month = 1; month <= (year === 2021 ? 11 : 12); month++) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        const done = await gqlOk<{ observation: { id: string; recordedAt: string } }>(RECORD, {
          indicatorId: monthly,
          period,
          value: year === 2020 ? '100' : '110',
          status: 'FINAL',
          sourceId,
        });
        if (period === '2021-03') march2021 = done.observation;
      }
    }
  });
  afterAll(() => app?.close());

  it('rolls months up to quarters by the indicator’s aggregation, with yoy and the running total', async () => {
    const res = await series(monthly, '(from: "2021-Q1", to: "2021-Q4", frequency: QUARTER)');
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicator.series).toEqual([
      {
        period: '2021-Q1',
        value: '330',
        count: 3,
        complete: true,
        yoy: { previous: '300', change: '30', percent: '10.0' },
        cumulative: '330',
        target: null,
        progress: null,
      },
      {
        period: '2021-Q2',
        value: '330',
        count: 3,
        complete: true,
        yoy: { previous: '300', change: '30', percent: '10.0' },
        cumulative: '660',
        target: null,
        progress: null,
      },
      {
        period: '2021-Q3',
        value: '330',
        count: 3,
        complete: true,
        yoy: { previous: '300', change: '30', percent: '10.0' },
        cumulative: '990',
        target: null,
        progress: null,
      },
      {
        period: '2021-Q4',
        value: '220',
        count: 2,
        complete: false,
        yoy: { previous: '300', change: '-80', percent: '-26.7' },
        cumulative: '1210',
        target: null,
        progress: null,
      },
    ]);
    const years = await series(monthly, '(from: "2020", to: "2021", frequency: YEAR)');
    expect(years.data!.indicator.series.map((p) => [p.period, p.value, p.yoy?.percent ?? null])).toEqual([
      ['2020', '1200', null],
      ['2021', '1210', '0.8'],
    ]);
  });

  it('shows each month against its target', async () => {
    await gqlOk(
      'mutation($input: SetTargetInput!) { setTarget(input: $input) { target { id } userErrors { field code } } }',
      { indicatorId: monthly, kind: 'PER_PERIOD', period: '2021-06', value: '120', sourceId },
    );
    const res = await series(monthly, '(from: "2021-05", to: "2021-06")');
    expect(
      res.data!.indicator.series.map((p) => [
        p.period,
        p.value,
        p.cumulative,
        p.target?.value ?? null,
        p.progress,
      ]),
    ).toEqual([
      ['2021-05', '110', '550', null, null],
      ['2021-06', '110', '660', '120', '91.7'],
    ]);
  });

  it('answers as of an instant: a later correction does not change what was known then', async () => {
    await gqlOk(
      'mutation($input: CorrectObservationInput!) { correctObservation(input: $input) { observation { id } userErrors { field code } } }',
      { id: march2021.id, value: '140' },
    );
    const now = await series(monthly, '(from: "2021-Q1", to: "2021-Q1", frequency: QUARTER)');
    expect(now.data!.indicator.series[0]!.value).toBe('360');
    const then = await series(
      monthly,
      `(from: "2021-Q1", to: "2021-Q1", frequency: QUARTER, asOf: "${march2021.recordedAt}")`,
    );
    expect(then.data!.indicator.series[0]!.value).toBe('330');
  });

  it('refuses a frequency finer than the indicator’s, a future asOf and a bad period', async () => {
    const fine = await series(yearly, '(from: "2020", to: "2021", frequency: MONTH)');
    expect(fine.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issueCode: 'FREQUENCY_TOO_FINE',
    });
    expect(fine.errors![0]!.message).toBe('작성 주기: 연 자료를 더 짧은 주기(월)로 나눌 수 없습니다.');
    const future = await series(monthly, '(from: "2021", to: "2021", asOf: "2999-01-01T00:00:00Z")');
    expect(future.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await series(monthly, '(from: "2021-13", to: "2021")');
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});
