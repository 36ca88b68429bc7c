import { describe, expect, it } from 'vitest';
import { PUBLICATION_STEPS, PublicationAction, PublicationState } from './publication-state.js';
import {
  admin,
  codeOf,
  EARLIER,
  editor,
  embargoed,
  INPUT,
  issuesOf,
  item,
  NOW,
  NOW_UTC,
  released,
  reviewer,
  viewer,
} from './publishing.test-fixtures.js';
import { availableActions, decideTransition, type PublicationActor } from './transition.js';

describe('refusals', () => {
  it.each(['APPROVE', 'RETURN'] as const)(
    'refuses to %s your own change (FOUR_EYES), reviewer or admin',
    (action) => {
      for (const actor of [reviewer, admin]) {
        const mine = item('IN_REVIEW', { lastChangedBy: actor.id });
        expect(issuesOf(decideTransition(mine, actor, INPUT[action], NOW))).toEqual([
          { field: '', code: 'FOUR_EYES', params: expect.objectContaining({ action }) },
        ]);
        expect(availableActions(mine, actor, NOW)).not.toContain(action);
      }
    },
  );

  it.each(['APPROVE', 'RETURN', 'PUBLISH', 'SCHEDULE', 'WITHDRAW'] as const)(
    'refuses an editor who tries to %s',
    (action) => {
      const from = PUBLICATION_STEPS[action].from[0]!;
      const decision = decideTransition(
        from === 'PUBLISHED' ? embargoed() : item(from),
        editor,
        INPUT[action],
        NOW,
      );
      expect(issuesOf(decision)).toEqual([
        {
          field: '',
          code: 'FORBIDDEN',
          params: expect.objectContaining({ action, role: 'REVIEWER', roleKo: '검토자', current: 'EDITOR' }),
        },
      ]);
    },
  );

  it.each(PublicationAction.codes)('refuses a viewer anything: %s', (action) => {
    const from = PUBLICATION_STEPS[action].from[0]!;
    expect(codeOf(decideTransition(item(from), viewer, INPUT[action], NOW))).toBe('FORBIDDEN');
  });

  it('refuses a role it does not know', () => {
    const stranger = { id: 'u-x', role: 'OWNER' } as unknown as PublicationActor;
    expect(codeOf(decideTransition(item('DRAFT'), stranger, INPUT.SUBMIT, NOW))).toBe('FORBIDDEN');
  });

  it.each(['DRAFT', 'IN_REVIEW', 'RETURNED'] as const)(
    'refuses to publish a %s that was never approved',
    (state) => {
      for (const action of ['PUBLISH', 'SCHEDULE'] as const) {
        expect(issuesOf(decideTransition(item(state), admin, INPUT[action], NOW))).toEqual([
          {
            field: 'state',
            code: 'ILLEGAL_TRANSITION',
            params: expect.objectContaining({
              action,
              from: state,
              fromKo: PublicationState.label(state, 'ko'),
            }),
          },
        ]);
      }
    },
  );

  it.each([
    ['in the past', EARLIER],
    ['exactly now', NOW],
    ['a millisecond ago', '2026-03-01T23:59:59.999Z'],
  ])('refuses a release %s (RELEASE_IN_PAST)', (_, releaseAt) => {
    const decision = decideTransition(item('APPROVED'), reviewer, { ...INPUT.SCHEDULE, releaseAt }, NOW);
    expect(issuesOf(decision)).toEqual([
      {
        field: 'releaseAt',
        code: 'RELEASE_IN_PAST',
        params: { releaseAt: new Date(releaseAt).toISOString(), now: NOW_UTC },
      },
    ]);
  });

  it('accepts a release a millisecond ahead', () => {
    const releaseAt = '2026-03-02T00:00:00.001Z';
    expect(decideTransition(item('APPROVED'), reviewer, { ...INPUT.SCHEDULE, releaseAt }, NOW).ok).toBe(true);
  });

  it.each([
    ['missing', {}, 'REQUIRED'],
    ['empty', { comment: '' }, 'REQUIRED'],
    ['blank', { comment: ' \u200b ' }, 'BLANK'],
    ['with a control character', { comment: '확인\u0000' }, 'CONTROL_CHARACTER'],
    ['too long', { comment: '가'.repeat(1001) }, 'TOO_LONG'],
  ])('refuses a return whose comment is %s (field error)', (_, change, code) => {
    const { comment: _c, ...rest } = INPUT.RETURN;
    const decision = decideTransition(item('IN_REVIEW'), reviewer, { ...rest, ...change }, NOW);
    expect(issuesOf(decision)).toEqual([expect.objectContaining({ field: 'comment', code })]);
  });

  it('refuses a withdrawal without a reason', () => {
    const decision = decideTransition(released(), reviewer, { action: 'WITHDRAW', version: 3 }, NOW);
    expect(issuesOf(decision)).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
  });

  it.each(PublicationAction.codes)('refuses a stale version on %s (STALE_VERSION)', (action) => {
    const from = PUBLICATION_STEPS[action].from[0]!;
    const base = from === 'PUBLISHED' ? embargoed() : item(from);
    const decision = decideTransition({ ...base, version: 4 }, admin, INPUT[action], NOW);
    expect(issuesOf(decision)).toEqual([{ field: 'version', code: 'STALE_VERSION', params: { current: 4 } }]);
  });

  it.each(['PUBLISH', 'SCHEDULE'] as const)('refuses to %s again what is already released', (action) => {
    expect(issuesOf(decideTransition(released(), reviewer, INPUT[action], NOW))).toEqual([
      { field: 'releaseAt', code: 'ALREADY_RELEASED', params: { releaseAt: '2026-03-01T00:00:00.000Z' } },
    ]);
  });

  it('refuses a WITHDRAWN item every step: a correction is a new vintage', () => {
    for (const action of PublicationAction.codes) {
      expect(codeOf(decideTransition(item('WITHDRAWN'), admin, INPUT[action], NOW))).toBe(
        'ILLEGAL_TRANSITION',
      );
    }
  });

  it.each([
    ['no action', { version: 3 }, 'action', 'REQUIRED'],
    ['an unknown action', { action: 'DELETE', version: 3 }, 'action', 'UNKNOWN_CODE'],
    ['no version', { action: 'SUBMIT' }, 'version', 'REQUIRED'],
    ['a version that is not a number', { action: 'SUBMIT', version: '3' }, 'version', 'INVALID_TYPE'],
    ['a field of another action', { action: 'SUBMIT', version: 3, reason: 'x' }, 'reason', 'INVALID'],
  ])('names the field when the input has %s', (_, input, field, code) => {
    expect(issuesOf(decideTransition(item('DRAFT'), editor, input, NOW))).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });

  it('refuses a missing input as a whole', () => {
    expect(issuesOf(decideTransition(item('DRAFT'), editor, null, NOW))).toEqual([
      { field: '', code: 'REQUIRED' },
    ]);
  });
});

describe('the order of refusals', () => {
  it('tells a viewer FORBIDDEN before anything about the item', () => {
    const stale = item('DRAFT', { version: 9 });
    expect(codeOf(decideTransition(stale, viewer, { action: 'APPROVE', version: 3 }, NOW))).toBe('FORBIDDEN');
  });

  it('judges nothing on a stale view: STALE_VERSION before ILLEGAL_TRANSITION, FOUR_EYES and field errors', () => {
    const moved = item('APPROVED', { version: 4, lastChangedBy: reviewer.id });
    expect(codeOf(decideTransition(moved, reviewer, { action: 'RETURN', version: 3 }, NOW))).toBe(
      'STALE_VERSION',
    );
  });

  it('reports a missing version as a field error, not as stale', () => {
    expect(issuesOf(decideTransition(item('DRAFT'), editor, { action: 'SUBMIT' }, NOW))).toEqual([
      { field: 'version', code: 'REQUIRED' },
    ]);
  });

  it('says FOUR_EYES before a missing comment', () => {
    const mine = item('IN_REVIEW', { lastChangedBy: reviewer.id });
    expect(codeOf(decideTransition(mine, reviewer, { action: 'RETURN', version: 3 }, NOW))).toBe('FOUR_EYES');
  });

  it('says NOT_PUBLISHABLE before a past release time', () => {
    const internal = item('APPROVED', { visibility: 'INTERNAL' });
    const input = { ...INPUT.SCHEDULE, releaseAt: EARLIER };
    expect(codeOf(decideTransition(internal, reviewer, input, NOW))).toBe('NOT_PUBLISHABLE');
  });

  it('reports every field error of the input at once', () => {
    const decision = decideTransition(
      item('IN_REVIEW'),
      reviewer,
      { action: 'RETURN', version: 3, note: 'x' },
      NOW,
    );
    expect(
      issuesOf(decision)
        .map((i) => i.field)
        .sort(),
    ).toEqual(['comment', 'note']);
  });
});
