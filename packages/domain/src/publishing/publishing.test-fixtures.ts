import type { PublicationIssue } from './publication-issues.js';
import type { PublicationAction, PublicationState } from './publication-state.js';
import type { decideTransition, PublicationActor, PublicationItem } from './transition.js';

/** Shared by the publishing tests: the people, the clock and one stored figure in each state. */
export const NOW = '2026-03-02T09:00:00+09:00';
export const NOW_UTC = '2026-03-02T00:00:00.000Z';
export const LATER = '2026-03-05T09:00:00+09:00';
export const LATER_UTC = '2026-03-05T00:00:00.000Z';
export const EARLIER = '2026-02-20T09:00:00+09:00';

export const viewer: PublicationActor = { id: 'u-viewer', role: 'VIEWER' };
export const editor: PublicationActor = { id: 'u-editor', role: 'EDITOR' };
export const reviewer: PublicationActor = { id: 'u-reviewer', role: 'REVIEWER' };
export const admin: PublicationActor = { id: 'u-admin', role: 'ADMIN' };
export const ACTORS = { VIEWER: viewer, EDITOR: editor, REVIEWER: reviewer, ADMIN: admin } as const;

/** 2026년 1월 출생아 수, as stored: last changed by the editor, version 3. */
export const item = (state: PublicationState, over: Partial<PublicationItem> = {}): PublicationItem => ({
  state,
  version: 3,
  lastChangedBy: editor.id,
  visibility: 'PUBLIC',
  publishedAt: null,
  releaseAt: null,
  ...over,
});
/** Published under embargo: decided on 1 March, released on 5 March. */
export const embargoed = () =>
  item('PUBLISHED', { publishedAt: '2026-03-01T09:00:00+09:00', releaseAt: LATER });
/** Published on 1 March and released at once. */
export const released = () =>
  item('PUBLISHED', { publishedAt: '2026-03-01T09:00:00+09:00', releaseAt: '2026-03-01T09:00:00+09:00' });

/** A valid input for each action. */
export const INPUT: Record<PublicationAction, Record<string, unknown>> = {
  SUBMIT: { action: 'SUBMIT', version: 3 },
  APPROVE: { action: 'APPROVE', version: 3 },
  RETURN: { action: 'RETURN', version: 3, comment: '기간 표기를 2026-01로 고쳐 주세요.' },
  PUBLISH: { action: 'PUBLISH', version: 3 },
  SCHEDULE: { action: 'SCHEDULE', version: 3, releaseAt: LATER },
  WITHDRAW: { action: 'WITHDRAW', version: 3, reason: '출처 기관이 수치를 정정함' },
};

export const issuesOf = (decision: ReturnType<typeof decideTransition>): PublicationIssue[] =>
  decision.ok ? [] : decision.issues;
export const codeOf = (decision: ReturnType<typeof decideTransition>) => issuesOf(decision)[0]?.code ?? null;
