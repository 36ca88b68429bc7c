import { z } from 'zod';
import { defineCodeList } from './code-list.js';
import { labelParams } from './issues.js';
import { DESCRIPTION_MAX, RECORD_ID_MAX } from './limits.js';
import type { Bilingual } from './locale.js';
import { bilingualText, findControlCharacter, isBlankText, plainText, recordCode } from './text.js';

/**
 * Who may read a record. The portfolio is public information by nature (everything in the seed was
 * published in the press), so PUBLIC is the default and INTERNAL the deliberate exception.
 */
export const Visibility = defineCodeList('Visibility', {
  PUBLIC: { ko: '공개', en: 'Public' },
  INTERNAL: { ko: '내부', en: 'Internal' },
});
export type Visibility = (typeof Visibility.codes)[number];

/**
 * How much of a date the source actually gave. Articles say "지난 2월" (last February) without a
 * day; rather than inventing one we store the first day of the month or year and say so.
 */
export const DatePrecision = defineCodeList('DatePrecision', {
  DAY: { ko: '일', en: 'Day' },
  MONTH: { ko: '월', en: 'Month' },
  YEAR: { ko: '연', en: 'Year' },
});
export type DatePrecision = (typeof DatePrecision.codes)[number];

/** A date stored at MONTH precision must be the 1st; at YEAR precision, 1 January. */
export function isDateAtPrecision(date: string, precision: DatePrecision): boolean {
  if (precision === 'MONTH') return date.endsWith('-01');
  if (precision === 'YEAR') return date.endsWith('-01-01');
  return true;
}

export const PRECISION_EXAMPLES: Readonly<Record<DatePrecision, string>> = {
  DAY: '2021-04-15',
  MONTH: '2021-04-01',
  YEAR: '2021-01-01',
};

/** How a precision-limited date is refused, shared by every dated input that carries a precision. */
export function refineDatePrecision(
  ctx: z.RefinementCtx,
  date: string | null | undefined,
  precision: DatePrecision,
  path: string,
) {
  if (!date || isDateAtPrecision(date, precision)) return;
  ctx.addIssue({
    code: 'custom',
    path: [path],
    message: 'date finer than its precision',
    params: {
      code: 'DATE_NOT_AT_PRECISION',
      example: PRECISION_EXAMPLES[precision],
      ...labelParams(DatePrecision, precision, 'precision'),
    },
  });
}

const isBlank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && isBlankText(v) && !findControlCharacter(v.replace(/\r\n/g, '\n'), true));

/**
 * A description is optional; once given, its Korean text is required like every other bilingual
 * field. An object whose two languages are both blank means "no description" and becomes null.
 */
export const optionalDescription = z.preprocess((v) => {
  if (isBlank(v)) return null;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (isBlank(o.ko) && isBlank(o.en)) return null;
  }
  return v;
}, bilingualText(DESCRIPTION_MAX, { multiline: true }).nullable());

/**
 * A measured quantity that cannot be zero (an area, a capacity); "at least 0" would mislead. Finite
 * (zod refuses Infinity and NaN) and at most `max`, which each field states (CAPACITY_MAX, AREA_MAX).
 */
export const positiveNumber = (max: number) =>
  z
    .number()
    .refine((v) => v > 0, { params: { code: 'MUST_BE_POSITIVE' } })
    .pipe(z.number().max(max));

/** A reference to another record by its global id. */
export const recordId = plainText(RECORD_ID_MAX).pipe(z.string().min(1));
export const optionalRecordId = recordId.nullish().transform((v) => v ?? null);

/** A set of references; repeating an id adds nothing, so repeats are dropped rather than refused. */
export const recordIdList = z
  .array(recordId)
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** The fields every stored entity shares (besides its name, whose length varies by entity). */
export const commonRecordFields = {
  code: recordCode,
  description: optionalDescription,
  visibility: Visibility.schema.default('PUBLIC'),
  /** The sources (articles, statistics releases, gazettes) the record's facts come from. */
  sourceIds: recordIdList,
};

/** What the store adds to every entity. Dates are ISO 8601 timestamps. */
export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter: an update names the version it read. */
  version: number;
}

export const COMMON_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  code: { ko: '코드', en: 'Code' },
  name: { ko: '이름', en: 'Name' },
  'name.ko': { ko: '이름(한국어)', en: 'Name (Korean)' },
  'name.en': { ko: '이름(영어)', en: 'Name (English)' },
  description: { ko: '설명', en: 'Description' },
  'description.ko': { ko: '설명(한국어)', en: 'Description (Korean)' },
  'description.en': { ko: '설명(영어)', en: 'Description (English)' },
  visibility: { ko: '공개 범위', en: 'Visibility' },
  sourceIds: { ko: '출처', en: 'Sources' },
};
