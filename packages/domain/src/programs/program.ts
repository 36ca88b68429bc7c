import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { isEndBeforeStart } from '../shared/date-range.js';
import { NAME_MAX, PROGRESS_MAX, PROGRESS_MIN, SUMMARY_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { optionalRecordId, recordIdList, Visibility } from '../shared/record.js';
import { bilingualText, optionalIsoDate, recordCode } from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';

/** The policy areas a program belongs to (정책 분야). */
export const ProgramArea = defineCodeList('ProgramArea', {
  JOBS_MOBILITY: { ko: '일자리·미래차', en: 'Jobs & future mobility' },
  AI: { ko: '인공지능', en: 'Artificial intelligence' },
  ENERGY: { ko: '에너지', en: 'Energy' },
  POPULATION_CHILDCARE: { ko: '인구·보육', en: 'Population & childcare' },
  CULTURE_TOURISM: { ko: '문화·관광', en: 'Culture & tourism' },
  SPORTS: { ko: '체육', en: 'Sports' },
  GOVERNANCE: { ko: '행정·거버넌스', en: 'Governance' },
});
export type ProgramArea = (typeof ProgramArea.codes)[number];

/** Where a program stands (추진 단계). */
export const ProgramStatus = defineCodeList('ProgramStatus', {
  PIPELINE: { ko: '추진 예정', en: 'Pipeline' },
  IMPLEMENTATION: { ko: '추진 중', en: 'Implementation' },
  COMPLETED: { ko: '완료', en: 'Completed' },
  POST_COMPLETION: { ko: '사후 관리', en: 'Post-completion' },
  CANCELLED: { ko: '취소', en: 'Cancelled' },
  SUSPENDED: { ko: '중단', en: 'Suspended' },
});
export type ProgramStatus = (typeof ProgramStatus.codes)[number];

export const PROGRAM_NAME_MAX = NAME_MAX;
export const PROGRAM_SUMMARY_MAX = SUMMARY_MAX;

const programFields = {
  code: recordCode,
  name: bilingualText(PROGRAM_NAME_MAX),
  summary: bilingualText(PROGRAM_SUMMARY_MAX, { multiline: true }),
  area: ProgramArea.schema,
  status: ProgramStatus.schema,
  plannedStart: optionalIsoDate,
  plannedEnd: optionalIsoDate,
  actualStart: optionalIsoDate,
  actualEnd: optionalIsoDate,
  /** The enclosing program's id, or null for a top-level program. */
  parentId: optionalRecordId,
  visibility: Visibility.schema.default('PUBLIC'),
  /** The sources (articles, statistics releases, gazettes) the program's facts come from. */
  sourceIds: recordIdList,
  /** Share of the work done, in percent; null when nobody has reported it (not the same as 0). */
  progress: z
    .number()
    .min(PROGRESS_MIN)
    .max(PROGRESS_MAX)
    .nullish()
    .transform((v) => v ?? null),
};

const DATE_PAIRS = [
  ['plannedStart', 'plannedEnd'],
  ['actualStart', 'actualEnd'],
] as const;

type DatedFields = Partial<Record<(typeof DATE_PAIRS)[number][number], string | null>>;

function refineDates(value: DatedFields, ctx: z.RefinementCtx) {
  for (const [start, end] of DATE_PAIRS) {
    if (isEndBeforeStart(value[start], value[end])) {
      ctx.addIssue({
        code: 'custom',
        path: [end],
        message: 'end before start',
        params: { code: 'END_BEFORE_START', other: start },
      });
    }
  }
}

/** What a person submits to create a program. */
export const ProgramInput = z.object(programFields).strict().superRefine(refineDates);
export type ProgramInput = z.input<typeof ProgramInput>;
export type ProgramValues = z.output<typeof ProgramInput>;

/** A partial change; the API merges it with the stored record and validates the result with `ProgramInput`. */
export const ProgramPatch = z.object(programFields).partial().strict().superRefine(refineDates);
export type ProgramPatch = z.input<typeof ProgramPatch>;

/** A program as other teams read it. */
export interface Program extends ProgramValues {
  id: string;
}

export function validateProgram(input: unknown): Validated<ProgramValues> {
  return validateWith(ProgramInput, input);
}

export function validateProgramPatch(input: unknown): Validated<z.output<typeof ProgramPatch>> {
  const result = validateWith(ProgramPatch, input);
  if (!result.ok || typeof input !== 'object' || input === null) return result;
  // Defaults (visibility, sourceIds) describe a new record; a patch keeps only what it was given.
  const given = new Set(Object.keys(input));
  return { ok: true, value: Object.fromEntries(Object.entries(result.value).filter(([k]) => given.has(k))) };
}

/** How each field is called, so that an error can name it in the reader's language. */
export const PROGRAM_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  code: { ko: '코드', en: 'Code' },
  name: { ko: '이름', en: 'Name' },
  'name.ko': { ko: '이름(한국어)', en: 'Name (Korean)' },
  'name.en': { ko: '이름(영어)', en: 'Name (English)' },
  summary: { ko: '개요', en: 'Summary' },
  'summary.ko': { ko: '개요(한국어)', en: 'Summary (Korean)' },
  'summary.en': { ko: '개요(영어)', en: 'Summary (English)' },
  area: { ko: '분야', en: 'Area' },
  status: { ko: '상태', en: 'Status' },
  plannedStart: { ko: '계획 시작일', en: 'Planned start' },
  plannedEnd: { ko: '계획 종료일', en: 'Planned end' },
  actualStart: { ko: '실제 시작일', en: 'Actual start' },
  actualEnd: { ko: '실제 종료일', en: 'Actual end' },
  parentId: { ko: '상위 사업', en: 'Parent program' },
  progress: { ko: '진척률(%)', en: 'Progress (%)' },
  visibility: { ko: '공개 범위', en: 'Visibility' },
  sourceIds: { ko: '출처', en: 'Sources' },
};
