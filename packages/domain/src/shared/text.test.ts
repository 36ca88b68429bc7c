import { describe, expect, it } from 'vitest';
import { validateFacility } from '../facilities/facility.js';
import { validateProgram } from '../programs/program.js';
import { decimalString } from '../statistics/decimal.js';
import { validateObservation } from '../statistics/indicator.js';
import { validateZone } from '../zones/zone.js';
import {
  CAPACITY_MAX,
  DATE_MAX,
  DATE_MIN,
  DESCRIPTION_MAX,
  FIGURE_DECIMAL_PLACES_MAX,
  NAME_MAX,
  NOTE_MAX,
} from './limits.js';
import { optionalDescription } from './record.js';
import {
  findControlCharacter,
  isBlankText,
  isoDate,
  isRecordCode,
  optionalText,
  plainText,
  requiredText,
  trimInvisible,
} from './text.js';
import { formatIssue, validateWith } from './validation.js';

const codesOf = (schema: Parameters<typeof validateWith>[0], input: unknown) => {
  const result = validateWith(schema, input);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

describe('control characters', () => {
  const c0 = Array.from({ length: 0x20 }, (_, i) => i);
  const c1 = Array.from({ length: 0x20 }, (_, i) => 0x80 + i);
  const all = [...c0, 0x7f, ...c1];

  it.each(all.map((n) => [hex(n), n]))('refuses %s in a one-line field', (_, n) => {
    const text = `광주${String.fromCharCode(n)}형 일자리`;
    expect(findControlCharacter(text)).toEqual({ position: 3, char: hex(n) });
    expect(codesOf(requiredText(NAME_MAX), text)).toEqual(['CONTROL_CHARACTER']);
  });

  it.each(all.filter((n) => n !== 0x09 && n !== 0x0a && n !== 0x0d).map((n) => [hex(n), n]))(
    'refuses %s in a multi-line field too',
    (_, n) => {
      expect(
        codesOf(requiredText(DESCRIPTION_MAX, { multiline: true }), `a${String.fromCharCode(n)}b`),
      ).toEqual(['CONTROL_CHARACTER']);
    },
  );

  it('keeps tab and line feed in a multi-line field and reads CR LF as LF', () => {
    const schema = requiredText(DESCRIPTION_MAX, { multiline: true });
    expect(schema.parse('첫째 줄\n\t둘째 줄\r\n셋째 줄')).toBe('첫째 줄\n\t둘째 줄\n셋째 줄');
    // A CR on its own is not a line break anyone types today.
    expect(codesOf(schema, 'a\rb')).toEqual(['CONTROL_CHARACTER']);
    // …and a one-line field refuses the line break itself.
    expect(codesOf(requiredText(NAME_MAX), 'a\nb')).toEqual(['CONTROL_CHARACTER']);
  });

  it('applies to descriptions, notes, names inside records, codes and ids', () => {
    expect(codesOf(optionalDescription, { ko: '설명\n둘째 줄' })).toEqual([]);
    expect(codesOf(optionalDescription, { ko: '설명\u0000' })).toEqual(['CONTROL_CHARACTER']);
    expect(codesOf(optionalDescription, { ko: '설명', en: '\u0000' })).toEqual(['CONTROL_CHARACTER']);
    expect(codesOf(optionalText(NOTE_MAX, { multiline: true }), '\u0000')).toEqual(['CONTROL_CHARACTER']);
    const program = validateProgram({
      code: 'A\u0000B',
      name: { ko: '이름\u0000' },
      summary: { ko: '개요' },
      area: 'AI',
      status: 'PIPELINE',
      parentId: 'x\u0000',
      sourceIds: ['\u0085'],
    });
    expect(!program.ok && program.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'code:CONTROL_CHARACTER',
      'name.ko:CONTROL_CHARACTER',
      'parentId:CONTROL_CHARACTER',
      'sourceIds.0:CONTROL_CHARACTER',
    ]);
  });

  it('is told in both languages, naming the field and the character', () => {
    const result = validateProgram({
      code: 'AI-HUB',
      name: { ko: '인공지능\u0000' },
      summary: { ko: '개요' },
      area: 'AI',
      status: 'PIPELINE',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const labels = { 'name.ko': { ko: '이름(한국어)', en: 'Name (Korean)' } };
    expect(formatIssue(result.issues[0]!, 'ko', labels)).toBe(
      '이름(한국어)에는 제어 문자를 넣을 수 없습니다(5번째 글자 U+0000).',
    );
    expect(formatIssue(result.issues[0]!, 'en', labels)).toBe(
      'Name (Korean) must not contain control characters (U+0000 at character 5).',
    );
  });
});

describe('blank and invisible characters', () => {
  const invisible = {
    'zero-width space': '\u200B',
    'zero-width non-joiner': '\u200C',
    'zero-width joiner': '\u200D',
    'word joiner': '\u2060',
    'byte order mark': '\uFEFF',
    'left-to-right mark': '\u200E',
    'soft hyphen': '\u00AD',
    'no-break space': '\u00A0',
    'ideographic space': '\u3000',
    'em space': '\u2003',
    'Hangul filler': '\u3164',
    'Hangul choseong filler': '\u115F',
    'Hangul jungseong filler': '\u1160',
    'halfwidth Hangul filler': '\uFFA0',
    'combining grapheme joiner': '\u034F',
    'variation selector 16': '\uFE0F',
    'Braille blank': '\u2800',
    'Mongolian vowel separator': '\u180E',
  };

  it.each(Object.entries(invisible))('a name of only %s is BLANK', (_, ch) => {
    expect(isBlankText(ch.repeat(3))).toBe(true);
    expect(codesOf(requiredText(NAME_MAX), ch.repeat(3))).toEqual(['BLANK']);
    expect(codesOf(requiredText(NAME_MAX), ` ${ch} `)).toEqual(['BLANK']);
  });

  it('an empty name is REQUIRED, a blank optional text is absent', () => {
    expect(codesOf(requiredText(NAME_MAX), '')).toEqual(['REQUIRED']);
    expect(optionalText(NAME_MAX).parse('\u200B\u3164 ')).toBeNull();
    expect(optionalDescription.parse({ ko: '\u200B', en: '\uFEFF' })).toBeNull();
  });

  it('visible text is not blank, whatever its script', () => {
    for (const text of ['가', 'A', '1', '·', '❤️', '\u0301a', '🏳️‍🌈']) expect(isBlankText(text)).toBe(false);
  });

  it('trims invisible edges but keeps what belongs to the character before', () => {
    expect(trimInvisible('\uFEFF\u200B 광주형 일자리\u3000\u200D')).toBe('광주형 일자리');
    expect(trimInvisible('\u3164빛고을\u115F')).toBe('빛고을');
    // Inside the text a joiner is part of it; at the end a variation selector belongs to the heart.
    expect(trimInvisible('👨‍👩‍👧 가족')).toBe('👨‍👩‍👧 가족');
    expect(trimInvisible('사랑 ❤️')).toBe('사랑 ❤️');
    expect(plainText(NAME_MAX).parse('\u200BGGM\u200B')).toBe('GGM');
  });

  it('trims in linear time, however long the run of spaces inside', () => {
    const text = `a${' '.repeat(500_000)}b${'\u200B'.repeat(500_000)}`;
    const started = performance.now();
    expect(trimInvisible(text)).toBe(`a${' '.repeat(500_000)}b`);
    expect(codesOf(requiredText(NAME_MAX), text)).toEqual(['TOO_LONG']);
    // Linear is milliseconds even on a busy machine; a backtracking regular expression would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('tells a code that can exist from text that cannot', () => {
    expect(isRecordCode('GWANGJU-TYPE-JOBS')).toBe(true);
    for (const text of ['', 'A', 'GGM\u0000', 'lower', 'A'.repeat(65)])
      expect(isRecordCode(text)).toBe(false);
  });

  it('counts the length after trimming', () => {
    expect(codesOf(requiredText(NAME_MAX), `${'가'.repeat(NAME_MAX)}\u200B\u200B`)).toEqual([]);
    expect(codesOf(requiredText(NAME_MAX), '가'.repeat(NAME_MAX + 1))).toEqual(['TOO_LONG']);
  });
});

describe('dates', () => {
  it.each([DATE_MIN, DATE_MAX, '2021-04-15'])('keeps %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });

  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('refuses %s as out of range', (date) => {
    const result = validateProgram({
      code: 'AI-HUB',
      name: { ko: '인공지능' },
      summary: { ko: '개요' },
      area: 'AI',
      status: 'PIPELINE',
      plannedStart: date,
    });
    expect(!result.ok && result.issues).toEqual([
      { field: 'plannedStart', code: 'DATE_OUT_OF_RANGE', params: { min: DATE_MIN, max: DATE_MAX } },
    ]);
    if (result.ok) return;
    expect(
      formatIssue(result.issues[0]!, 'ko', { plannedStart: { ko: '계획 시작일', en: 'Planned start' } }),
    ).toBe('계획 시작일은(는) 1900-01-01부터 2100-12-31까지의 날짜여야 합니다.');
  });

  it('still tells an impossible date apart', () => {
    expect(codesOf(isoDate, '2021-02-30')).toEqual(['INVALID_DATE']);
  });
});

describe('numbers within stated bounds', () => {
  const facility = {
    code: 'GGM-PLANT',
    name: { ko: '광주글로벌모터스 공장' },
    kind: 'PLANT',
    status: 'OPERATING',
  };

  it('refuses a capacity of 1e308 as TOO_LARGE, keeps the largest allowed', () => {
    const huge = validateFacility({ ...facility, capacity: { value: 1e308, unit: 'SEATS' } });
    expect(!huge.ok && huge.issues).toEqual([
      { field: 'capacity.value', code: 'TOO_LARGE', params: { max: CAPACITY_MAX } },
    ]);
    expect(validateFacility({ ...facility, capacity: { value: CAPACITY_MAX, unit: 'SEATS' } }).ok).toBe(true);
  });

  it('refuses an area of 1e308 and an altitude out of this world', () => {
    const ring = [
      [126.8, 35.1, 1e308],
      [126.9, 35.1],
      [126.9, 35.2],
      [126.8, 35.1, 1e308],
    ];
    const result = validateZone({
      code: 'ZONE-1',
      name: { ko: '구역' },
      kind: 'ECONOMIC_FREE_ZONE',
      status: 'PLANNED',
      area: { value: 1e308, unit: 'M2' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    expect(!result.ok && result.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'area.value:TOO_LARGE',
      'geometry.coordinates.0.0.2:INVALID_GEOMETRY',
      'geometry.coordinates.0.3.2:INVALID_GEOMETRY',
    ]);
  });

  it('bounds a figure: 18 whole digits, 12 decimal places, 1e308 refused', () => {
    expect(decimalString.parse('999999999999999999.000000000001')).toBe('999999999999999999.000000000001');
    expect(codesOf(decimalString, 1e308)).toEqual(['TOO_LARGE']);
    expect(codesOf(decimalString, '1000000000000000000')).toEqual(['TOO_LARGE']);
    expect(codesOf(decimalString, '-1000000000000000000')).toEqual(['TOO_SMALL']);
    expect(codesOf(decimalString, `0.${'1'.repeat(FIGURE_DECIMAL_PLACES_MAX + 1)}`)).toEqual(['TOO_PRECISE']);
    expect(codesOf(decimalString, '1e308')).toEqual(['INVALID_FORMAT']);
    const observation = validateObservation(
      { indicatorId: 'i', period: '2021', value: 1e308, status: 'FINAL', sourceId: 's' },
      { frequency: 'YEAR' },
    );
    expect(!observation.ok && observation.issues).toEqual([
      { field: 'value', code: 'TOO_LARGE', params: { max: '999,999,999,999,999,999' } },
    ]);
  });
});
