import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { MAX_BODY_BYTES } from '../../http/limits.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { Observation } from './indicator.entity.js';

type RowError = { row: number; column: string; code: string; message: string };
type Imported = { importObservations: { imported: number; rowErrors: RowError[] } };
type Row = Record<string, unknown>;

const IMPORT = `mutation($input: ImportObservationsInput!) {
  importObservations(input: $input) { imported rowErrors { row column code message } } }`;

describe.each(databaseKinds)('importing observations on $name', (kind) => {
  let app: TestApp;
  let sourceId: string;
  let sourceCode: string;
  let monthly: string;

  const createIndicator = async (code: string, frequency: string) => {
    const programs = await app.gql<{ programs: { nodes: { id: string }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id } } }',
    );
    const res = await app.gql<{ createIndicator: { indicator: { id: string }; userErrors: unknown[] } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } userErrors { field code } } }`,
      {
        input: {
          code,
          name: { ko: `지표 ${code}`, en: `Indicator ${code}` },
          unit: 'PERSONS',
          frequency,
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: programs.data!.programs.nodes[0]!.id },
          sourceIds: [sourceId],
        },
      },
    );
    expect(res.data!.createIndicator.userErrors).toEqual([]);
    return res.data!.createIndicator.indicator.id;
  };
  const sheet = (rows: Row[]) =>
    rows.map((r, i) => ({ row: i + 2, status: 'FINAL', sourceCode, ...r }) as Row);
  const importRows = (rows: Row[], dryRun: boolean, headers?: Record<string, string>) =>
    app.gql<Imported>(IMPORT, { input: { rows, dryRun } }, headers);
  const stored = () => app.orm.em.fork().count(Observation, {});
  const audited = () => app.orm.em.fork().count(AuditEvent, { entityType: 'Observation' });
  const values = async (id: string) =>
    (
      await app.gql<{ indicator: { observations: { period: string; value: string; vintage: number }[] } }>(
        'query($id: ID!) { indicator(id: $id) { observations { period value vintage } } }',
        { id },
      )
    ).data!.indicator.observations;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { sources: { id: string; code: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { sources { id code } } } }',
    );
    ({ id: sourceId, code: sourceCode } = res.data!.programs.nodes[0]!.sources[0]!);
    monthly = await createIndicator('IMPORT-MONTHLY', 'MONTH');
    await createIndicator('IMPORT-YEARLY', 'YEAR');
    // One figure already on record: the sheet may not add a second current one for its period.
    const recorded = await app.gql<{ recordObservation: { userErrors: unknown[] } }>(
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { userErrors { code } } }`,
      { input: { indicatorId: monthly, period: '2021-01', value: '500', status: 'FINAL', sourceId } },
    );
    expect(recorded.data!.recordObservation.userErrors).toEqual([]);
  });
  afterAll(() => app?.close());

  const good = [
    { indicatorCode: 'IMPORT-MONTHLY', period: '2021-02', value: '612' },
    { indicatorCode: 'IMPORT-MONTHLY', period: '2021-03', value: '1,234' },
    { indicatorCode: 'IMPORT-YEARLY', period: '2020', value: '7.2', status: 'PROVISIONAL', note: '추정치' },
  ];

  it('lists every refused row by row, column and code, in Korean, and writes nothing', async () => {
    const before = await stored();
    const rows = sheet([
      ...good,
      { indicatorCode: 'NO-SUCH-INDICATOR', period: '2021-04', value: '1' },
      { indicatorCode: 'IMPORT-MONTHLY', period: '2021', value: 'many' },
      { indicatorCode: 'IMPORT-MONTHLY', period: '2021-05', value: '3', sourceCode: 'NO-SUCH-SOURCE' },
      { indicatorCode: 'IMPORT-MONTHLY', period: '2021-02', value: '613' },
      { indicatorCode: 'IMPORT-MONTHLY', period: '2021-01', value: '501' },
      { indicatorCode: ' ', period: '2021-06', value: '1', sourceCode: '' },
    ]);
    const res = await importRows(rows, false);
    expect(res.errors).toBeUndefined();
    const { imported, rowErrors } = res.data!.importObservations;
    expect(imported).toBe(0);
    expect(rowErrors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 5, column: 'indicatorCode', code: 'NOT_FOUND' },
      { row: 6, column: 'period', code: 'PERIOD_FREQUENCY_MISMATCH' },
      { row: 6, column: 'value', code: 'INVALID_FORMAT' },
      { row: 7, column: 'sourceCode', code: 'NOT_FOUND' },
      { row: 8, column: 'period', code: 'DUPLICATE' },
      { row: 9, column: 'period', code: 'DUPLICATE_VINTAGE' },
      { row: 10, column: 'indicatorCode', code: 'REQUIRED' },
      { row: 10, column: 'sourceCode', code: 'REQUIRED' },
    ]);
    const messages = rowErrors.map((e) => e.message);
    expect(messages[0]).toBe('지표 코드: 해당 항목을 찾을 수 없습니다. (입력값: "NO-SUCH-INDICATOR")');
    expect(messages[1]).toContain('주기(월)와 맞지 않습니다');
    expect(messages[2]).toContain('값의 형식이 올바르지 않습니다');
    expect(messages[4]).toContain('2행과 지표·기간이 같습니다');
    expect(messages[5]).toContain('2021-01 기간에는 이미 현행 값이 있습니다');
    expect(await stored()).toBe(before);
    expect(await values(monthly)).toEqual([{ period: '2021-01', value: '500', vintage: 1 }]);
  });

  it('answers in English when asked, for a sheet whose every row names an unknown indicator', async () => {
    const res = await importRows(sheet([{ indicatorCode: 'NOPE', period: '2021-02', value: 'x' }]), true, {
      'accept-language': 'en',
    });
    expect(res.data!.importObservations.rowErrors.map((e) => e.message)).toEqual([
      'Indicator code: no such record. (given: "NOPE")',
      'Value is not in the right format, e.g. 2769, 2,769 or 7.2',
    ]);
  });

  it('never writes on a dry run, even a clean one', async () => {
    const before = await stored();
    const res = await importRows(sheet(good), true);
    expect(res.data!.importObservations).toEqual({ imported: 0, rowErrors: [] });
    expect(await stored()).toBe(before);
  });

  it('writes the fixed sheet whole, each row audited as a created observation', async () => {
    const [before, auditsBefore] = [await stored(), await audited()];
    const res = await importRows(sheet(good), false);
    expect(res.data!.importObservations).toEqual({ imported: 3, rowErrors: [] });
    expect(await stored()).toBe(before + 3);
    expect(await audited()).toBe(auditsBefore + 3);
    const em = app.orm.em.fork();
    const row = await em.findOneOrFail(Observation, {
      period: '2021-03',
      indicator: { code: 'IMPORT-MONTHLY' },
    });
    const event = await em.findOneOrFail(AuditEvent, { entityId: row.id });
    expect([event.action, event.entityVersion, row.version]).toEqual(['CREATE', 1, 1]);
    expect(JSON.parse(event.after!)).toMatchObject({ period: '2021-03', value: '1234', status: 'FINAL' });
    expect(await values(monthly)).toEqual([
      { period: '2021-01', value: '500', vintage: 1 },
      { period: '2021-02', value: '612', vintage: 1 },
      { period: '2021-03', value: '1234', vintage: 1 },
    ]);
    // Imported again, the same sheet clashes with itself on record.
    const again = await importRows(sheet(good), true);
    expect(again.data!.importObservations.rowErrors.map((e) => e.code)).toEqual([
      'DUPLICATE_VINTAGE',
      'DUPLICATE_VINTAGE',
      'DUPLICATE_VINTAGE',
    ]);
  });

  it('refuses an empty sheet and one over the cap, with a clear error', async () => {
    const empty = await importRows([], true);
    expect(empty.errors![0]!.message).toBe('가져올 행이 없습니다.');
    const many = Array.from({ length: 5001 }, (_, i) => ({
      row: i + 2,
      indicatorCode: 'IMPORT-YEARLY',
      period: String(1000 + i),
      value: '1',
      status: 'FINAL',
      sourceCode,
    }));
    const before = await stored();
    const res = await importRows(many, false);
    expect(res.errors![0]!.message).toContain('한 번에 최대 5,000행까지 가져올 수 있습니다(5,001행)');
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toBe(before);
  });

  it('takes a full sheet of 5,000 rows in one transaction', async () => {
    const monthlyBulk = await createIndicator('IMPORT-BULK', 'MONTH');
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      row: i + 2,
      indicatorCode: 'IMPORT-BULK',
      period: `${1600 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: String(i),
      status: 'FINAL',
      sourceCode,
    }));
    // The documented JSON limit is reachable: 5,000 rows of figures fit in the 1 MiB request body.
    expect(
      Buffer.byteLength(JSON.stringify({ query: IMPORT, variables: { input: { rows, dryRun: false } } })),
    ).toBeLessThan(MAX_BODY_BYTES);
    const before = await stored();
    const res = await importRows(rows, false);
    expect(res.data!.importObservations).toEqual({ imported: 5000, rowErrors: [] });
    expect(await stored()).toBe(before + 5000);
    expect((await values(monthlyBulk)).at(-1)).toEqual({ period: '2016-08', value: '4999', vintage: 1 });
  }, 60_000);

  it('is for editors: a viewer is refused', async () => {
    const res = await app.as('VIEWER').gql<Imported>(IMPORT, { input: { rows: sheet(good), dryRun: true } });
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
