import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { TITLE_MAX } from '../shared/limits.js';
import type { Bilingual } from '../shared/locale.js';
import { DatePrecision, optionalDescription, recordIdList, refineDatePrecision } from '../shared/record.js';
import { bilingualText, optionalIsoDate } from '../shared/text.js';
import { type Validated, validateWith } from '../shared/validation.js';
import type { FacilityStatus } from './facility.js';

/** A dated step in the life of a facility or a program (주요 일정). */
export const MilestoneKind = defineCodeList('MilestoneKind', {
  AGREEMENT_SIGNED: { ko: '협약 체결', en: 'Agreement signed' },
  GROUNDBREAKING: { ko: '착공', en: 'Groundbreaking' },
  COMPLETION: { ko: '준공', en: 'Completion' },
  PRODUCTION_START: { ko: '양산 개시', en: 'Production start' },
  OPENING: { ko: '개관', en: 'Opening' },
  EVENT_HELD: { ko: '행사 개최', en: 'Event held' },
  BID: { ko: '유치 신청', en: 'Bid' },
});
export type MilestoneKind = (typeof MilestoneKind.codes)[number];

/**
 * The lifecycle status a milestone, once it has happened, puts a facility in. Events held and bids
 * made are part of a venue's or a program's story but move no lifecycle, hence null.
 */
export const MILESTONE_IMPLIES: Readonly<Record<MilestoneKind, FacilityStatus | null>> = {
  AGREEMENT_SIGNED: 'AGREED',
  GROUNDBREAKING: 'UNDER_CONSTRUCTION',
  COMPLETION: 'COMPLETED',
  PRODUCTION_START: 'OPERATING',
  OPENING: 'OPERATING',
  EVENT_HELD: null,
  BID: null,
};

export const MilestoneInput = z
  .object({
    kind: MilestoneKind.schema,
    /** A name when the kind alone does not say it: "국가 AI 데이터센터 투자협약 및 착수식". */
    title: bilingualText(TITLE_MAX)
      .nullish()
      .transform((v) => v ?? null),
    plannedOn: optionalIsoDate,
    plannedOnPrecision: DatePrecision.schema.default('DAY'),
    actualOn: optionalIsoDate,
    actualOnPrecision: DatePrecision.schema.default('DAY'),
    note: optionalDescription,
    sourceIds: recordIdList,
  })
  .strict()
  .superRefine((value, ctx) => {
    // A milestone without any date says nothing a timeline can show.
    if (!value.plannedOn && !value.actualOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['plannedOn'],
        message: 'a date is required',
        params: { code: 'REQUIRED' },
      });
    }
    refineDatePrecision(ctx, value.plannedOn, value.plannedOnPrecision, 'plannedOn');
    refineDatePrecision(ctx, value.actualOn, value.actualOnPrecision, 'actualOn');
  });
export type MilestoneInput = z.input<typeof MilestoneInput>;
export type MilestoneValues = z.output<typeof MilestoneInput>;

export function validateMilestone(input: unknown): Validated<MilestoneValues> {
  return validateWith(MilestoneInput, input);
}

/** The status a milestone implies — only once it has happened (has an `actualOn`). */
export function statusImpliedBy(
  milestone: Pick<MilestoneValues, 'kind' | 'actualOn'>,
): FacilityStatus | null {
  return milestone.actualOn ? MILESTONE_IMPLIES[milestone.kind] : null;
}

const FORWARD_ORDER: readonly FacilityStatus[] = [
  'PLANNED',
  'AGREED',
  'UNDER_CONSTRUCTION',
  'COMPLETED',
  'OPERATING',
];

/**
 * The furthest lifecycle step the milestones that have happened prove, or null when none do. GGM,
 * completed in April and producing from September (planned), is COMPLETED until production starts.
 * Suspension and closure are decisions, not milestones, so they never come from here.
 */
export function furthestStatus(
  milestones: readonly Pick<MilestoneValues, 'kind' | 'actualOn'>[],
): FacilityStatus | null {
  let best = -1;
  for (const m of milestones) {
    const status = statusImpliedBy(m);
    if (status) best = Math.max(best, FORWARD_ORDER.indexOf(status));
  }
  return best < 0 ? null : (FORWARD_ORDER[best] ?? null);
}

export const MILESTONE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  kind: { ko: '일정 유형', en: 'Kind' },
  title: { ko: '제목', en: 'Title' },
  plannedOn: { ko: '계획일', en: 'Planned on' },
  plannedOnPrecision: { ko: '계획일 정밀도', en: 'Planned date precision' },
  actualOn: { ko: '실제일', en: 'Actual date' },
  actualOnPrecision: { ko: '실제일 정밀도', en: 'Actual date precision' },
  note: { ko: '비고', en: 'Note' },
  sourceIds: { ko: '출처', en: 'Sources' },
};
