import { z } from 'zod';
import { CODE_MAX, CODE_MIN, DATE_MAX, DATE_MIN } from './limits.js';

/**
 * One text rule for every string Bitgoeul accepts.
 *
 * Control characters — C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) — are refused
 * (CONTROL_CHARACTER, naming the field and the character): nobody types them, a NUL breaks both
 * stores, and the rest hide text from a reader. A multi-line field (a description, a note) keeps
 * tab and line feed; a CR LF pair is read as a line feed, so text pasted from Windows is accepted.
 *
 * "Blank" means no visible character. Spaces of every kind (\p{White_Space}), format characters
 * (\p{Cf}: zero-width space, joiners, BOM, bidi marks), the other default-ignorable code points
 * (variation selectors, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the combining grapheme
 * joiner) and the blank Braille pattern U+2800 do not count: a name made only of them is BLANK.
 *
 * Trimming removes the same invisible characters from both ends, not only spaces: an invisible edge
 * is never meant, and kept it would make two names that look the same differ (uniqueness, search,
 * sorting). Two exceptions stay at the end because they belong to the character before them: a
 * variation selector (❤️ is U+2764 U+FE0F) and an emoji tag sequence (the flag of Scotland ends in
 * tag characters). Invisible characters inside the text are kept: a joiner inside an emoji or a
 * word is part of it.
 */

/** C0, DEL and C1: Unicode's Cc is exactly U+0000–U+001F and U+007F–U+009F. */
const CONTROL = /\p{Cc}/u;
/** C0, DEL and C1 but tab and line feed (CR LF is made LF first). */
const CONTROL_MULTILINE = /(?![\t\n])\p{Cc}/u;
const INVISIBLE_CLASS = String.raw`\p{White_Space}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800`;
/** A character that shows something. */
const VISIBLE = new RegExp(`[^${INVISIBLE_CLASS}\\p{Cc}]`, 'u');
/** What trimming removes: invisible characters except variation selectors and tags, which hold on to the character before them. */
const EDGE = new RegExp(
  `^(?![\\uFE00-\\uFE0F\\u{E0020}-\\u{E007F}\\u{E0100}-\\u{E01EF}])[${INVISIBLE_CLASS}]$`,
  'u',
);

/** The code point that ends just before `end` (a surrogate pair counts as one). */
function lastCharBefore(value: string, end: number): string {
  const low = value.charCodeAt(end - 1);
  const high = end >= 2 ? value.charCodeAt(end - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return value.slice(pair ? end - 2 : end - 1, end);
}

/**
 * Trims spaces and invisible characters from both ends. A loop over characters rather than one
 * regular expression, which would backtrack quadratically over a long run of spaces inside the text.
 */
export function trimInvisible(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end) {
    const ch = String.fromCodePoint(value.codePointAt(start)!);
    if (!EDGE.test(ch)) break;
    start += ch.length;
  }
  while (end > start) {
    const ch = lastCharBefore(value, end);
    if (!EDGE.test(ch)) break;
    end -= ch.length;
  }
  return value.slice(start, end);
}

/** Whether the text has no visible character (spaces, zero-width and format characters only). */
export function isBlankText(value: string): boolean {
  return !VISIBLE.test(value);
}

/** The first control character a field may not hold, with its place (1-based) and code point. */
export function findControlCharacter(
  value: string,
  multiline = false,
): { position: number; char: string } | null {
  const match = (multiline ? CONTROL_MULTILINE : CONTROL).exec(value);
  if (!match) return null;
  const code = match[0].codePointAt(0)!;
  return {
    position: [...value.slice(0, match.index)].length + 1,
    char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
  };
}

export interface TextOptions {
  /** Tab and line feed allowed (descriptions, notes). */
  multiline?: boolean;
}

const normalise = (multiline: boolean) => (v: unknown) =>
  typeof v === 'string' && multiline ? v.replace(/\r\n/g, '\n') : v;

/** Refuses control characters, naming the first one; used by every string schema below (and by passwords, which are not trimmed). */
export function refineControl(multiline = false) {
  return (value: string, ctx: z.RefinementCtx) => {
    const found = findControlCharacter(value, multiline);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: 'control character',
        params: { code: 'CONTROL_CHARACTER', ...found },
        abort: true,
      });
    }
  };
}

/**
 * Any string field: no control characters, trimmed of invisible edges, at most `max` characters.
 * Blank is allowed here (the empty string); `requiredText` and `optionalText` say what blank means.
 */
export const plainText = (max: number, { multiline = false }: TextOptions = {}) =>
  z.preprocess(normalise(multiline), textBody(max, multiline));

const textBody = (max: number, multiline: boolean) =>
  z.string().superRefine(refineControl(multiline)).transform(trimInvisible).pipe(z.string().max(max));

const blankIssue = (ctx: z.RefinementCtx) =>
  ctx.addIssue({ code: 'custom', message: 'blank', params: { code: 'BLANK' } });

/** Text a person must fill in: trimmed, and blank (no visible character) is refused, not stored. */
export const requiredText = (max: number, options: TextOptions = {}) =>
  z.preprocess(
    normalise(options.multiline ?? false),
    z
      .string()
      .min(1)
      .superRefine((v, ctx) => {
        if (v !== '' && !findControlCharacter(v, options.multiline) && isBlankText(v)) blankIssue(ctx);
      })
      .pipe(textBody(max, options.multiline ?? false)),
  );

/** Optional text: blank (no visible character) becomes absent rather than an empty string. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  z.preprocess(
    (v) => {
      const text = normalise(options.multiline ?? false)(v);
      return typeof text === 'string' && isBlankText(text) && !findControlCharacter(text, options.multiline)
        ? null
        : text;
    },
    plainText(max, options)
      .nullish()
      .transform((v) => v ?? null),
  );

/** A name or summary in both languages; Korean is the official text and is required, English is a translation. */
export const bilingualText = (max: number, options: TextOptions = {}) =>
  z.object({
    ko: requiredText(max, options),
    en: optionalText(max, options),
  });

export const optionalBilingualText = (max: number, options: TextOptions = {}) =>
  z.object({
    ko: optionalText(max, options),
    en: optionalText(max, options),
  });

/** Whether a `YYYY-MM-DD` date lies within the range both stores keep. */
export function isDateInRange(date: string): boolean {
  return date >= DATE_MIN && date <= DATE_MAX;
}

/**
 * A real calendar date written `YYYY-MM-DD` (no 2021-13-01, no 2021-02-30), in any year. The
 * GraphQL `Date` scalar checks only this, so that a date out of range is a userError naming the field.
 */
export const calendarDate = z.iso.date();

/** A calendar date as the city keeps it (Asia/Seoul), real and within DATE_MIN..DATE_MAX. */
export const isoDate = calendarDate.refine(isDateInRange, {
  params: { code: 'DATE_OUT_OF_RANGE', min: DATE_MIN, max: DATE_MAX },
});
export const optionalIsoDate = z.preprocess(
  (v) => (v === '' ? null : v),
  isoDate.nullish().transform((v) => v ?? null),
);

/** A stable code for a record: upper-case letters and digits in words joined by hyphens, e.g. `GWANGJU-TYPE-JOBS`. */
export const RECORD_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** Whether a text can be a stored code at all; anything else names no record and need not be looked up. */
export function isRecordCode(value: string): boolean {
  return value.length >= CODE_MIN && value.length <= CODE_MAX && RECORD_CODE_PATTERN.test(value);
}
export const recordCode = plainText(CODE_MAX).pipe(
  z
    .string()
    .min(CODE_MIN)
    .refine((v) => RECORD_CODE_PATTERN.test(v), {
      params: { code: 'INVALID_FORMAT', example: 'GWANGJU-TYPE-JOBS' },
    }),
);
