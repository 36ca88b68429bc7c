import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { isEndBeforeStart } from '../shared/date-range.js';
import { NOTE_MAX, PUBLISHER_MAX, SOURCE_TITLE_MAX, URL_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import type { StoredRecord } from '../shared/record.js';
import {
  isBlankText,
  optionalIsoDate,
  optionalText,
  plainText,
  recordCode,
  requiredText,
} from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';

/** Where a fact comes from (출처 유형). Every figure and fact in Bitgoeul cites at least one. */
export const SourceKind = defineCodeList('SourceKind', {
  PRESS: { ko: '언론 보도', en: 'Press' },
  OFFICIAL_STATISTICS: { ko: '공식 통계', en: 'Official statistics' },
  GAZETTE: { ko: '관보·고시', en: 'Gazette' },
  INTERNAL: { ko: '내부 자료', en: 'Internal document' },
});
export type SourceKind = (typeof SourceKind.codes)[number];

/** Only web addresses a reader can open: http or https with a host. `javascript:` and friends are refused. */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

export const httpUrl = plainText(URL_MAX).refine(isHttpUrl, {
  params: { code: 'INVALID_FORMAT', example: 'https://www.hankyung.com/article/…' },
});

const optionalHttpUrl = z.preprocess(
  (v) => (typeof v === 'string' && isBlankText(v) ? null : v),
  httpUrl.nullish().transform((v) => v ?? null),
);

/**
 * A source as a person enters it. The title and publisher are kept as published (one text, usually
 * Korean); a source cites nothing itself, so it has neither a visibility nor sources of its own.
 */
export const SourceInput = z
  .object({
    code: recordCode,
    kind: SourceKind.schema,
    /** The headline or document title as published. */
    title: requiredText(SOURCE_TITLE_MAX),
    /** The newspaper, ministry or office that published it (한국경제, 통계청, …). */
    publisher: optionalText(PUBLISHER_MAX),
    /** A byline when there is one; names are kept as written. */
    author: optionalText(PUBLISHER_MAX),
    url: optionalHttpUrl,
    publishedOn: optionalIsoDate,
    /** When we read it: a web page can change after publication, so the reading date matters. */
    retrievedOn: optionalIsoDate,
    /** What a reader should know about the document (where the original is kept, what it covers). */
    note: optionalText(NOTE_MAX, { multiline: true }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (isEndBeforeStart(value.publishedOn, value.retrievedOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['retrievedOn'],
        message: 'retrieved before published',
        params: { code: 'END_BEFORE_START', other: 'publishedOn' },
      });
    }
  });
export type SourceInput = z.input<typeof SourceInput>;
export type SourceValues = z.output<typeof SourceInput>;
export interface Source extends SourceValues, StoredRecord {}

export function validateSource(input: unknown): Validated<SourceValues> {
  return validateWith(SourceInput, input);
}

export const SOURCE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  code: { ko: '코드', en: 'Code' },
  kind: { ko: '출처 유형', en: 'Kind' },
  title: { ko: '제목', en: 'Title' },
  publisher: { ko: '발행처', en: 'Publisher' },
  author: { ko: '작성자', en: 'Author' },
  url: { ko: '주소(URL)', en: 'URL' },
  publishedOn: { ko: '발행일', en: 'Published on' },
  retrievedOn: { ko: '열람일', en: 'Retrieved on' },
  note: { ko: '비고', en: 'Note' },
};
