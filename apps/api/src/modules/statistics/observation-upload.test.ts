import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { adminSession, csvFile, upload, uploadForm, xlsxFile } from '../../../test/uploads.js';
import { Observation } from './indicator.entity.js';

type RowError = { row: number; column: string; code: string; message: string };
type Imported = { importObservations: { imported: number; rowErrors: RowError[] } };

const IMPORT = `mutation($input: ImportObservationsInput!) {
  importObservations(input: $input) { imported rowErrors { row column code message } } }`;

const KOREAN = ['지표 코드', '기간', '값', '상태', '출처 코드', '비고'];

describe.each(databaseKinds)('uploading a sheet of figures on $name', (kind) => {
  let app: TestApp;
  let session: Record<string, string>;
  let sourceCode: string;
  const stored = () => app.orm.em.fork().count(Observation, {});
  const send = (file: Blob, name: string, dryRun = false, headers?: Record<string, string>) =>
    upload<Imported>(app, session, uploadForm(IMPORT, { dryRun }, file, name), headers);
  const values = async (code: string) =>
    (
      await app.gql<{
        indicators: { nodes: { observations: { period: string; value: string; status: string }[] }[] };
      }>(
        'query($code: String!) { indicators(filter: { code: { eq: $code } }) { nodes { observations { period value status } } } }',
        { code },
      )
    ).data!.indicators.nodes[0]!.observations;

  beforeAll(async () => {
    app = await startTestApp(kind);
    session = await adminSession(app);
    const res = await app.gql<{
      programs: { nodes: { id: string; sources: { id: string; code: string }[] }[] };
    }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id code } } } }',
    );
    const program = res.data!.programs.nodes[0]!;
    sourceCode = program.sources[0]!.code;
    for (const [code, frequency] of [
      ['UPLOAD-MONTHLY', 'MONTH'],
      ['UPLOAD-YEARLY', 'YEAR'],
    ] as const) {
      const created = await app.gql<{ createIndicator: { userErrors: unknown[] } }>(
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { userErrors { field code } } }`,
        {
          input: {
            code,
            name: { ko: `지표 ${code}`, en: `Indicator ${code}` },
            unit: 'PERSONS',
            frequency,
            aggregation: 'SUM',
            subject: { type: 'PROGRAM', id: program.id },
            sourceIds: [program.sources[0]!.id],
          },
        },
      );
      expect(created.data!.createIndicator.userErrors).toEqual([]);
    }
  });
  afterAll(() => app?.close());

  it('commits a CSV with Korean headers and statuses written as labels', async () => {
    const before = await stored();
    const file = csvFile([
      KOREAN,
      ['UPLOAD-MONTHLY', '2021-02', '612', '확정', sourceCode, ''],
      ['UPLOAD-MONTHLY', '2021-03', '1,234', 'Provisional', sourceCode, '추정치'],
    ]);
    const res = await send(file, 'figures.csv');
    expect(res.data!.importObservations).toEqual({ imported: 2, rowErrors: [] });
    expect(await stored()).toBe(before + 2);
    expect(await values('UPLOAD-MONTHLY')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: '2021-02', value: '612', status: 'FINAL' }),
        expect.objectContaining({ period: '2021-03', value: '1234', status: 'PROVISIONAL' }),
      ]),
    );
  });

  it('commits an XLSX whose numbers keep the text the sheet stores', async () => {
    const file = xlsxFile({
      Figures: [
        ['indicatorCode', 'period', 'value', 'status', 'sourceCode'],
        ['UPLOAD-YEARLY', '2020', 7.2, 'FINAL', sourceCode],
        ['UPLOAD-YEARLY', 2021, 2769, '확정', sourceCode],
      ],
    });
    const res = await send(file, 'figures.xlsx');
    expect(res.data!.importObservations).toEqual({ imported: 2, rowErrors: [] });
    expect((await values('UPLOAD-YEARLY')).map((o) => [o.period, o.value])).toEqual(
      expect.arrayContaining([
        ['2020', '7.2'],
        ['2021', '2769'],
      ]),
    );
  });

  it("lists the reader's refusals (a status that is none) with the check's, by row, and writes nothing", async () => {
    const before = await stored();
    const file = csvFile([
      KOREAN,
      ['UPLOAD-MONTHLY', '2021-04', '10', '최종', sourceCode],
      ['UPLOAD-MONTHLY', '2021-05', 'ten', '확정', sourceCode],
      ['NO-SUCH-INDICATOR', '2021-06', '10', '확정', sourceCode],
      ['UPLOAD-MONTHLY', '2021-07', '10', '확정', sourceCode],
    ]);
    const res = await send(file, 'figures.csv');
    expect(res.data!.importObservations.imported).toBe(0);
    expect(
      res.data!.importObservations.rowErrors.map(({ row, column, code }) => ({ row, column, code })),
    ).toEqual([
      { row: 2, column: 'status', code: 'UNKNOWN_CODE' },
      { row: 3, column: 'value', code: 'INVALID_FORMAT' },
      { row: 4, column: 'indicatorCode', code: 'NOT_FOUND' },
    ]);
    expect(res.data!.importObservations.rowErrors[0]!.message).toBe(
      '상태에 알 수 없는 값입니다. 허용 값: 잠정, 확정, 추정, 전망',
    );
    const en = await send(file, 'figures.csv', false, { 'accept-language': 'en' });
    expect(en.data!.importObservations.rowErrors[0]!.message).toContain('Status');
    expect(await stored()).toBe(before);
  });

  it('refuses a file that is no spreadsheet and one that lacks a required column', async () => {
    const before = await stored();
    const pdf = await send(new Blob(['%PDF-1.7\n\u0000\u0001binary']), 'report.pdf');
    expect(pdf.errors![0]).toMatchObject({
      message: 'CSV(UTF-8) 또는 XLSX 파일만 가져올 수 있습니다.',
      extensions: { code: 'BAD_USER_INPUT', problem: 'fileType' },
    });
    const missing = await send(
      csvFile([
        ['지표 코드', '기간', '상태', '출처 코드'],
        ['X', '2021', '확정', 'A'],
      ]),
      'f.csv',
    );
    expect(missing.errors![0]!.message).toContain('필수 열이 없습니다: 값.');
    expect(await stored()).toBe(before);
  });
});
