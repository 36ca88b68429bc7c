import { describe, expect, it } from 'vitest';
import { programSheetRows } from './program-sheet-rows.js';
import { PROGRAM_COLUMNS } from './sheet-columns.js';
import { IMPORT_FILE_ROWS_MAX, mergeRowErrorsBy, TEMPLATE_EXAMPLE_MARK } from './sheet-rows.js';

const KOREAN = PROGRAM_COLUMNS.headers('ko');

describe('a sheet of programs read as rows for the API', () => {
  it('takes the Korean headers, sends area and status as codes, blank cells as null, and skips blank rows', () => {
    const read = programSheetRows([
      KOREAN,
      [
        'AI-TESTBED',
        '인공지능 실증 지원',
        'AI testbed support',
        '실증 장비를 빌려주는 사업',
        '',
        '인공지능',
        '추진 중',
        '2021-03-01',
        '2023-12-31',
        '',
        '',
        'AI-INDUSTRY',
        'HANKYUNG-2021-GWANGJU-FEATURE; GAZETTE',
        '45.5',
      ],
      [],
      ['DATA-CENTER', '데이터 센터', '', '국가 데이터 센터', '', 'ENERGY', 'Pipeline'],
    ]);
    expect(read).toEqual({
      ok: true,
      errors: [],
      rows: [
        {
          row: 2,
          code: 'AI-TESTBED',
          nameKo: '인공지능 실증 지원',
          nameEn: 'AI testbed support',
          summaryKo: '실증 장비를 빌려주는 사업',
          summaryEn: null,
          area: 'AI',
          status: 'IMPLEMENTATION',
          plannedStart: '2021-03-01',
          plannedEnd: '2023-12-31',
          actualStart: null,
          actualEnd: null,
          parentCode: 'AI-INDUSTRY',
          sourceCodes: 'HANKYUNG-2021-GWANGJU-FEATURE; GAZETTE',
          progress: '45.5',
        },
        {
          row: 4,
          code: 'DATA-CENTER',
          nameKo: '데이터 센터',
          nameEn: null,
          summaryKo: '국가 데이터 센터',
          summaryEn: null,
          area: 'ENERGY',
          status: 'PIPELINE',
          plannedStart: null,
          plannedEnd: null,
          actualStart: null,
          actualEnd: null,
          parentCode: null,
          sourceCodes: null,
          progress: null,
        },
      ],
    });
  });

  it('takes the API field names in any order with only the required columns, and older wordings', () => {
    const read = programSheetRows([
      ['status', 'area', '요약(한국어)', 'nameKo', 'code', '진척률'],
      ['완료', 'Sports', '체육관 건립', '체육관', 'GYM', '100'],
    ]);
    expect(read.ok && read.rows[0]).toMatchObject({
      code: 'GYM',
      summaryKo: '체육관 건립',
      area: 'SPORTS',
      status: 'COMPLETED',
      progress: '100',
      plannedStart: null,
    });
  });

  it('reads an Excel date as the day it is, the 1st of a month included', () => {
    const read = programSheetRows([
      ['code', 'nameKo', 'summaryKo', 'area', 'status', 'plannedStart', 'plannedEnd'],
      ['X', '가', '나', 'AI', 'PIPELINE', new Date(Date.UTC(2021, 3, 1)), new Date(Date.UTC(2021, 11, 31))],
    ]);
    expect(read.ok && [read.rows[0]!.plannedStart, read.rows[0]!.plannedEnd]).toEqual([
      '2021-04-01',
      '2021-12-31',
    ]);
  });

  it('sends an area or status it cannot read as written, for the server to name with the values it takes', () => {
    const read = programSheetRows([KOREAN.slice(0, 7), ['X', '가', '', '나', '', '농업', '']]);
    expect(read.ok && [read.rows[0]!.area, read.rows[0]!.status]).toEqual(['농업', '']);
  });

  it("refuses the template's example row left in the file, at the cell that marks it", () => {
    const read = programSheetRows(
      [
        ['코드', '이름(한국어)', '개요(한국어)', '개요(영어)', '분야', '상태'],
        ['AI-CAMPUS', 'AI 캠퍼스', '인공지능 교육 시설', TEMPLATE_EXAMPLE_MARK.ko, '인공지능', '추진 예정'],
        ['DATA-CENTER', '데이터 센터', '국가 데이터 센터', '', 'ENERGY', 'Pipeline'],
      ],
      IMPORT_FILE_ROWS_MAX,
      'en',
    );
    expect(read.ok && read.rows.map((r) => r.code)).toEqual(['DATA-CENTER']);
    expect(read.ok && read.errors).toEqual([
      {
        row: 2,
        column: 'summaryEn',
        code: 'INVALID',
        message: "This is the template's example row; delete it and choose the file again.",
      },
    ]);
  });

  it('refuses a sheet that lacks a required column, naming every one missing', () => {
    expect(
      programSheetRows([
        ['코드', '이름(한국어)', '분야'],
        ['X', '가', 'AI'],
      ]),
    ).toEqual({ ok: false, problem: { key: 'missingColumns', columns: ['summaryKo', 'status'] } });
  });

  it('refuses an empty sheet and more rows than the API takes at once', () => {
    expect(programSheetRows([KOREAN])).toEqual({ ok: false, problem: { key: 'empty' } });
    const rows = Array.from({ length: 5001 }, (_, i) => [`P-${i}`, '가', '나', 'AI', 'PIPELINE']);
    expect(programSheetRows([KOREAN, ...rows])).toEqual({
      ok: false,
      problem: { key: 'tooManyRows', count: 5001, max: 5000 },
    });
    // An uploaded file has its own, larger limit.
    expect(programSheetRows([KOREAN, ...rows], IMPORT_FILE_ROWS_MAX).ok).toBe(true);
  });

  it("lists the server's refusals by row and then by column as the template has them", () => {
    const error = (row: number, column: string) => ({ row, column, code: 'INVALID', message: '' });
    expect(
      mergeRowErrorsBy(PROGRAM_COLUMNS, [
        error(3, 'progress'),
        error(3, 'code'),
        error(2, 'parentCode'),
        error(3, 'area'),
      ]).map((e) => `${e.row}:${e.column}`),
    ).toEqual(['2:parentCode', '3:code', '3:area', '3:progress']);
  });
});
