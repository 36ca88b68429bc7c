import { Role, roleIncludes } from '../accounts/account.js';
import { labelParams } from '../shared/issues.js';
import type { Visibility } from '../shared/record.js';
import { instant, isEmbargoed, type PublicationTimes, releasedAt } from './public-version.js';
import { validatePublicationStep } from './publication-input.js';
import type { PublicationIssue } from './publication-issues.js';
import {
  PUBLICATION_STEPS,
  PublicationAction,
  PublicationState,
  type PublicationState as State,
} from './publication-state.js';

/** The item a step is asked of, as it is stored now. */
export interface PublicationItem extends Pick<PublicationTimes, 'publishedAt' | 'releaseAt'> {
  state: State;
  /** The stored optimistic-lock version; the step must name it. */
  version: number;
  /** Who saved the item's content last (a step is not a change of content); null for migrated data. */
  lastChangedBy: string | null;
  /** The record's own visibility, or its indicator's for an observation or a target. */
  visibility: Visibility;
}

export interface PublicationActor {
  id: string;
  role: Role;
}

/**
 * What to write when a step is allowed. Only the fields the step sets are present; the API keeps
 * the others as they are, and writes the step itself (who, when, comment) to the audit log.
 */
export interface PublicationChanges {
  state: State;
  submittedBy?: string;
  submittedAt?: string;
  reviewedBy?: string;
  reviewedAt?: string;
  /** A return's comment, or an approval's (null when it has none: the old comment is answered). */
  reviewComment?: string | null;
  publishedBy?: string;
  publishedAt?: string;
  releaseAt?: string;
  withdrawnBy?: string;
  withdrawnAt?: string;
  withdrawalReason?: string;
}

export type PublicationDecision =
  | { ok: true; action: PublicationAction; from: State; to: State; changes: PublicationChanges }
  | { ok: false; issues: PublicationIssue[] };

const refuse = (issue: PublicationIssue): PublicationDecision => ({ ok: false, issues: [issue] });

function forbidden(action: PublicationAction, actor: PublicationActor): PublicationIssue | null {
  const needed = PUBLICATION_STEPS[action].role;
  if (Role.is(actor.role) && roleIncludes(actor.role, needed)) return null;
  return {
    field: '',
    code: 'FORBIDDEN',
    params: {
      ...labelParams(PublicationAction, action, 'action'),
      ...labelParams(Role, needed, 'role'),
      ...(Role.is(actor.role)
        ? labelParams(Role, actor.role, 'current')
        : { current: String(actor.role), currentKo: String(actor.role), currentEn: String(actor.role) }),
    },
  };
}

/** The refusals that need no input: the state, the visibility and the four eyes. */
function stepIssue(
  item: PublicationItem,
  action: PublicationAction,
  actor: PublicationActor,
  now: number,
): PublicationIssue | null {
  const step = PUBLICATION_STEPS[action];
  if (!step.from.includes(item.state)) {
    return {
      field: 'state',
      code: 'ILLEGAL_TRANSITION',
      params: {
        ...labelParams(PublicationAction, action, 'action'),
        ...labelParams(PublicationState, item.state, 'from'),
        ...labelParams(PublicationState, step.to, 'to'),
      },
    };
  }
  if (
    item.state === 'PUBLISHED' &&
    (action === 'PUBLISH' || action === 'SCHEDULE') &&
    !isEmbargoed(item, new Date(now))
  ) {
    return { field: 'releaseAt', code: 'ALREADY_RELEASED', params: { releaseAt: releasedAt(item) ?? '' } };
  }
  if ((action === 'PUBLISH' || action === 'SCHEDULE') && item.visibility !== 'PUBLIC') {
    return { field: 'visibility', code: 'NOT_PUBLISHABLE' };
  }
  if (step.fourEyes && item.lastChangedBy !== null && item.lastChangedBy === actor.id) {
    return { field: '', code: 'FOUR_EYES', params: labelParams(PublicationAction, action, 'action') };
  }
  return null;
}

/**
 * Decides one step of the workflow: the state to move to and the fields to write, or why not.
 * Pure: the clock is `now`, the stored item and the actor are arguments, nothing is written.
 *
 * Refusals come in this order, and only the first kind is reported:
 *   the input's `action` unknown (field `action`) → FORBIDDEN (the role may not take the step) →
 *   `version` missing or not a number (field error) → STALE_VERSION (someone changed the item since
 *   it was read: nothing else is judged on a stale view) → ILLEGAL_TRANSITION (not from this state;
 *   publishing a draft that was never approved is one) or ALREADY_RELEASED → NOT_PUBLISHABLE (an
 *   INTERNAL record) → FOUR_EYES → the other field errors (a return without a comment is `comment`
 *   REQUIRED or BLANK) → RELEASE_IN_PAST.
 *
 * A release time at or before `now` is refused (RELEASE_IN_PAST), not turned into "publish now":
 * a reviewer who schedules means a later moment, and quietly publishing early would break the
 * embargo they set. Publishing now is its own action, PUBLISH.
 */
export function decideTransition(
  item: PublicationItem,
  actor: PublicationActor,
  input: unknown,
  now: string | Date,
): PublicationDecision {
  const at = instant(now);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (!PublicationAction.is(raw.action)) {
    // Without a known action there is no step to judge; the schema names what is wrong.
    const checked = validatePublicationStep(input);
    return checked.ok ? refuse({ field: 'action', code: 'UNKNOWN_CODE' }) : checked;
  }
  const action = raw.action;
  const denied = forbidden(action, actor);
  if (denied) return refuse(denied);

  const checked = validatePublicationStep(input);
  const versionIssues = checked.ok ? [] : checked.issues.filter((i) => i.field === 'version');
  if (versionIssues.length > 0) return { ok: false, issues: versionIssues };
  if (raw.version !== item.version) {
    return refuse({ field: 'version', code: 'STALE_VERSION', params: { current: item.version } });
  }

  const gate = stepIssue(item, action, actor, at);
  if (gate) return refuse(gate);
  if (!checked.ok) return checked;

  const values = checked.value;
  const stamp = new Date(at).toISOString();
  const to = PUBLICATION_STEPS[action].to;
  const decided = (changes: Omit<PublicationChanges, 'state'>): PublicationDecision => ({
    ok: true,
    action,
    from: item.state,
    to,
    changes: { state: to, ...changes },
  });

  switch (values.action) {
    case 'SUBMIT':
      return decided({ submittedBy: actor.id, submittedAt: stamp });
    case 'APPROVE':
      return decided({ reviewedBy: actor.id, reviewedAt: stamp, reviewComment: values.comment });
    case 'RETURN':
      return decided({ reviewedBy: actor.id, reviewedAt: stamp, reviewComment: values.comment });
    case 'PUBLISH':
      return decided({ publishedBy: actor.id, publishedAt: stamp, releaseAt: stamp });
    case 'SCHEDULE':
      if (instant(values.releaseAt) <= at) {
        return refuse({
          field: 'releaseAt',
          code: 'RELEASE_IN_PAST',
          params: { releaseAt: values.releaseAt, now: stamp },
        });
      }
      return decided({ publishedBy: actor.id, publishedAt: stamp, releaseAt: values.releaseAt });
    case 'WITHDRAW':
      return decided({ withdrawnBy: actor.id, withdrawnAt: stamp, withdrawalReason: values.reason });
  }
}

/**
 * The steps this actor may take on this item now, given valid input — the buttons the admin shows.
 * The same rules as `decideTransition`, without the input's own checks.
 */
export function availableActions(
  item: PublicationItem,
  actor: PublicationActor,
  now: string | Date,
): PublicationAction[] {
  const at = instant(now);
  return PublicationAction.codes.filter(
    (action) => forbidden(action, actor) === null && stepIssue(item, action, actor, at) === null,
  );
}
