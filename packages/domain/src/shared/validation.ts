import type { z } from 'zod';
import type { Bilingual, Locale } from './locale.js';
import { fillTemplate } from './template.js';

/**
 * Why a value was refused, as a stable code a program can branch on. The message a person reads
 * is made from the code, the field's label and the params, in the reader's language.
 */
export const ISSUE_CODES = [
  'REQUIRED',
  'BLANK',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_LARGE',
  'INVALID_FORMAT',
  'INVALID_DATE',
  'UNKNOWN_CODE',
  'INVALID_TYPE',
  'END_BEFORE_START',
  'CYCLE',
  'SELF_REFERENCE',
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID',
  'ILLEGAL_TRANSITION',
  'PERIOD_FREQUENCY_MISMATCH',
  'FREQUENCY_TOO_FINE',
  'DUPLICATE_VINTAGE',
  'TARGET_NEEDS_PERIOD',
  'EXEMPTION_NOT_ALLOWED',
  'INVALID_GEOMETRY',
  'OVERLAPPING_RULES',
  'DATE_NOT_AT_PRECISION',
  'MUST_BE_POSITIVE',
  'CONTROL_CHARACTER',
  'DATE_OUT_OF_RANGE',
  'TOO_PRECISE',
  'OUTSIDE_BOUNDS',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface ValidationIssue {
  /** Dotted path of the field, such as `name.ko` or `plannedEnd`. Empty for the record as a whole. */
  field: string;
  code: IssueCode;
  params?: Record<string, string | number>;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const MESSAGES: Record<IssueCode, Bilingual> = {
  REQUIRED: { ko: '{field}은(는) 필수 항목입니다.', en: '{field} is required.' },
  BLANK: {
    ko: '{field}은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.',
    en: '{field} cannot be blank (spaces or invisible characters only).',
  },
  TOO_SHORT: {
    ko: '{field}은(는) {min}자 이상이어야 합니다.',
    en: '{field} must be at least {min} characters.',
  },
  TOO_LONG: { ko: '{field}은(는) {max}자 이하여야 합니다.', en: '{field} must be at most {max} characters.' },
  TOO_SMALL: { ko: '{field}은(는) {min} 이상이어야 합니다.', en: '{field} must be at least {min}.' },
  TOO_LARGE: { ko: '{field}은(는) {max} 이하여야 합니다.', en: '{field} must be at most {max}.' },
  INVALID_FORMAT: {
    ko: '{field}의 형식이 올바르지 않습니다. 예: {example}',
    en: '{field} is not in the right format, e.g. {example}',
  },
  INVALID_DATE: {
    ko: '{field}은(는) 실제 날짜(YYYY-MM-DD)여야 합니다.',
    en: '{field} must be a real date (YYYY-MM-DD).',
  },
  UNKNOWN_CODE: {
    ko: '{field}에 알 수 없는 값입니다. 허용 값: {allowed}',
    en: '{field} has an unknown value. Allowed: {allowed}',
  },
  INVALID_TYPE: { ko: '{field}의 값 유형이 올바르지 않습니다.', en: '{field} has the wrong type.' },
  END_BEFORE_START: {
    ko: '{field}은(는) {other}보다 빠를 수 없습니다.',
    en: '{field} cannot be before {other}.',
  },
  CYCLE: {
    ko: '{field}: 이 상위 항목을 지정하면 순환 구조가 됩니다.',
    en: '{field}: this parent would make a cycle.',
  },
  SELF_REFERENCE: { ko: '{field}: 자기 자신을 지정할 수 없습니다.', en: '{field} cannot point to itself.' },
  DUPLICATE: {
    ko: '{field} "{value}"은(는) 이미 사용 중입니다.',
    en: '{field} "{value}" is already in use.',
  },
  NOT_FOUND: { ko: '{field}: 해당 항목을 찾을 수 없습니다.', en: '{field}: no such record.' },
  INVALID: { ko: '{field}의 값이 올바르지 않습니다.', en: '{field} is not valid.' },
  // Code-list labels go in as `<param>Ko` / `<param>En` so each language reads its own label.
  ILLEGAL_TRANSITION: {
    ko: '{field}: {fromKo}에서 {toKo}(으)로 바꿀 수 없습니다.',
    en: '{field}: cannot move from {fromEn} to {toEn}.',
  },
  PERIOD_FREQUENCY_MISMATCH: {
    ko: '{field}: 기간 {period}은(는) 주기({frequencyKo})와 맞지 않습니다.',
    en: '{field}: period {period} does not match the frequency ({frequencyEn}).',
  },
  FREQUENCY_TOO_FINE: {
    ko: '{field}: {fromKo} 자료를 더 짧은 주기({toKo})로 나눌 수 없습니다.',
    en: '{field}: {fromEn} figures cannot be split into a finer frequency ({toEn}).',
  },
  DUPLICATE_VINTAGE: {
    ko: '{field}: {period} 기간에는 이미 현행 값이 있습니다. 기존 값을 대체(수정)하십시오.',
    en: '{field}: period {period} already has a current value; record a revision that supersedes it.',
  },
  TARGET_NEEDS_PERIOD: {
    ko: '{field}: 목표에는 기간 또는 기한이 필요합니다.',
    en: '{field}: a target needs a period or a deadline.',
  },
  EXEMPTION_NOT_ALLOWED: {
    ko: '{field}: 규제 특례는 규제자유특구에만 둘 수 있습니다(이 구역: {zoneKindKo}).',
    en: '{field}: special exemptions belong to regulation-free zones only (this zone: {zoneKindEn}).',
  },
  INVALID_GEOMETRY: {
    ko: '{field}: 도형이 올바르지 않습니다({reasonKo}).',
    en: '{field}: the geometry is not valid ({reasonEn}).',
  },
  OVERLAPPING_RULES: {
    ko: '{field}: 같은 기간·자녀 순위에 적용되는 지급 기준 {ruleId}이(가) 이미 있습니다.',
    en: '{field}: rule {ruleId} already applies to the same child order over the same dates.',
  },
  DATE_NOT_AT_PRECISION: {
    ko: '{field}: 정밀도가 {precisionKo}이면 날짜는 {example} 형식이어야 합니다.',
    en: '{field}: with precision {precisionEn} the date must look like {example}.',
  },
  MUST_BE_POSITIVE: { ko: '{field}은(는) 0보다 커야 합니다.', en: '{field} must be greater than 0.' },
  CONTROL_CHARACTER: {
    ko: '{field}에는 제어 문자를 넣을 수 없습니다({position}번째 글자 {char}).',
    en: '{field} must not contain control characters ({char} at character {position}).',
  },
  DATE_OUT_OF_RANGE: {
    ko: '{field}은(는) {min}부터 {max}까지의 날짜여야 합니다.',
    en: '{field} must be a date from {min} to {max}.',
  },
  TOO_PRECISE: {
    ko: '{field}은(는) 소수점 아래 {max}자리까지만 쓸 수 있습니다.',
    en: '{field} can have at most {max} decimal places.',
  },
  OUTSIDE_BOUNDS: {
    ko: '{field}이(가) 이 시스템이 다루는 지역({bounds}, 경도,위도) 밖에 있습니다. 위도와 경도가 바뀌지 않았는지 확인하세요.',
    en: '{field} lies outside the area this system serves ({bounds}, lon,lat). Check that latitude and longitude are not swapped.',
  },
};

/** Turns an issue into a sentence for a person, naming the field by its label in that person's language. */
export function formatIssue(
  issue: ValidationIssue,
  locale: Locale,
  fieldLabels: Readonly<Record<string, Bilingual>> = {},
): string {
  const label = (field: string) =>
    fieldLabels[field]?.[locale] ?? (field || (locale === 'ko' ? '항목' : 'Record'));
  const params: Record<string, string> = { field: label(issue.field) };
  for (const [k, v] of Object.entries(issue.params ?? {})) {
    params[k] = k === 'other' ? label(String(v)) : String(v);
  }
  return fillTemplate(MESSAGES[issue.code][locale], params).replace(/\s+$/, '');
}

/** Maps zod's issues to Bitgoeul's codes, keeping the field path and the limits a person needs to fix it. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue): ValidationIssue => {
    const field = issue.path.map(String).join('.');
    const custom = (issue as { params?: { code?: IssueCode } & Record<string, string | number> }).params;
    if (issue.code === 'custom' && custom?.code) {
      const { code, ...params } = custom;
      return { field, code, params };
    }
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null
          ? { field, code: 'REQUIRED' }
          : { field, code: 'INVALID_TYPE', params: { expected: String(issue.expected) } };
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? { field, code: 'REQUIRED' }
            : { field, code: 'TOO_SHORT', params: { min: Number(issue.minimum) } };
        }
        return { field, code: 'TOO_SMALL', params: { min: Number(issue.minimum) } };
      case 'too_big':
        return issue.origin === 'string'
          ? { field, code: 'TOO_LONG', params: { max: Number(issue.maximum) } }
          : { field, code: 'TOO_LARGE', params: { max: Number(issue.maximum) } };
      case 'invalid_value':
        if (issue.input === undefined || issue.input === null) return { field, code: 'REQUIRED' };
        return { field, code: 'UNKNOWN_CODE', params: { allowed: issue.values.map(String).join(', ') } };
      case 'invalid_format':
        return { field, code: issue.format === 'date' ? 'INVALID_DATE' : 'INVALID' };
      case 'unrecognized_keys':
        return { field: issue.keys[0] ?? field, code: 'INVALID', params: { keys: issue.keys.join(', ') } };
      default:
        return { field, code: 'INVALID' };
    }
  });
}

/** Runs a zod schema and answers in Bitgoeul's terms. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  // reportInput lets a missing value (REQUIRED) be told apart from a wrong one.
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: fromZodIssues(result.error.issues) };
}
