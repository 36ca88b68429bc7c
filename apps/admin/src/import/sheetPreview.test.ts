import {
  OBSERVATION_COLUMNS,
  observationSheetRows,
  PROGRAM_COLUMNS,
  programSheetRows,
} from '@bitgoeul/domain';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './readSheet';
import { PREVIEW_ROWS, sheetPreview } from './SheetPreview';
import { templateCsv } from './template';

describe('the import preview', () => {
  it('shows the columns the header names, unknown ones as null, and the first rows with their own numbers', () => {
    const cells = [
      [],
      ['지표 코드', '기간', '값', '상태', '메모장'],
      ...Array.from({ length: 25 }, (_, i) => [
        'GWANGJU-BIRTHS',
        `2021-${String((i % 12) + 1).padStart(2, '0')}`,
        `${i}`,
        '확정',
        '',
      ]),
    ];
    const preview = sheetPreview(cells, OBSERVATION_COLUMNS);
    expect(preview.headers.map((h) => h.column)).toEqual([
      'indicatorCode',
      'period',
      'value',
      'status',
      null,
    ]);
    expect(preview.total).toBe(25);
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.rows[0]).toEqual({ row: 3, cells: ['GWANGJU-BIRTHS', '2021-01', '0', '확정', ''] });
  });
});

describe('the import templates', () => {
  it('carry an example row that reads like a real one and is refused if left in', () => {
    const csv = templateCsv('ko', OBSERVATION_COLUMNS, {
      indicatorCode: 'GWANGJU-BIRTHS',
      period: '2021년 1~5월',
      value: '3,412',
      status: '확정',
      note: '예시 행: 이 행을 지우고 입력하십시오',
    });
    expect(csv).toBe(
      '\uFEFF지표 코드,기간,값,상태,출처 코드,비고\r\nGWANGJU-BIRTHS,2021년 1~5월,"3,412",확정,,예시 행: 이 행을 지우고 입력하십시오\r\n',
    );
    const read = observationSheetRows(parseCsv(csv.slice(1)), 'ko');
    expect(read.ok && [read.rows, read.errors.map((e) => [e.row, e.column])]).toEqual([[], [[2, 'note']]]);
    expect(templateCsv('en', PROGRAM_COLUMNS)).toBe(`\uFEFF${PROGRAM_COLUMNS.headers('en').join(',')}\r\n`);
    const programs = programSheetRows(
      parseCsv(
        templateCsv('ko', PROGRAM_COLUMNS, {
          code: 'X',
          summaryEn: '예시 행: 이 행을 지우고 입력하십시오',
        }).slice(1),
      ),
    );
    expect(programs.ok && [programs.rows, programs.errors.map((e) => e.column)]).toEqual([[], ['summaryEn']]);
  });
});
