import { describe, expect, it } from 'vitest';
import type { Role } from '../accounts/account.js';
import { PUBLICATION_STEPS, PublicationAction, PublicationState } from './publication-state.js';
import {
  ACTORS,
  admin,
  codeOf,
  editor,
  embargoed,
  INPUT,
  issuesOf,
  item,
  LATER,
  LATER_UTC,
  NOW,
  NOW_UTC,
  released,
  reviewer,
  viewer,
} from './publishing.test-fixtures.js';
import { availableActions, decideTransition } from './transition.js';

describe('allowed steps', () => {
  it.each([
    ['SUBMIT', 'DRAFT', editor, 'IN_REVIEW', { submittedBy: editor.id, submittedAt: NOW_UTC }],
    ['SUBMIT', 'RETURNED', editor, 'IN_REVIEW', { submittedBy: editor.id, submittedAt: NOW_UTC }],
    ['SUBMIT', 'DRAFT', reviewer, 'IN_REVIEW', { submittedBy: reviewer.id }],
    ['SUBMIT', 'DRAFT', admin, 'IN_REVIEW', { submittedBy: admin.id }],
    [
      'APPROVE',
      'IN_REVIEW',
      reviewer,
      'APPROVED',
      { reviewedBy: reviewer.id, reviewedAt: NOW_UTC, reviewComment: null },
    ],
    ['APPROVE', 'IN_REVIEW', admin, 'APPROVED', { reviewedBy: admin.id }],
    [
      'RETURN',
      'IN_REVIEW',
      reviewer,
      'RETURNED',
      { reviewedBy: reviewer.id, reviewedAt: NOW_UTC, reviewComment: '기간 표기를 2026-01로 고쳐 주세요.' },
    ],
    ['RETURN', 'IN_REVIEW', admin, 'RETURNED', { reviewedBy: admin.id }],
    [
      'PUBLISH',
      'APPROVED',
      reviewer,
      'PUBLISHED',
      { publishedBy: reviewer.id, publishedAt: NOW_UTC, releaseAt: NOW_UTC },
    ],
    [
      'SCHEDULE',
      'APPROVED',
      reviewer,
      'PUBLISHED',
      { publishedBy: reviewer.id, publishedAt: NOW_UTC, releaseAt: LATER_UTC },
    ],
    ['PUBLISH', 'APPROVED', admin, 'PUBLISHED', { publishedBy: admin.id }],
    [
      'WITHDRAW',
      'PUBLISHED',
      reviewer,
      'WITHDRAWN',
      { withdrawnBy: reviewer.id, withdrawnAt: NOW_UTC, withdrawalReason: '출처 기관이 수치를 정정함' },
    ],
  ] as const)('%s from %s by %o → %s', (action, from, actor, to, fields) => {
    const base = from === 'PUBLISHED' ? released() : item(from);
    const decision = decideTransition(base, actor, INPUT[action], NOW);
    expect(decision).toMatchObject({ ok: true, action, from, to, changes: { state: to, ...fields } });
  });

  it('writes only the fields of its step', () => {
    const decision = decideTransition(item('DRAFT'), editor, INPUT.SUBMIT, NOW);
    expect(decision.ok && decision.changes).toEqual({
      state: 'IN_REVIEW',
      submittedBy: editor.id,
      submittedAt: NOW_UTC,
    });
  });

  it('keeps an approval comment, trimmed', () => {
    const decision = decideTransition(
      item('IN_REVIEW'),
      reviewer,
      { ...INPUT.APPROVE, comment: '  확인함 ' },
      NOW,
    );
    expect(decision).toMatchObject({ ok: true, changes: { reviewComment: '확인함' } });
  });

  it('publishes an embargoed item now, or moves its release to another future time', () => {
    expect(decideTransition(embargoed(), reviewer, INPUT.PUBLISH, NOW)).toMatchObject({
      ok: true,
      changes: { state: 'PUBLISHED', releaseAt: NOW_UTC },
    });
    const moved = '2026-03-10T09:00:00+09:00';
    expect(
      decideTransition(embargoed(), reviewer, { ...INPUT.SCHEDULE, releaseAt: moved }, NOW),
    ).toMatchObject({
      ok: true,
      changes: { state: 'PUBLISHED', releaseAt: '2026-03-10T00:00:00.000Z' },
    });
  });

  it('withdraws an embargoed item before its release (it is then never public)', () => {
    expect(decideTransition(embargoed(), admin, INPUT.WITHDRAW, NOW)).toMatchObject({
      ok: true,
      to: 'WITHDRAWN',
      changes: { withdrawnAt: NOW_UTC },
    });
  });

  it('lets anyone review migrated data, which has no last editor', () => {
    expect(
      decideTransition(item('IN_REVIEW', { lastChangedBy: null }), reviewer, INPUT.APPROVE, NOW).ok,
    ).toBe(true);
  });

  it('reviews an INTERNAL record, but never publishes it', () => {
    const internal = (state: PublicationState) => item(state, { visibility: 'INTERNAL' });
    expect(decideTransition(internal('DRAFT'), editor, INPUT.SUBMIT, NOW).ok).toBe(true);
    expect(decideTransition(internal('IN_REVIEW'), reviewer, INPUT.APPROVE, NOW).ok).toBe(true);
    expect(issuesOf(decideTransition(internal('APPROVED'), admin, INPUT.PUBLISH, NOW))).toEqual([
      { field: 'visibility', code: 'NOT_PUBLISHABLE' },
    ]);
    expect(codeOf(decideTransition(internal('APPROVED'), reviewer, INPUT.SCHEDULE, NOW))).toBe(
      'NOT_PUBLISHABLE',
    );
  });

  it('accepts a Date as the clock', () => {
    expect(decideTransition(item('DRAFT'), editor, INPUT.SUBMIT, new Date(NOW))).toMatchObject({
      changes: { submittedAt: NOW_UTC },
    });
  });
});

describe('every state × action × role', () => {
  const ROLES: Role[] = ['VIEWER', 'EDITOR', 'REVIEWER', 'ADMIN'];
  const rank = (role: Role) => ROLES.indexOf(role);
  // A reviewer other than the last editor, so that the four-eyes rule does not interfere here.
  const cases = PublicationState.codes.flatMap((state) =>
    PublicationAction.codes.flatMap((action) => ROLES.map((role) => [state, action, role] as const)),
  );

  it.each(cases)('%s + %s by %s', (state, action, role) => {
    const base = state === 'PUBLISHED' ? embargoed() : item(state);
    const decision = decideTransition(base, ACTORS[role], INPUT[action], NOW);
    const step = PUBLICATION_STEPS[action];
    const expected =
      rank(role) < rank(step.role) ? 'FORBIDDEN' : step.from.includes(state) ? null : 'ILLEGAL_TRANSITION';
    expect(codeOf(decision)).toBe(expected);
    expect(availableActions(base, ACTORS[role], NOW).includes(action)).toBe(expected === null);
  });
});

describe('availableActions', () => {
  it.each([
    ['a draft, for its editor', item('DRAFT'), editor, ['SUBMIT']],
    ['an item in review, for its own editor', item('IN_REVIEW'), editor, []],
    ['an item in review, for a reviewer', item('IN_REVIEW'), reviewer, ['APPROVE', 'RETURN']],
    ['a reviewer’s own change in review', item('IN_REVIEW', { lastChangedBy: reviewer.id }), reviewer, []],
    ['an approved item, for a reviewer', item('APPROVED'), reviewer, ['PUBLISH', 'SCHEDULE']],
    ['an approved INTERNAL item', item('APPROVED', { visibility: 'INTERNAL' }), admin, []],
    ['an embargoed item', embargoed(), reviewer, ['PUBLISH', 'SCHEDULE', 'WITHDRAW']],
    ['a released item', released(), reviewer, ['WITHDRAW']],
    ['a released item, for a viewer', released(), viewer, []],
  ] as const)('offers %s', (_, base, actor, actions) => {
    expect(availableActions(base, actor, NOW)).toEqual(actions);
  });

  it('offers nothing once the embargo has passed but PUBLISH/SCHEDULE are history', () => {
    expect(availableActions(embargoed(), reviewer, LATER)).toEqual(['WITHDRAW']);
  });
});
