import { describe, expect, it } from 'vitest';
import { Role, roleIncludes } from '../accounts/account.js';
import { validatePublicationStep } from './publication-input.js';
import {
  actionsFrom,
  editOutcome,
  PUBLICATION_STEPS,
  PublicationAction,
  PublicationDisplay,
  PublicationState,
} from './publication-state.js';

describe('the code lists', () => {
  it('labels every state and action in Korean and English', () => {
    expect(PublicationState.options('ko').map((o) => o.name)).toEqual([
      '작성 중',
      '검토 대기',
      '반려',
      '승인',
      '공개',
      '공개 철회',
    ]);
    expect(PublicationAction.label('SCHEDULE', 'en')).toBe('Schedule release');
    expect(PublicationAction.label('WITHDRAW', 'ko')).toBe('공개 철회');
    for (const list of [PublicationState, PublicationAction, PublicationDisplay]) {
      for (const code of list.codes) {
        const labels = list.labels[code as keyof typeof list.labels] as { ko: string; en: string };
        expect(labels.ko).not.toBe('');
        expect(labels.en).not.toBe('');
      }
    }
  });

  it('shows every state, and SCHEDULED, to signed-in readers', () => {
    expect(PublicationDisplay.codes.filter((c) => !PublicationState.is(c))).toEqual(['SCHEDULED']);
    for (const state of PublicationState.codes)
      expect(PublicationDisplay.label(state, 'ko')).toBe(PublicationState.label(state, 'ko'));
  });
});

describe('the workflow table', () => {
  it('has a step and an input for every action', () => {
    expect(Object.keys(PUBLICATION_STEPS).sort()).toEqual([...PublicationAction.codes].sort());
    for (const action of PublicationAction.codes) {
      expect(validatePublicationStep({ action }).ok).toBe(false);
    }
  });

  it('reaches every state from DRAFT', () => {
    const reached = new Set<string>(['DRAFT']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const step of Object.values(PUBLICATION_STEPS)) {
        if (step.from.some((s) => reached.has(s)) && !reached.has(step.to)) {
          reached.add(step.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...PublicationState.codes].sort());
  });

  it.each([
    ['DRAFT', ['SUBMIT']],
    ['IN_REVIEW', ['APPROVE', 'RETURN']],
    ['RETURNED', ['SUBMIT']],
    ['APPROVED', ['PUBLISH', 'SCHEDULE']],
    ['PUBLISHED', ['PUBLISH', 'SCHEDULE', 'WITHDRAW']],
    ['WITHDRAWN', []],
  ] as const)('allows from %s: %j', (state, actions) => {
    expect(actionsFrom(state)).toEqual(actions);
  });

  it('applies four eyes to the review steps only', () => {
    expect(PublicationAction.codes.filter((a) => PUBLICATION_STEPS[a].fourEyes)).toEqual([
      'APPROVE',
      'RETURN',
    ]);
  });
});

describe('editOutcome', () => {
  it.each([
    ['DRAFT', { kind: 'IN_PLACE', state: 'DRAFT' }],
    ['IN_REVIEW', { kind: 'IN_PLACE', state: 'IN_REVIEW' }],
    ['RETURNED', { kind: 'IN_PLACE', state: 'RETURNED' }],
    ['APPROVED', { kind: 'IN_PLACE', state: 'DRAFT' }],
    ['PUBLISHED', { kind: 'NEW_DRAFT' }],
    ['WITHDRAWN', { kind: 'NEW_DRAFT' }],
  ] as const)('editing a %s item → %j', (state, outcome) => {
    expect(editOutcome(state)).toEqual(outcome);
  });
});

describe('the reviewer role', () => {
  it('sits between editor and admin, labelled 검토자 / Reviewer', () => {
    expect(Role.codes).toEqual(['VIEWER', 'EDITOR', 'REVIEWER', 'ADMIN']);
    expect(Role.labels.REVIEWER).toEqual({ ko: '검토자', en: 'Reviewer' });
  });

  it('may edit (includes editor) and is included by admin; viewers and editors are not reviewers', () => {
    expect(roleIncludes('REVIEWER', 'EDITOR')).toBe(true);
    expect(roleIncludes('REVIEWER', 'VIEWER')).toBe(true);
    expect(roleIncludes('ADMIN', 'REVIEWER')).toBe(true);
    expect(roleIncludes('REVIEWER', 'ADMIN')).toBe(false);
    expect(roleIncludes('EDITOR', 'REVIEWER')).toBe(false);
    expect(roleIncludes('VIEWER', 'REVIEWER')).toBe(false);
  });
});
