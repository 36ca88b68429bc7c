import type { Role } from '../accounts/account.js';
import { defineCodeList } from '../shared/code-list.js';

/**
 * Where an item stands on its way to the public (공개 절차): an observation or a target vintage,
 * or a revision of a record the public reads (program, zone, facility, indicator, benefit rule).
 * The order of the keys is the order of the steps. See README.md beside this file for the whole
 * workflow and the columns the API keeps.
 */
export const PublicationState = defineCodeList('PublicationState', {
  DRAFT: { ko: '작성 중', en: 'Draft' },
  IN_REVIEW: { ko: '검토 대기', en: 'In review' },
  RETURNED: { ko: '반려', en: 'Returned' },
  APPROVED: { ko: '승인', en: 'Approved' },
  PUBLISHED: { ko: '공개', en: 'Published' },
  WITHDRAWN: { ko: '공개 철회', en: 'Withdrawn' },
});
export type PublicationState = (typeof PublicationState.codes)[number];

/** What a person does to move an item along. Editing is not an action here: see `editOutcome`. */
export const PublicationAction = defineCodeList('PublicationAction', {
  SUBMIT: { ko: '검토 요청', en: 'Submit for review' },
  APPROVE: { ko: '승인', en: 'Approve' },
  RETURN: { ko: '반려', en: 'Return' },
  PUBLISH: { ko: '즉시 공개', en: 'Publish now' },
  SCHEDULE: { ko: '공개 예약', en: 'Schedule release' },
  WITHDRAW: { ko: '공개 철회', en: 'Withdraw' },
});
export type PublicationAction = (typeof PublicationAction.codes)[number];

/**
 * What a signed-in reader is shown beside an item: its state, with PUBLISHED split into SCHEDULED
 * (published under embargo, its release time still ahead) and PUBLISHED (the public can see it).
 */
export const PublicationDisplay = defineCodeList('PublicationDisplay', {
  DRAFT: { ko: '작성 중', en: 'Draft' },
  IN_REVIEW: { ko: '검토 대기', en: 'In review' },
  RETURNED: { ko: '반려', en: 'Returned' },
  APPROVED: { ko: '승인', en: 'Approved' },
  SCHEDULED: { ko: '공개 예정', en: 'Scheduled' },
  PUBLISHED: { ko: '공개', en: 'Published' },
  WITHDRAWN: { ko: '공개 철회', en: 'Withdrawn' },
});
export type PublicationDisplay = (typeof PublicationDisplay.codes)[number];

export interface PublicationStep {
  /** The states the action may start from. */
  readonly from: readonly PublicationState[];
  readonly to: PublicationState;
  /** The least role that may take it (roles include the ones below them: an admin reviews too). */
  readonly role: Role;
  /** Refused to the person who made the item's last change (FOUR_EYES). */
  readonly fourEyes: boolean;
}

/**
 * The workflow, and the only place it is written down.
 * - An editor (or anyone above) SUBMITs a draft, or a returned item after fixing it.
 * - A reviewer or an admin APPROVEs it or RETURNs it with a comment — never the person who made
 *   its last change (four eyes). Returning is a review too, so it is under the same rule.
 * - A reviewer or an admin then PUBLISHes it now, or SCHEDULEs it for a later release (embargo).
 *   Publishing needs no second rule of its own: what is published was approved by someone else,
 *   and any edit after approval sends it back to DRAFT.
 * - A published item still under embargo may be published now or rescheduled; once released, its
 *   release time is history and cannot move (ALREADY_RELEASED).
 * - A reviewer or an admin may WITHDRAW a published item with a reason, before or after release;
 *   hiding a figure needs no second pair of eyes, showing one does. WITHDRAWN is terminal: a
 *   corrected figure is a new vintage and goes through review.
 */
export const PUBLICATION_STEPS: Readonly<Record<PublicationAction, PublicationStep>> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'IN_REVIEW', role: 'EDITOR', fourEyes: false },
  APPROVE: { from: ['IN_REVIEW'], to: 'APPROVED', role: 'REVIEWER', fourEyes: true },
  RETURN: { from: ['IN_REVIEW'], to: 'RETURNED', role: 'REVIEWER', fourEyes: true },
  PUBLISH: { from: ['APPROVED', 'PUBLISHED'], to: 'PUBLISHED', role: 'REVIEWER', fourEyes: false },
  SCHEDULE: { from: ['APPROVED', 'PUBLISHED'], to: 'PUBLISHED', role: 'REVIEWER', fourEyes: false },
  WITHDRAW: { from: ['PUBLISHED'], to: 'WITHDRAWN', role: 'REVIEWER', fourEyes: false },
};

/** The actions that may start from a state, whoever asks and whatever the clock says. */
export function actionsFrom(state: PublicationState): PublicationAction[] {
  return PublicationAction.codes.filter((action) => PUBLICATION_STEPS[action].from.includes(state));
}

/**
 * What saving an edit does to an item's state. Before publication the item is edited in place:
 * a draft, a returned item and an item in review keep their state (a reviewer's approval then meets
 * the new version and is refused as STALE_VERSION, so nobody approves what they did not see); an
 * approved item goes back to DRAFT, because the approval was for other content. A published or
 * withdrawn item is never edited: the edit becomes a new DRAFT vintage (or revision), and the
 * published one stays what the public sees until its successor is released.
 */
export type EditOutcome = { kind: 'IN_PLACE'; state: PublicationState } | { kind: 'NEW_DRAFT' };

export function editOutcome(state: PublicationState): EditOutcome {
  switch (state) {
    case 'DRAFT':
    case 'RETURNED':
    case 'IN_REVIEW':
      return { kind: 'IN_PLACE', state };
    case 'APPROVED':
      return { kind: 'IN_PLACE', state: 'DRAFT' };
    case 'PUBLISHED':
    case 'WITHDRAWN':
      return { kind: 'NEW_DRAFT' };
  }
}
