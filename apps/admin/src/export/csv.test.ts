import { ProgramArea } from '@bitgoeul/domain';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from './csv';
import { cellOf, codeColumn, column } from './exportColumns';
import { seoulDate } from './seoulTime';

/** Reads a CSV back with an independent parser, as a spreadsheet or another office's script would. */
function readBack(csv: string) {
  const bytes = new TextEncoder().encode(csv);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.slice(BOM.length), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bytes, text, rows: parsed.data };
}

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte-order mark and reads back with its Korean headers and values', () => {
    const csv = toCsv(
      ['코드', '이름(한국어)', '진척률(%)'],
      [
        ['GWANGJU-TYPE-JOBS', '광주형 일자리', 40],
        ['AI-INDUSTRY', 'AI 융복합단지', null],
      ],
    );
    const { bytes, text, rows } = readBack(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(rows).toEqual([
      ['코드', '이름(한국어)', '진척률(%)'],
      ['GWANGJU-TYPE-JOBS', '광주형 일자리', '40'],
      ['AI-INDUSTRY', 'AI 융복합단지', ''],
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks so each value stays in its cell', () => {
    const tricky = ['노사 "상생형", 일자리', '첫 줄\n둘째 줄', '1,000,000'];
    const { rows } = readBack(toCsv(['a', 'b', 'c'], [tricky]));
    expect(rows[1]).toEqual(tricky);
  });

  it('keeps text that looks like a formula from running in the spreadsheet, but not negative numbers', () => {
    const { rows } = readBack(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '@SUM(A1)', -7.2]]));
    expect(rows[1]).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)", '-7.2']);
  });
});

describe('export columns', () => {
  const record = {
    code: 'AI-INDUSTRY',
    name: { ko: 'AI 산업', en: null },
    area: 'AI',
    childOrders: ['FIRST', 'SECOND'],
    sourceIds: ['a', 'b'],
  };

  it('write code lists as their label in the UI language, and nested paths by their value', () => {
    expect(cellOf(record, codeColumn('area', ProgramArea), 'ko')).toBe('인공지능');
    expect(cellOf(record, codeColumn('area', ProgramArea), 'en')).toBe('Artificial intelligence');
    expect(cellOf(record, column('name.ko'), 'ko')).toBe('AI 산업');
    expect(cellOf(record, column('name.en'), 'ko')).toBeNull();
    expect(cellOf(record, column('sourceIds'), 'ko')).toBe('a, b');
  });

  it('name the file by the day in Seoul', () => {
    expect(seoulDate(new Date('2021-06-30T16:30:00Z'))).toBe('2021-07-01');
  });
});
