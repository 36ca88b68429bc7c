import { TEMPLATE_EXAMPLE_MARK } from '@bitgoeul/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { adminSession, csvFile, upload, uploadForm } from '../../../test/uploads.js';

type RowError = { row: number; column: string; code: string; message: string };
type Answer = { imported: number; rowErrors: RowError[] };

const IMPORT_OBSERVATIONS = `mutation($input: ImportObservationsInput!) {
  importObservations(input: $input) { imported rowErrors { row column code message } } }`;
const IMPORT_PROGRAMS = `mutation($input: ImportProgramsInput!) {
  importPrograms(input: $input) { imported rowErrors { row column code message } } }`;
const UNKNOWN_SOURCE = Buffer.from('Source:00000000-0000-4000-8000-000000000000').toString('base64');

/**
 * One source for the whole sheet (sourceId): the import page picks it, so a sheet needs no source
 * column; a row's own source code still wins, and a source that does not exist refuses the sheet.
 */
describe.each(databaseKinds)('a source for the whole sheet on $name', (kind) => {
  let app: TestApp;
  let session: Record<string, string>;
  const ids: Record<string, string> = {};

  const createSource = async (code: string, title: string) => {
    const res = await app.gql<{ createSource: { source: { id: string } | null; userErrors: unknown[] } }>(
      'mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } userErrors { code } } }',
      { input: { code, title, kind: 'OFFICIAL_STATISTICS', publishedOn: '2021-07-28' } },
    );
    expect(res.data!.createSource.userErrors).toEqual([]);
    return res.data!.createSource.source!.id;
  };
  const figures = async (code: string) =>
    (
      await app.gql<{
        indicators: {
          nodes: { observations: { period: string; value: string; source: { code: string } }[] }[];
        };
      }>(
        'query($code: String!) { indicators(filter: { code: { eq: $code } }) { nodes { observations { period value source { code } } } } }',
        { code },
      )
    ).data!.indicators.nodes[0]!.observations;
  const observationsUpload = (file: Blob, input: Record<string, unknown>, headers?: Record<string, string>) =>
    upload<{ importObservations: Answer }>(
      app,
      session,
      uploadForm(IMPORT_OBSERVATIONS, input, file, 'figures.csv'),
      headers,
    );

  beforeAll(async () => {
    app = await startTestApp(kind);
    session = await adminSession(app);
    ids.file = await createSource('SHEET-KOSIS-2021-05', '2021년 5월 인구동향');
    ids.row = await createSource('SHEET-KOSIS-2021-06', '2021년 6월 인구동향');
    const programs = await app.gql<{ programs: { nodes: { id: string }[] } }>(
      '{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id } } }',
    );
    const created = await app.gql<{ createIndicator: { userErrors: unknown[] } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { userErrors { field code } } }`,
      {
        input: {
          code: 'SHEET-BIRTHS',
          name: { ko: '출생아 수(시험)' },
          unit: 'PERSONS',
          frequency: 'MONTH',
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: programs.data!.programs.nodes[0]!.id },
          sourceIds: [ids.file],
        },
      },
    );
    expect(created.data!.createIndicator.userErrors).toEqual([]);
  });
  afterAll(() => app?.close());

  it('cites the chosen source in every row of a sheet without a source column; a row’s own code wins', async () => {
    const file = csvFile([
      ['지표 코드', '기간', '값', '상태', '출처 코드'],
      ['SHEET-BIRTHS', '2021년 1~5월', '3,412', '확정', ''],
      ['SHEET-BIRTHS', '2021-06', '702', '잠정', 'SHEET-KOSIS-2021-06'],
    ]);
    const dry = await observationsUpload(file, { dryRun: true, sourceId: ids.file });
    expect(dry.data!.importObservations).toEqual({ imported: 0, rowErrors: [] });
    const done = await observationsUpload(
      csvFile([
        ['지표 코드', '기간', '값', '상태'],
        ['SHEET-BIRTHS', '2021년 1~5월', '3,412', '확정'],
      ]),
      { dryRun: false, sourceId: ids.file },
    );
    expect(done.data!.importObservations).toEqual({ imported: 1, rowErrors: [] });
    const rows = await app.gql<Record<string, { imported: number; rowErrors: RowError[] }>>(
      IMPORT_OBSERVATIONS,
      {
        input: {
          dryRun: false,
          sourceId: ids.file,
          rows: [
            {
              row: 2,
              indicatorCode: 'SHEET-BIRTHS',
              period: '2021-06',
              value: '702',
              status: 'PROVISIONAL',
              sourceCode: 'SHEET-KOSIS-2021-06',
            },
          ],
        },
      },
    );
    expect(rows.data!.importObservations).toEqual({ imported: 1, rowErrors: [] });
    expect(await figures('SHEET-BIRTHS')).toEqual([
      { period: '2021-01/2021-05', value: '3412', source: { code: 'SHEET-KOSIS-2021-05' } },
      { period: '2021-06', value: '702', source: { code: 'SHEET-KOSIS-2021-06' } },
    ]);
  });

  it('refuses a row without a source when the sheet names none, and a sheet naming a source that does not exist', async () => {
    const before = (await figures('SHEET-BIRTHS')).length;
    const sheet = csvFile([
      ['지표 코드', '기간', '값', '상태'],
      ['SHEET-BIRTHS', '2021-07', '650', '확정'],
    ]);
    const none = await observationsUpload(sheet, { dryRun: false }, { 'accept-language': 'ko' });
    expect(none.data!.importObservations).toEqual({
      imported: 0,
      rowErrors: [
        { row: 2, column: 'sourceCode', code: 'REQUIRED', message: '출처 코드은(는) 필수 항목입니다.' },
      ],
    });
    const unknown = await observationsUpload(
      sheet,
      { dryRun: false, sourceId: UNKNOWN_SOURCE },
      {
        'accept-language': 'ko',
      },
    );
    expect(unknown.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.message).toBe(
      '파일 전체에 지정한 출처(sourceId)를 찾을 수 없습니다. 출처를 다시 고르십시오.',
    );
    expect((await figures('SHEET-BIRTHS')).length).toBe(before);
  });

  it("refuses the template's example row left in the file, writing nothing", async () => {
    const before = (await figures('SHEET-BIRTHS')).length;
    const res = await observationsUpload(
      csvFile([
        ['지표 코드', '기간', '값', '상태', '비고'],
        ['SHEET-BIRTHS', '2021년 1~8월', '5,000', '확정', TEMPLATE_EXAMPLE_MARK.ko],
        ['SHEET-BIRTHS', '2021-09', '600', '확정', ''],
      ]),
      { dryRun: false, sourceId: ids.file },
      { 'accept-language': 'ko' },
    );
    expect(res.data!.importObservations.imported).toBe(0);
    expect(res.data!.importObservations.rowErrors).toEqual([
      { row: 2, column: 'note', code: 'INVALID', message: expect.stringContaining('서식의 예시 행입니다') },
    ]);
    expect((await figures('SHEET-BIRTHS')).length).toBe(before);
  });

  it('gives programs without source codes the chosen source, and keeps the codes a row names', async () => {
    const res = await upload<{ importPrograms: Answer }>(
      app,
      session,
      uploadForm(
        IMPORT_PROGRAMS,
        { dryRun: false, sourceId: ids.file },
        csvFile([
          ['코드', '이름(한국어)', '개요(한국어)', '분야', '상태', '출처 코드'],
          ['SHEET-PROGRAM-A', '시험 사업 가', '출처 시험', '인공지능', '추진 예정', ''],
          ['SHEET-PROGRAM-B', '시험 사업 나', '출처 시험', '인공지능', '추진 예정', 'SHEET-KOSIS-2021-06'],
        ]),
        'programs.csv',
      ),
    );
    expect(res.data!.importPrograms).toEqual({ imported: 2, rowErrors: [] });
    const programs = await app.gql<{ programs: { nodes: { code: string; sources: { code: string }[] }[] } }>(
      '{ programs(filter: { code: { in: ["SHEET-PROGRAM-A", "SHEET-PROGRAM-B"] } }) { nodes { code sources { code } } } }',
    );
    expect(programs.data!.programs.nodes).toEqual([
      { code: 'SHEET-PROGRAM-A', sources: [{ code: 'SHEET-KOSIS-2021-05' }] },
      { code: 'SHEET-PROGRAM-B', sources: [{ code: 'SHEET-KOSIS-2021-06' }] },
    ]);
    const refused = await app.gql(IMPORT_PROGRAMS, {
      input: {
        dryRun: true,
        sourceId: UNKNOWN_SOURCE,
        rows: [
          { row: 2, code: 'SHEET-PROGRAM-C', nameKo: '다', summaryKo: '다', area: 'AI', status: 'PIPELINE' },
        ],
      },
    });
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('does not let a viewer import, whatever the source', async () => {
    const res = await app.as('VIEWER').gql(IMPORT_OBSERVATIONS, {
      input: {
        dryRun: false,
        sourceId: ids.file,
        rows: [{ row: 2, indicatorCode: 'SHEET-BIRTHS', period: '2021-10', value: '1', status: 'FINAL' }],
      },
    });
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
