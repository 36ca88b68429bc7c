import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { describeChanges, formatAuditValue, shorten } from './diff';

const ko = { resource: 'programs', locale: 'ko' as const };
const en = { resource: 'programs', locale: 'en' as const };
const fieldLabel = (field: string) => {
  const key = `resources.programs.fields.${field}`;
  const text = i18nProvider.translate(key, { _: '' });
  return text || undefined;
};

describe('a recorded value in words', () => {
  it('names a code by its Korean label, English after the switch', () => {
    expect(formatAuditValue('IMPLEMENTATION', 'status', ko)).toBe('추진 중');
    expect(formatAuditValue('IMPLEMENTATION', 'status', en)).toBe('Implementation');
    expect(formatAuditValue('INTERNAL', 'visibility', ko)).toBe('내부');
    // The same code under a field of another resource's list is not guessed at.
    expect(formatAuditValue('IMPLEMENTATION', 'code', ko)).toBe('IMPLEMENTATION');
    expect(
      formatAuditValue(['SECOND', 'THIRD_OR_LATER'], 'childOrders', { ...ko, resource: 'benefitRules' }),
    ).toBe('둘째, 셋째 이상');
  });

  it('writes days and instants the Korean way, instants in Gwangju time', () => {
    expect(formatAuditValue('2019-01-31', 'plannedStart', ko)).toBe('2019년 1월 31일');
    expect(formatAuditValue('2021-06-30T15:30:00.000Z', 'openedAt', ko)).toBe('2021년 7월 1일 00:30');
    expect(formatAuditValue('2019-01-31', 'plannedStart', en)).toBe('January 31, 2019');
  });

  it('writes numbers with separators, booleans as 예/아니요, bilingual text in the UI language', () => {
    expect(formatAuditValue(1500000, 'amount', ko)).toBe('1,500,000');
    expect(formatAuditValue(40, 'progress', ko)).toBe('40');
    expect(formatAuditValue(true, 'disabled', ko)).toBe('예');
    expect(formatAuditValue(false, 'disabled', en)).toBe('No');
    expect(formatAuditValue({ ko: '광주형 일자리', en: 'Gwangju jobs' }, 'name', ko)).toBe('광주형 일자리');
    expect(formatAuditValue({ ko: '광주형 일자리', en: null }, 'name', en)).toBe('광주형 일자리');
    // A decimal statistic is text and is kept digit for digit (a period like 2021 is no number either).
    expect(formatAuditValue('2021', 'period', ko)).toBe('2021');
  });

  it('writes a link to an organisation as its code and role', () => {
    const links = [
      { organisation: 'GWANGJU-CITY', role: 'LEAD' },
      { organisation: 'GGM', role: 'OPERATOR' },
    ];
    expect(formatAuditValue(links, 'organisations', ko)).toBe('GWANGJU-CITY (주관), GGM (운영)');
    expect(formatAuditValue(links, 'organisations', en)).toBe('GWANGJU-CITY (Lead), GGM (Operator)');
  });

  it('has no words for nothing: null, empty text and an empty list', () => {
    expect(formatAuditValue(null, 'plannedEnd', ko)).toBeNull();
    expect(formatAuditValue(undefined, 'plannedEnd', ko)).toBeNull();
    expect(formatAuditValue('', 'summary.en', ko)).toBeNull();
    expect(formatAuditValue([], 'sourceIds', ko)).toBeNull();
  });

  it('sums up a geometry instead of printing its coordinates', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [126.84, 35.2],
          [126.87, 35.2],
          [126.87, 35.225],
          [126.84, 35.2],
        ],
      ],
    };
    expect(formatAuditValue(square, 'geometry', { resource: 'zones', locale: 'ko' })).toBe(
      'Polygon (좌표 4개)',
    );
  });
});

describe('long text', () => {
  it('is cut to one line with an ellipsis, keeping the whole for a tooltip', () => {
    const long = '광주'.repeat(60);
    const shown = shorten(long, 20);
    expect(Array.from(shown.text!)).toHaveLength(20);
    expect(shown.text!.endsWith('…')).toBe(true);
    expect(shown.full).toBe(long);
  });

  it('keeps short text as it is, and joins lines of short text', () => {
    expect(shorten('짧은 글', 20)).toEqual({ text: '짧은 글', full: null });
    expect(shorten('첫 줄\n둘째 줄', 20)).toEqual({ text: '첫 줄 둘째 줄', full: '첫 줄\n둘째 줄' });
    expect(shorten(null)).toEqual({ text: null, full: null });
  });
});

describe('the changes of one write', () => {
  it("are listed by the admin's label for the path, else the server's, else the path; before → after", () => {
    const lines = describeChanges(
      [
        { field: 'progress', label: '진척률(%)', before: 40, after: 77 },
        { field: 'status', label: null, before: 'PIPELINE', after: 'IMPLEMENTATION' },
        { field: 'plannedEnd', before: null, after: '2030-12-31' },
        { field: 'unheardOf.path', before: 'a', after: 'b' },
        { field: 'serverOnly', label: '서버가 아는 이름', before: 1, after: 2 },
      ],
      { ...ko, fieldLabel },
    );
    expect(lines.map((l) => [l.label, l.before.text, l.after.text])).toEqual([
      ['진척률(%)', '40', '77'],
      ['상태', '추진 예정', '추진 중'],
      ['계획 종료일', null, '2030년 12월 31일'],
      ['unheardOf.path', 'a', 'b'],
      ['서버가 아는 이름', '1', '2'],
    ]);
  });

  it('say which language a bilingual text is in, where the server named only the field', () => {
    const milestoneLabel = (field: string) =>
      i18nProvider.translate(`resources.milestones.fields.${field}`, { _: '' }) || undefined;
    const [line] = describeChanges(
      [{ field: 'note.ko', label: '비고', before: '옛 메모', after: '새 메모' }],
      {
        resource: 'milestones',
        locale: 'ko',
        fieldLabel: milestoneLabel,
      },
    );
    expect(line!.label).toBe('비고(한국어)');
  });

  it('write a date at the precision the source gave, from the record around it', () => {
    const [line] = describeChanges([{ field: 'actualOn', before: '2019-01-01', after: '2021-05-01' }], {
      resource: 'milestones',
      locale: 'ko',
      snapshots: {
        before: { actualOn: '2019-01-01', actualOnPrecision: 'YEAR' },
        after: { actualOn: '2021-05-01', actualOnPrecision: 'MONTH' },
      },
    });
    expect([line!.before.text, line!.after.text]).toEqual(['2019년', '2021년 5월']);
  });

  it('leave out the book-keeping every write changes (version, timestamps) and nothing → nothing', () => {
    const lines = describeChanges(
      [
        { field: 'version', before: 3, after: 4 },
        { field: 'updatedAt', before: '2024-01-01T00:00:00Z', after: '2024-02-01T00:00:00Z' },
        { field: 'name.ko', before: '옛 이름', after: '새 이름' },
        { field: 'sourceIds', before: null, after: [] },
      ],
      { ...ko, fieldLabel },
    );
    expect(lines.map((l) => l.label)).toEqual(['이름(한국어)']);
  });

  it('shorten a long summary but keep it whole for reading', () => {
    const summary = '노사 상생형 일자리 사업으로 '.repeat(20);
    const [line] = describeChanges([{ field: 'summary.ko', before: summary, after: null }], {
      ...ko,
      fieldLabel,
      maxLength: 40,
    });
    expect(Array.from(line!.before.text!).length).toBeLessThanOrEqual(40);
    expect(line!.before.full).toBe(summary);
    expect(line!.after).toEqual({ text: null, full: null });
  });
});
