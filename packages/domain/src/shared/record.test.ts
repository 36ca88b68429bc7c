import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  commonRecordFields,
  DatePrecision,
  isDateAtPrecision,
  optionalDescription,
  recordIdList,
  refineDatePrecision,
  Visibility,
} from './record.js';
import { validateWith } from './validation.js';

const Common = z.object(commonRecordFields).strict();

describe('Visibility', () => {
  it('has public and internal, labelled in both languages', () => {
    expect(Visibility.codes).toEqual(['PUBLIC', 'INTERNAL']);
    expect(Visibility.label('INTERNAL', 'ko')).toBe('내부');
  });
});

describe('common record fields', () => {
  it('defaults to public, no description and no sources', () => {
    expect(validateWith(Common, { code: 'GGM' })).toEqual({
      ok: true,
      value: { code: 'GGM', description: null, visibility: 'PUBLIC', sourceIds: [] },
    });
  });

  it('drops repeated source ids and trims them', () => {
    const result = validateWith(Common, { code: 'GGM', sourceIds: ['s1', ' s1 ', 's2'] });
    expect(result.ok && result.value.sourceIds).toEqual(['s1', 's2']);
  });

  it('refuses a blank source id and an unknown visibility', () => {
    const result = validateWith(Common, { code: 'GGM', sourceIds: [' '], visibility: 'SECRET' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ field: 'sourceIds.0', code: 'REQUIRED' });
    expect(result.issues).toContainEqual({
      field: 'visibility',
      code: 'UNKNOWN_CODE',
      params: { allowed: 'PUBLIC, INTERNAL' },
    });
  });
});

describe('optionalDescription', () => {
  it('treats absent, blank and both-blank as no description', () => {
    for (const input of [undefined, null, '', '  ', { ko: '', en: ' ' }, {}]) {
      expect(optionalDescription.parse(input)).toBeNull();
    }
  });

  it('needs the Korean text once any text is given', () => {
    const result = validateWith(z.object({ description: optionalDescription }), {
      description: { en: 'Only English' },
    });
    expect(result).toEqual({ ok: false, issues: [{ field: 'description.ko', code: 'REQUIRED' }] });
  });

  it('keeps a Korean-only description', () => {
    expect(optionalDescription.parse({ ko: ' 설명 ' })).toEqual({ ko: '설명', en: null });
  });
});

describe('recordIdList', () => {
  it('defaults to empty', () => {
    expect(recordIdList.parse(undefined)).toEqual([]);
  });
});

describe('date precision', () => {
  it('requires the first of the month or year', () => {
    expect(isDateAtPrecision('2021-02-01', 'MONTH')).toBe(true);
    expect(isDateAtPrecision('2021-02-15', 'MONTH')).toBe(false);
    expect(isDateAtPrecision('2021-01-01', 'YEAR')).toBe(true);
    expect(isDateAtPrecision('2021-02-01', 'YEAR')).toBe(false);
    expect(isDateAtPrecision('2021-02-15', 'DAY')).toBe(true);
  });

  it('refuses a date finer than its precision with an example', () => {
    const S = z
      .object({ on: z.string(), precision: DatePrecision.schema })
      .superRefine((v, ctx) => refineDatePrecision(ctx, v.on, v.precision, 'on'));
    expect(validateWith(S, { on: '2021-02-15', precision: 'MONTH' })).toEqual({
      ok: false,
      issues: [
        {
          field: 'on',
          code: 'DATE_NOT_AT_PRECISION',
          params: { example: '2021-04-01', precision: 'MONTH', precisionKo: '월', precisionEn: 'Month' },
        },
      ],
    });
  });
});
