import { z } from 'zod';

/** Korean text a person must fill in: trimmed, and blank (only spaces) is refused, not stored. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: blank becomes absent rather than an empty string. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .max(max)
      .nullish()
      .transform((v) => v ?? null),
  );

/** A name or summary in both languages; Korean is the official text and is required, English is a translation. */
export const bilingualText = (max: number) =>
  z.object({
    ko: requiredText(max),
    en: optionalText(max),
  });

export const optionalBilingualText = (max: number) =>
  z.object({
    ko: optionalText(max),
    en: optionalText(max),
  });

/** A calendar date as the city keeps it (Asia/Seoul), `YYYY-MM-DD`, and a real one (no 2021-13-01, no 2021-02-30). */
export const isoDate = z.iso.date();
export const optionalIsoDate = z.preprocess(
  (v) => (v === '' ? null : v),
  isoDate.nullish().transform((v) => v ?? null),
);

/** A stable code for a record: upper-case letters and digits in words joined by hyphens, e.g. `GWANGJU-TYPE-JOBS`. */
export const RECORD_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const recordCode = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .refine((v) => RECORD_CODE_PATTERN.test(v), {
    params: { code: 'INVALID_FORMAT', example: 'GWANGJU-TYPE-JOBS' },
  });
