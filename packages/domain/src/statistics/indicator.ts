import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { NAME_MAX, NOTE_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import {
  COMMON_FIELD_LABELS,
  commonRecordFields,
  optionalRecordId,
  recordId,
  type StoredRecord,
} from '../shared/record.js';
import { bilingualText, optionalIsoDate, optionalText } from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';
import { decimalString, multiplyDecimals } from './decimal.js';
import { Frequency } from './frequency.js';
import { checkPeriodFrequency, periodText } from './period.js';

/** What one unit of an indicator counts (단위). */
export const IndicatorUnit = defineCodeList('IndicatorUnit', {
  PERSONS: { ko: '명', en: 'persons' },
  JOBS: { ko: '개(일자리)', en: 'jobs' },
  COMPANIES: { ko: '개사', en: 'companies' },
  ORGANISATIONS: { ko: '개 기관', en: 'organisations' },
  KRW: { ko: '원', en: 'KRW' },
  PERCENT: { ko: '%', en: '%' },
  COUNT: { ko: '건', en: 'count' },
  M2: { ko: '㎡', en: 'm²' },
  VEHICLES: { ko: '대', en: 'vehicles' },
  MWH: { ko: 'MWh', en: 'MWh' },
});
export type IndicatorUnit = (typeof IndicatorUnit.codes)[number];

/**
 * The scale a figure is published in (단위 배수): Korean tables count money in 만원, 백만원, 억원.
 * Values are stored as published; `toBaseUnits` multiplies them out exactly.
 */
export const Multiplier = defineCodeList('Multiplier', {
  ONE: { ko: '1', en: '1' },
  THOUSAND: { ko: '천', en: 'thousand' },
  TEN_THOUSAND: { ko: '만', en: 'ten thousand' },
  MILLION: { ko: '백만', en: 'million' },
  HUNDRED_MILLION: { ko: '억', en: 'hundred million' },
  BILLION: { ko: '십억', en: 'billion' },
  TRILLION: { ko: '조', en: 'trillion' },
});
export type Multiplier = (typeof Multiplier.codes)[number];

export const MULTIPLIER_FACTORS: Readonly<Record<Multiplier, string>> = {
  ONE: '1',
  THOUSAND: '1000',
  TEN_THOUSAND: '10000',
  MILLION: '1000000',
  HUNDRED_MILLION: '100000000',
  BILLION: '1000000000',
  TRILLION: '1000000000000',
};

export function toBaseUnits(value: string, multiplier: Multiplier): string {
  return multiplyDecimals(value, MULTIPLIER_FACTORS[multiplier]);
}

/** How figures of finer periods combine into a coarser one (집계 방식). */
export const Aggregation = defineCodeList('Aggregation', {
  SUM: { ko: '합계', en: 'Sum' },
  LAST: { ko: '기말 값', en: 'Last value' },
  AVERAGE: { ko: '평균', en: 'Average' },
});
export type Aggregation = (typeof Aggregation.codes)[number];

/** Which way is better, so progress and colours do not have to guess. */
export const Direction = defineCodeList('Direction', {
  UP_IS_GOOD: { ko: '높을수록 좋음', en: 'Up is good' },
  DOWN_IS_GOOD: { ko: '낮을수록 좋음', en: 'Down is good' },
});
export type Direction = (typeof Direction.codes)[number];

/**
 * What an indicator is about. CITY points at the organisation of kind CITY: there can be more than
 * one city in Bitgoeul, so even the city has an id.
 */
export const SubjectType = defineCodeList('SubjectType', {
  PROGRAM: { ko: '사업', en: 'Program' },
  ZONE: { ko: '구역', en: 'Zone' },
  FACILITY: { ko: '시설', en: 'Facility' },
  ORGANISATION: { ko: '기관', en: 'Organisation' },
  CITY: { ko: '도시', en: 'City' },
});
export type SubjectType = (typeof SubjectType.codes)[number];

export const SubjectInput = z.object({ type: SubjectType.schema, id: recordId }).strict();
export type Subject = z.output<typeof SubjectInput>;

export const IndicatorInput = z
  .object({
    ...commonRecordFields,
    name: bilingualText(NAME_MAX),
    unit: IndicatorUnit.schema,
    multiplier: Multiplier.schema.default('ONE'),
    frequency: Frequency.schema,
    aggregation: Aggregation.schema,
    direction: Direction.schema.default('UP_IS_GOOD'),
    subject: SubjectInput,
  })
  .strict();
export type IndicatorInput = z.input<typeof IndicatorInput>;
export type IndicatorValues = z.output<typeof IndicatorInput>;
export interface Indicator extends IndicatorValues, StoredRecord {}

export function validateIndicator(input: unknown): Validated<IndicatorValues> {
  return validateWith(IndicatorInput, input);
}

/** How firm a figure is (자료 상태). */
export const ObservationStatus = defineCodeList('ObservationStatus', {
  PROVISIONAL: { ko: '잠정', en: 'Provisional' },
  FINAL: { ko: '확정', en: 'Final' },
  ESTIMATED: { ko: '추정', en: 'Estimated' },
  FORECAST: { ko: '전망', en: 'Forecast' },
});
export type ObservationStatus = (typeof ObservationStatus.codes)[number];

/** A figure for one period. Every figure cites the source it was read from. */
export const ObservationInput = z
  .object({
    indicatorId: recordId,
    period: periodText,
    value: decimalString,
    status: ObservationStatus.schema,
    sourceId: recordId,
    /** Why the figure is what it is: "derived from +7.2 % YoY", "as reported". */
    note: optionalText(NOTE_MAX, { multiline: true }),
  })
  .strict();
export type ObservationInput = z.input<typeof ObservationInput>;
export type ObservationValues = z.output<typeof ObservationInput>;

/** Validates an observation against its indicator: the fields, then the period against the frequency. */
export function validateObservation(
  input: unknown,
  indicator: Pick<IndicatorValues, 'frequency'>,
): Validated<ObservationValues> {
  const result = validateWith(ObservationInput, input);
  if (!result.ok) return result;
  const mismatch = checkPeriodFrequency(result.value.period, indicator.frequency);
  return mismatch ? { ok: false, issues: [mismatch] } : result;
}

/** What a target counts: each period on its own, the running total, or where the program ends up. */
export const TargetKind = defineCodeList('TargetKind', {
  PER_PERIOD: { ko: '기간별', en: 'Per period' },
  CUMULATIVE: { ko: '누적', en: 'Cumulative' },
  END_OF_PROGRAM: { ko: '사업 종료 시', en: 'End of program' },
});
export type TargetKind = (typeof TargetKind.codes)[number];

/**
 * A target, cited to the document that set it. It needs a period or a deadline (TARGET_NEEDS_PERIOD),
 * with one exception: an END_OF_PROGRAM target is due when its program ends, which the program
 * records — GGM's 1,000 direct jobs has no date in any source, and we will not invent one.
 * A PER_PERIOD target needs a period: a deadline alone does not say which period it is for.
 */
export const TargetInput = z
  .object({
    indicatorId: recordId,
    kind: TargetKind.schema,
    period: periodText.nullish().transform((v) => v ?? null),
    deadline: optionalIsoDate,
    value: decimalString,
    sourceId: recordId,
    note: optionalText(NOTE_MAX, { multiline: true }),
    /** The target this one replaces, if any; the old one is kept, marked superseded. */
    supersedesId: optionalRecordId,
  })
  .strict()
  .superRefine((value, ctx) => {
    const needsPeriod =
      value.kind === 'PER_PERIOD'
        ? !value.period
        : value.kind === 'CUMULATIVE' && !value.period && !value.deadline;
    if (needsPeriod) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'a target needs a period or a deadline',
        params: { code: 'TARGET_NEEDS_PERIOD' },
      });
    }
  });
export type TargetInput = z.input<typeof TargetInput>;
export type TargetValues = z.output<typeof TargetInput>;

export function validateTarget(
  input: unknown,
  indicator?: Pick<IndicatorValues, 'frequency'>,
): Validated<TargetValues> {
  const result = validateWith(TargetInput, input);
  if (!result.ok || !indicator || !result.value.period) return result;
  const mismatch = checkPeriodFrequency(result.value.period, indicator.frequency);
  return mismatch ? { ok: false, issues: [mismatch] } : result;
}

export const INDICATOR_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  ...COMMON_FIELD_LABELS,
  unit: { ko: '단위', en: 'Unit' },
  multiplier: { ko: '단위 배수', en: 'Multiplier' },
  frequency: { ko: '작성 주기', en: 'Frequency' },
  aggregation: { ko: '집계 방식', en: 'Aggregation' },
  direction: { ko: '방향', en: 'Direction' },
  subject: { ko: '대상', en: 'Subject' },
  'subject.type': { ko: '대상 유형', en: 'Subject type' },
  'subject.id': { ko: '대상', en: 'Subject' },
  indicatorId: { ko: '지표', en: 'Indicator' },
  period: { ko: '기간', en: 'Period' },
  value: { ko: '값', en: 'Value' },
  status: { ko: '자료 상태', en: 'Status' },
  sourceId: { ko: '출처', en: 'Source' },
  note: { ko: '비고', en: 'Note' },
  kind: { ko: '목표 유형', en: 'Kind' },
  deadline: { ko: '기한', en: 'Deadline' },
  supersedesId: { ko: '대체 대상 목표', en: 'Supersedes' },
};
