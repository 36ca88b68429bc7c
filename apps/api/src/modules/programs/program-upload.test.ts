import { IMPORT_FILE_BYTES_MAX, IMPORT_FILE_ROWS_MAX, PROGRAM_COLUMNS } from '@bitgoeul/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { adminSession, csvFile, upload, uploadForm, xlsxFile } from '../../../test/uploads.js';
import { ARTICLE_SOURCE } from '../../db/seed/sources.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { Program } from './program.entity.js';

type RowError = { row: number; column: string; code: string; message: string };
type Imported = { importPrograms: { imported: number; rowErrors: RowError[] } };

const IMPORT = `mutation($input: ImportProgramsInput!) {
  importPrograms(input: $input) { imported rowErrors { row column code message } } }`;

const KOREAN = PROGRAM_COLUMNS.headers('ko');
const ENGLISH = PROGRAM_COLUMNS.headers('en');

/** A row under the Korean template's headers, area and status as people write them. */
const koreanRow = (code: string, more: Partial<Record<string, string>> = {}) =>
  KOREAN.map((_, i) => {
    const key = PROGRAM_COLUMNS.specs[i]!.key;
    const defaults: Record<string, string> = {
      code,
      nameKo: `업로드 사업 ${code}`,
      summaryKo: '파일을 올려 등록한 사업',
      area: '인공지능',
      status: '추진 중',
    };
    return more[key] ?? defaults[key] ?? '';
  });

describe.each(databaseKinds)('uploading a sheet of programs on $name', (kind) => {
  let app: TestApp;
  let session: Record<string, string>;
  const stored = (codes?: string[]) =>
    app.orm.em.fork().count(Program, codes ? { code: { $in: codes } } : {});
  const audited = () => app.orm.em.fork().count(AuditEvent, { entityType: 'Program', action: 'CREATE' });
  const send = (file: Blob, name: string, dryRun = false, headers?: Record<string, string>) =>
    upload<Imported>(app, session, uploadForm(IMPORT, { dryRun }, file, name), headers);

  beforeAll(async () => {
    app = await startTestApp(kind);
    session = await adminSession(app);
  });
  afterAll(() => app?.close());

  it('commits a CSV with Korean headers, labels for area and status, and a percent', async () => {
    const before = { programs: await stored(), audited: await audited() };
    const file = csvFile([
      KOREAN,
      koreanRow('UPLOAD-CSV-PARENT', { plannedStart: '2021-03-01', progress: '45.5%' }),
      [],
      koreanRow('UPLOAD-CSV-CHILD', {
        nameEn: 'Uploaded child',
        parentCode: 'UPLOAD-CSV-PARENT',
        sourceCodes: ARTICLE_SOURCE,
        status: 'Completed',
        area: 'JOBS_MOBILITY',
      }),
    ]);
    const dry = await send(file, 'programs.csv', true);
    expect(dry.data!.importPrograms).toEqual({ imported: 0, rowErrors: [] });
    expect(await stored()).toBe(before.programs);

    const res = await send(file, 'programs.csv');
    expect(res.status).toBe(200);
    expect(res.data!.importPrograms).toEqual({ imported: 2, rowErrors: [] });
    expect(await stored()).toBe(before.programs + 2);
    expect(await audited()).toBe(before.audited + 2);
    const read = await app.gql<{
      programs: { nodes: { code: string; area: string; status: string; progress: number | null }[] };
    }>(
      '{ programs(filter: { code: { in: ["UPLOAD-CSV-PARENT", "UPLOAD-CSV-CHILD"] } }) { nodes { code area status progress parent { code } } } }',
    );
    expect(read.data!.programs.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'UPLOAD-CSV-PARENT',
          area: 'AI',
          status: 'IMPLEMENTATION',
          progress: 45.5,
        }),
        expect.objectContaining({
          code: 'UPLOAD-CSV-CHILD',
          area: 'JOBS_MOBILITY',
          status: 'COMPLETED',
          parent: { code: 'UPLOAD-CSV-PARENT' },
        }),
      ]),
    );
  });

  it('commits an XLSX with English headers and numeric cells', async () => {
    const file = xlsxFile({
      Programs: [
        ENGLISH.slice(0, 7).concat('Progress'),
        ['UPLOAD-XLSX-A', '엑셀 사업', 'Excel program', '엑셀로 올린 사업', '', 'Sports', 'Pipeline', 100],
        ['UPLOAD-XLSX-B', '엑셀 사업 2', null, '엑셀로 올린 두 번째 사업', null, 'AI', 'PIPELINE', 7.25],
      ],
    });
    const res = await send(file, 'programs.xlsx');
    expect(res.data!.importPrograms).toEqual({ imported: 2, rowErrors: [] });
    const read = await app.gql<{ programs: { nodes: { code: string; area: string; progress: number }[] } }>(
      '{ programs(filter: { code: { in: ["UPLOAD-XLSX-A", "UPLOAD-XLSX-B"] } }, orderBy: { field: CODE, direction: ASC }) { nodes { code area progress } } }',
    );
    expect(read.data!.programs.nodes).toEqual([
      { code: 'UPLOAD-XLSX-A', area: 'SPORTS', progress: 100 },
      { code: 'UPLOAD-XLSX-B', area: 'AI', progress: 7.25 },
    ]);
  });

  it('names every bad cell by its row and column and writes nothing', async () => {
    const before = await stored();
    const file = csvFile([
      KOREAN,
      koreanRow('UPLOAD-BAD-OK'),
      koreanRow('UPLOAD-BAD-ROW', { area: '농업', plannedStart: '2021-13-01', progress: '많이' }),
      koreanRow('UPLOAD-BAD-OK'),
    ]);
    const res = await send(file, 'programs.csv');
    expect(res.data!.importPrograms.imported).toBe(0);
    expect(
      res.data!.importPrograms.rowErrors.map(({ row, column, code }) => ({ row, column, code })),
    ).toEqual([
      { row: 3, column: 'area', code: 'UNKNOWN_CODE' },
      { row: 3, column: 'plannedStart', code: 'INVALID_DATE' },
      { row: 3, column: 'progress', code: 'INVALID_FORMAT' },
      { row: 4, column: 'code', code: 'DUPLICATE' },
    ]);
    expect(res.data!.importPrograms.rowErrors[0]!.message).toContain('농업');
    expect(await stored()).toBe(before);
  });

  it('refuses a file that is no spreadsheet, in Korean by default and in English when asked', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);
    const before = await stored();
    for (const name of ['logo.png', 'logo.csv']) {
      const ko = await send(png, name);
      expect(ko.errors![0]).toMatchObject({
        message: 'CSV(UTF-8) 또는 XLSX 파일만 가져올 수 있습니다.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'file', problem: 'fileType' },
      });
    }
    const en = await send(png, 'logo.png', false, { 'accept-language': 'en' });
    expect(en.errors![0]!.message).toBe('Only a CSV (UTF-8) or XLSX file can be imported.');
    // A file named .xlsx that is not a workbook cannot be read.
    const broken = await send(new Blob(['PK\u0003\u0004 not really a zip']), 'programs.xlsx');
    expect(broken.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'unreadable' });
    expect(broken.errors![0]!.message).toContain('파일을 읽을 수 없습니다');
    expect(await stored()).toBe(before);
  });

  it('refuses an empty file, a file without a required column and a workbook of two sheets', async () => {
    const empty = await send(new Blob([]), 'programs.csv');
    expect(empty.errors![0]).toMatchObject({
      message: '가져올 행이 없습니다.',
      extensions: { problem: 'empty' },
    });
    const headersOnly = await send(csvFile([KOREAN]), 'programs.csv');
    expect(headersOnly.errors![0]!.extensions).toMatchObject({ problem: 'empty' });
    const missing = await send(
      csvFile([
        ['코드', '이름(한국어)', '분야'],
        ['X', '가', 'AI'],
      ]),
      'p.csv',
    );
    expect(missing.errors![0]!.message).toContain('필수 열이 없습니다: 개요(한국어), 상태');
    expect(missing.errors![0]!.extensions).toMatchObject({ columns: ['summaryKo', 'status'] });
    const two = await send(xlsxFile({ A: [ENGLISH], B: [ENGLISH] }), 'programs.xlsx');
    expect(two.errors![0]!.extensions).toMatchObject({ problem: 'sheets' });
  });

  it('takes exactly one of file and rows', async () => {
    const both = await upload<Imported>(
      app,
      session,
      uploadForm(IMPORT, { dryRun: true, rows: [] }, csvFile([KOREAN, koreanRow('X')]), 'p.csv'),
    );
    expect(both.errors![0]).toMatchObject({
      message: 'file(업로드한 파일)과 rows(행 목록) 중 하나만 보내십시오.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const neither = await app.gql<Imported>(IMPORT, { input: { dryRun: true } });
    expect(neither.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // A file is a file part of a multipart request, never a string in JSON variables.
    const text = await app.gql<Imported>(IMPORT, { input: { dryRun: true, file: 'code,nameKo' } });
    expect(text.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses more rows than a file may hold, before any is checked, and writes nothing', async () => {
    const before = await stored();
    const rows = Array.from({ length: IMPORT_FILE_ROWS_MAX + 1 }, (_, i) => [
      `OVER-${i}`,
      '가',
      '나',
      'AI',
      'PIPELINE',
    ]);
    const res = await send(csvFile([['code', 'nameKo', 'summaryKo', 'area', 'status'], ...rows]), 'p.csv');
    expect(res.errors![0]).toMatchObject({
      message: '한 번에 최대 50,000행까지 가져올 수 있습니다(50,001행). 파일을 나누어 가져오십시오.',
      extensions: { code: 'BAD_USER_INPUT', problem: 'tooManyRows', max: 50_000 },
    });
    expect(await stored()).toBe(before);
  });

  it("answers 413 to a file over the size limit, in the caller's language, and writes nothing", async () => {
    const before = await stored();
    const big = new Blob([`code\r\n${'A'.repeat(IMPORT_FILE_BYTES_MAX)}\r\n`], { type: 'text/csv' });
    const res = await send(big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.errors![0]).toMatchObject({
      message: '파일이 너무 큽니다. 최대 20,971,520바이트(20 MiB)까지 가져올 수 있습니다.',
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
    });
    const en = await send(big, 'big.csv', false, { 'accept-language': 'en' });
    expect(en.errors![0]!.message).toContain('The file is too large');
    expect(await stored()).toBe(before);
  });

  it('still takes the rows as JSON', async () => {
    const res = await app.gql<Imported>(IMPORT, {
      input: {
        dryRun: false,
        rows: [
          {
            row: 2,
            code: 'UPLOAD-JSON',
            nameKo: '행으로',
            summaryKo: '행으로 보낸 사업',
            area: 'AI',
            status: 'PIPELINE',
          },
        ],
      },
    });
    expect(res.data!.importPrograms).toEqual({ imported: 1, rowErrors: [] });
    expect(await stored(['UPLOAD-JSON'])).toBe(1);
  });
});
