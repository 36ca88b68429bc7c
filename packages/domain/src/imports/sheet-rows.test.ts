import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS } from './sheet-columns.js';
import { mergeRowErrorsBy, observationSheetRows as sheetRows, TEMPLATE_EXAMPLE_MARK } from './sheet-rows.js';

const KOREAN = ['지표 코드', '기간', '값', '상태', '출처 코드', '비고'];
const ENGLISH = ['indicatorCode', 'period', 'value', 'status', 'sourceCode', 'note'];

describe('a sheet read as rows for the API', () => {
  it('takes Korean headers, keeps each row its sheet row number, and skips blank rows', () => {
    const read = sheetRows(
      [
        KOREAN,
        ['GWANGJU-BIRTHS', '2021-05', '1,234', '확정', 'ARTICLE', ''],
        [],
        ['GWANGJU-BIRTHS', '2021-06', '700', '잠정', 'ARTICLE', '추정'],
      ],
      'ko',
    );
    expect(read).toEqual({
      ok: true,
      errors: [],
      rows: [
        {
          row: 2,
          indicatorCode: 'GWANGJU-BIRTHS',
          period: '2021-05',
          value: '1,234',
          status: 'FINAL',
          sourceCode: 'ARTICLE',
          note: null,
        },
        {
          row: 4,
          indicatorCode: 'GWANGJU-BIRTHS',
          period: '2021-06',
          value: '700',
          status: 'PROVISIONAL',
          sourceCode: 'ARTICLE',
          note: '추정',
        },
      ],
    });
  });

  it('takes English headers in any order and case, statuses as codes or labels, and no note column', () => {
    const read = sheetRows(
      [
        ['Status', 'VALUE', 'source_code', 'Period', 'indicatorcode'],
        ['final', '2769', 'A', '2021', 'X'],
        ['Forecast', '1', 'A', '2022', 'X'],
        ['추정', '2', 'A', '2023', 'X'],
      ],
      'ko',
    );
    expect(read.ok && read.rows.map((r) => r.status)).toEqual(['FINAL', 'FORECAST', 'ESTIMATED']);
  });

  it('reads a header with a byte-order mark, and what our own CSV export guards with an apostrophe', () => {
    const read = sheetRows(
      [
        [`\uFEFF${KOREAN[0]}`, ...KOREAN.slice(1)],
        ['X', '2021', "'-3", '확정', 'A'],
      ],
      'ko',
    );
    expect(read.ok && read.rows[0]!.value).toBe('-3');
  });

  it('reads an Excel date in the period column as the month Excel made of "2021-04"', () => {
    const read = sheetRows(
      [
        ENGLISH,
        ['X', new Date(Date.UTC(2021, 3, 1)), 5, 'FINAL', 'A'],
        ['X', new Date(Date.UTC(2021, 3, 9)), 5, 'FINAL', 'A'],
      ],
      'ko',
    );
    expect(read.ok && read.rows.map((r) => [r.period, r.value])).toEqual([
      ['2021-04', '5'],
      ['2021-04-09', '5'],
    ]);
  });

  it('reads a sheet without a source code column: the page names one source for the whole file', () => {
    const read = sheetRows(
      [
        ['지표 코드', '기간', '값', '상태'],
        ['X', '2021년 1~5월', '3,412', '확정'],
      ],
      'ko',
    );
    expect(read.ok && read.rows).toEqual([
      {
        row: 2,
        indicatorCode: 'X',
        period: '2021년 1~5월',
        value: '3,412',
        status: 'FINAL',
        sourceCode: '',
        note: null,
      },
    ]);
  });

  it("refuses the template's example row, in either language, and reads the rows after it", () => {
    const read = sheetRows(
      [
        ['지표 코드', '기간', '값', '상태', '비고'],
        ['GWANGJU-BIRTHS', '2021년 1~5월', '3,412', '확정', TEMPLATE_EXAMPLE_MARK.ko],
        ['GWANGJU-BIRTHS', '2021년 1~6월', '4,100', '잠정', TEMPLATE_EXAMPLE_MARK.en],
        ['GWANGJU-BIRTHS', '2021년 1~7월', '4,800', '잠정', ''],
      ],
      'ko',
    );
    expect(read.ok && read.rows.map((r) => r.row)).toEqual([4]);
    expect(read.ok && read.errors).toEqual([
      { row: 2, column: 'note', code: 'INVALID', message: expect.stringContaining('서식의 예시 행입니다') },
      { row: 3, column: 'note', code: 'INVALID', message: expect.stringContaining('서식의 예시 행입니다') },
    ]);
  });

  it('refuses a sheet that lacks a required column, naming it', () => {
    expect(
      sheetRows(
        [
          ['지표 코드', '기간', '상태', '출처 코드'],
          ['X', '2021', '확정', 'A'],
        ],
        'ko',
      ),
    ).toEqual({
      ok: false,
      problem: { key: 'missingColumns', columns: ['value'] },
    });
  });

  it('refuses an empty file and one with headers only', () => {
    expect(sheetRows([], 'ko')).toEqual({ ok: false, problem: { key: 'empty' } });
    expect(sheetRows([[''], []], 'ko')).toEqual({ ok: false, problem: { key: 'empty' } });
    expect(sheetRows([KOREAN, ['', '']], 'ko')).toEqual({ ok: false, problem: { key: 'empty' } });
  });

  it('refuses more rows than the API takes at once: 5,000 as JSON rows, or the limit a caller gives', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => ['X', String(1000 + i), '1', '확정', 'A']);
    expect(sheetRows([KOREAN, ...rows.slice(0, 5000)], 'ko').ok).toBe(true);
    expect(sheetRows([KOREAN, ...rows], 'ko')).toEqual({
      ok: false,
      problem: { key: 'tooManyRows', count: 5001, max: 5000 },
    });
    expect(sheetRows([KOREAN, ...rows.slice(0, 11)], 'ko', 10)).toEqual({
      ok: false,
      problem: { key: 'tooManyRows', count: 11, max: 10 },
    });
  });

  it('refuses a status it cannot read, in Korean, and does not send that row', () => {
    const read = sheetRows([KOREAN, ['X', '2021', '1', '최종', 'A'], ['X', '2022', '1', '', 'A']], 'ko');
    expect(read.ok && read.rows).toEqual([]);
    expect(read.ok && read.errors).toEqual([
      {
        row: 2,
        column: 'status',
        code: 'UNKNOWN_CODE',
        message: '상태에 알 수 없는 값입니다. 허용 값: 잠정, 확정, 추정, 전망',
      },
      { row: 3, column: 'status', code: 'REQUIRED', message: '상태은(는) 필수 항목입니다.' },
    ]);
  });

  it("lists this page's and the server's refusals together, by row and then by column", () => {
    const error = (row: number, column: string) => ({ row, column, code: 'INVALID', message: '' });
    expect(
      mergeRowErrorsBy(
        OBSERVATION_COLUMNS,
        [error(3, 'status')],
        [error(3, 'value'), error(2, 'sourceCode'), error(3, 'indicatorCode')],
      ).map((e) => `${e.row}:${e.column}`),
    ).toEqual(['2:sourceCode', '3:indicatorCode', '3:value', '3:status']);
  });
});
