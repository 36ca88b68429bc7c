import { readFileSync } from 'node:fs';
import { OBSERVATION_COLUMNS, observationSheetRows as sheetRows } from '@bitgoeul/domain';
import { DOMParser } from '@xmldom/xmldom';
import { buildSchema, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CHART_QUERY, KPI_CHARTS_QUERY } from '../charts/indicatorChartData';
import { IMPORT_OBSERVATIONS_MUTATION, INDICATORS_BY_CODE_QUERY } from './importDocuments';
import { decodeCsv, parseCsv, readSheet } from './readSheet';
import { templateCsv } from './template';
import { xlsxFixture } from './xlsxFixture';

const HEADER = '지표 코드,기간,값,상태,출처 코드';
const file = (content: BlobPart, name: string) => new File([content], name);

beforeAll(() => {
  // The XLSX reader's browser build parses with the browser's DOMParser; Node has none of its own.
  globalThis.DOMParser ??= DOMParser as unknown as typeof globalThis.DOMParser;
});

describe('reading a chosen file', () => {
  it('reads CSV as UTF-8, with or without a BOM', async () => {
    for (const text of [
      `\uFEFF${HEADER}\r\nX,2021,"1,234",확정,A\r\n`,
      `${HEADER}\nX,2021,"1,234",확정,A\n`,
    ]) {
      const read = await readSheet(file(text, 'figures.csv'));
      expect(read.ok && read.cells.slice(0, 2)).toEqual([
        HEADER.split(','),
        ['X', '2021', '1,234', '확정', 'A'],
      ]);
    }
  });

  it('reads a CSV Excel saved as EUC-KR rather than mojibake', () => {
    const bytes = Buffer.from('c1f6c7a520c4dab5e52cb1e2b0a32cb0aa2cbbf3c5c22cc3e2c3b320c4dab5e5', 'hex');
    expect(decodeCsv(bytes)).toBe(HEADER);
  });

  it('offers a template with a BOM and the Korean headers, which reads back as every column', () => {
    const csv = templateCsv('ko', OBSERVATION_COLUMNS);
    expect(csv.startsWith('\uFEFF지표 코드,기간,값,상태,출처 코드,비고\r\n')).toBe(true);
    // Headers only: every column is found, and the file says it has no rows yet.
    expect(sheetRows(parseCsv(decodeCsv(new TextEncoder().encode(csv))), 'ko')).toEqual({
      ok: false,
      problem: { key: 'empty' },
    });
  });

  it('reads the one sheet of an XLSX, numbers as the text the sheet stores', async () => {
    const bytes = xlsxFixture({ 관측값: [HEADER.split(','), ['X', 2021, 7.25, '확정', 'A']] });
    const read = await readSheet(file(bytes, 'figures.xlsx'));
    expect(read.ok && read.cells).toEqual([HEADER.split(','), ['X', '2021', '7.25', '확정', 'A']]);
  });

  it('refuses an XLSX with a second sheet, naming the sheets', async () => {
    const bytes = xlsxFixture({ 관측값: [HEADER.split(',')], 메모: [['참고']] });
    expect(await readSheet(file(bytes, 'figures.xlsx'))).toEqual({
      ok: false,
      problem: { key: 'sheets', names: ['관측값', '메모'] },
    });
  });

  it('refuses other kinds of file, and a file that is not what its name says', async () => {
    expect(await readSheet(file('x', 'figures.xls'))).toEqual({ ok: false, problem: { key: 'fileType' } });
    const broken = await readSheet(file('not a zip', 'figures.xlsx'));
    expect(!broken.ok && broken.problem.key).toBe('unreadable');
  });
});

describe('the documents the import page and the charts send', () => {
  const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
  it.each(
    Object.entries({
      IMPORT_OBSERVATIONS_MUTATION,
      INDICATORS_BY_CODE_QUERY,
      INDICATOR_CHART_QUERY,
      KPI_CHARTS_QUERY,
    }),
  )('%s is valid against apps/api/schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
