import { describe, expect, it } from 'vitest';
import { type FigureVintage, figureSheet, xlsxValue } from './figuresExport';
import { seoulDateTime } from './seoulTime';

const vintage = (over: Partial<FigureVintage>): FigureVintage => ({
  period: '2021-01/2021-04',
  periodLabel: '2021년 1~4월',
  value: '2769',
  status: 'PROVISIONAL',
  vintage: 1,
  recordedAt: '2021-05-20T01:00:00.000Z',
  supersededAt: null,
  note: null,
  source: { title: '광주광역시 보도자료' },
  ...over,
});

describe('figureSheet', () => {
  it('lists every vintage, by period then vintage, with Gwangju times and exact values', () => {
    const sheet = figureSheet(
      { code: 'BIRTHS-GWANGJU', unitLabel: '명' },
      [
        vintage({ period: '2021-01/2021-05', periodLabel: '2021년 1~5월', value: '3400.50', vintage: 2 }),
        vintage({ vintage: 2, value: '2770', recordedAt: '2021-06-01T15:30:00.000Z' }),
        vintage({ supersededAt: '2021-06-01T15:30:00.000Z' }),
      ],
      'ko',
    );
    expect(sheet.header[0]).toBe('지표 코드');
    expect(sheet.rows.map((r) => [r[2], r[3], r[6]])).toEqual([
      ['2021-01/2021-04', '2769', 1],
      ['2021-01/2021-04', '2770', 2],
      ['2021-01/2021-05', '3400.50', 2],
    ]);
    // 01:00 UTC is 10:00 in Gwangju; a superseded vintage says when it was replaced.
    expect(sheet.rows[0]![7]).toBe('2021-05-20 10:00:00');
    expect(sheet.rows[0]![8]).toBe('2021-06-02 00:30:00');
    expect(sheet.rows[0]![5]).toBe('잠정');
  });

  it('heads the columns in English in the English panel', () => {
    expect(figureSheet({ code: 'X1', unitLabel: 'persons' }, [], 'en').header).toContain('Superseded at');
  });
});

describe('xlsxValue', () => {
  it('keeps a value a number only when nothing is lost', () => {
    expect(xlsxValue('2769')).toBe(2769);
    expect(xlsxValue('7.2')).toBe(7.2);
    expect(xlsxValue('3400.50')).toBe('3400.50');
    expect(xlsxValue('12345678901234567890')).toBe('12345678901234567890');
  });

  it('seoulDateTime refuses what is no instant', () => {
    expect(seoulDateTime('not a time')).toBeNull();
    expect(seoulDateTime(null)).toBeNull();
  });
});
