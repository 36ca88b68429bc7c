import { z } from 'zod';
import { DATE_MAX, DATE_MIN, NOTE_MAX } from '../shared/limits.js';
import { optionalText, requiredText } from '../shared/text.js';
import { fromZodIssues, type Validated, validateWith } from '../shared/validation.js';
import { PublicationAction } from './publication-state.js';

/** A reviewer's comment and a reason for withdrawal are remarks on a figure, as long as a note. */
export const REVIEW_COMMENT_MAX = NOTE_MAX;
export const WITHDRAWAL_REASON_MAX = NOTE_MAX;

const RELEASE_EXAMPLE = '2026-03-02T09:00:00+09:00';
const isoDateTime = z.iso.datetime({ offset: true });

/**
 * A moment to release at: an ISO 8601 date and time with its offset (`Z` or `+09:00`). A time
 * without an offset is refused rather than guessed: a release at "09:00" must say whose 09:00.
 * Only the form and the range are checked here; whether it is in the future needs the clock, which
 * `decideTransition` is given (RELEASE_IN_PAST).
 */
export const releaseTime = z
  .string()
  .refine((v) => isoDateTime.safeParse(v).success, {
    params: { code: 'INVALID_FORMAT', example: RELEASE_EXAMPLE },
    abort: true,
  })
  .refine(
    (v) => {
      const day = new Date(v).toISOString().slice(0, 10);
      return day >= DATE_MIN && day <= DATE_MAX;
    },
    { params: { code: 'DATE_OUT_OF_RANGE', min: DATE_MIN, max: DATE_MAX } },
  )
  .transform((v) => new Date(v).toISOString());

/** The version the person read: every step names it, so a step over someone else's change is refused. */
const version = z.number().int().min(0);

/**
 * One schema per action. Every step names the version it read; a return needs a comment (what to
 * fix), a withdrawal a reason (the public record of why a figure went away), a scheduled release
 * its time. An approval may carry a comment. Text follows the domain's one text rule (trimmed, no
 * control characters, blank refused where required), multi-line like a note.
 */
export const PUBLICATION_INPUTS = {
  SUBMIT: z.object({ action: z.literal('SUBMIT'), version }).strict(),
  APPROVE: z
    .object({
      action: z.literal('APPROVE'),
      version,
      comment: optionalText(REVIEW_COMMENT_MAX, { multiline: true }),
    })
    .strict(),
  RETURN: z
    .object({
      action: z.literal('RETURN'),
      version,
      comment: requiredText(REVIEW_COMMENT_MAX, { multiline: true }),
    })
    .strict(),
  PUBLISH: z.object({ action: z.literal('PUBLISH'), version }).strict(),
  SCHEDULE: z.object({ action: z.literal('SCHEDULE'), version, releaseAt: releaseTime }).strict(),
  WITHDRAW: z
    .object({
      action: z.literal('WITHDRAW'),
      version,
      reason: requiredText(WITHDRAWAL_REASON_MAX, { multiline: true }),
    })
    .strict(),
} as const;

/** Every step's input, told apart by `action` — for a form resolver or a GraphQL input. */
export const PublicationStepInput = z.discriminatedUnion('action', [
  PUBLICATION_INPUTS.SUBMIT,
  PUBLICATION_INPUTS.APPROVE,
  PUBLICATION_INPUTS.RETURN,
  PUBLICATION_INPUTS.PUBLISH,
  PUBLICATION_INPUTS.SCHEDULE,
  PUBLICATION_INPUTS.WITHDRAW,
]);
export type PublicationStepInput = z.input<typeof PublicationStepInput>;
export type PublicationStepValues = z.output<typeof PublicationStepInput>;

/**
 * Validates a step's input. The action is read first, so that an unknown one is named
 * (`action`, UNKNOWN_CODE) and a known one is checked against its own fields only.
 */
export function validatePublicationStep(input: unknown): Validated<PublicationStepValues> {
  const action = z.object({ action: PublicationAction.schema }).safeParse(input, { reportInput: true });
  if (!action.success) return { ok: false, issues: fromZodIssues(action.error.issues) };
  return validateWith(PUBLICATION_INPUTS[action.data.action], input) as Validated<PublicationStepValues>;
}
