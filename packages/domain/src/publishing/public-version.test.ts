import { describe, expect, it } from 'vitest';
import type { Visibility } from '../shared/record.js';
import {
  displayStateOf,
  isEmbargoed,
  isPubliclyVisible,
  type PublishableItem,
  type PublishableVintage,
  publicVersionAt,
  publicWindows,
  releasedAt,
} from './public-version.js';
import type { PublicationState } from './publication-state.js';
import { decideTransition, type PublicationActor, type PublicationItem } from './transition.js';

const editor: PublicationActor = { id: 'u-kim', role: 'EDITOR' };
const reviewer: PublicationActor = { id: 'u-park', role: 'REVIEWER' };

/** A vintage of 2026년 1월 광주 출생아 수, with the fields the workflow keeps. */
interface Births extends PublishableVintage, PublicationItem {
  id: string;
  value: string;
  visibility: Visibility;
}

const draft = (id: string, vintage: number, value: string, recordedAt: string): Births => ({
  id,
  vintage,
  value,
  recordedAt,
  state: 'DRAFT',
  version: 1,
  lastChangedBy: editor.id,
  visibility: 'PUBLIC',
  publishedAt: null,
  releaseAt: null,
  withdrawnAt: null,
});

/** Takes a step through the rules and applies what they say to write, as the API does. */
function step(v: Births, actor: PublicationActor, input: Record<string, unknown>, now: string): Births {
  const decision = decideTransition(v, actor, { ...input, version: v.version }, now);
  if (!decision.ok) throw new Error(JSON.stringify(decision.issues));
  const { state, publishedAt, releaseAt, withdrawnAt } = decision.changes;
  return {
    ...v,
    state,
    version: v.version + 1,
    publishedAt: publishedAt ?? v.publishedAt,
    releaseAt: releaseAt ?? v.releaseAt,
    withdrawnAt: withdrawnAt ?? v.withdrawnAt,
  };
}
const throughReview = (v: Births, at: string) =>
  step(step(v, editor, { action: 'SUBMIT' }, at), reviewer, { action: 'APPROVE' }, at);

// v1 is recorded on 10 February and published at once on 11 February at 10:00 (KST).
const T_V1_PUBLISHED = '2026-02-11T10:00:00+09:00';
const v1 = step(
  throughReview(draft('obs-1', 1, '702', '2026-02-10T09:00:00+09:00'), '2026-02-11T09:00:00+09:00'),
  reviewer,
  { action: 'PUBLISH' },
  T_V1_PUBLISHED,
);
// The statistics office corrects it: v2 is recorded on 20 February, approved on 24 February and
// scheduled on 25 February for release on 3 March at 12:00 KST (the office's own release time).
const T_V2_RECORDED = '2026-02-20T09:00:00+09:00';
const v2draft = draft('obs-2', 2, '711', T_V2_RECORDED);
const v2inReview = step(v2draft, editor, { action: 'SUBMIT' }, '2026-02-23T09:00:00+09:00');
const v2approved = step(v2inReview, reviewer, { action: 'APPROVE' }, '2026-02-24T09:00:00+09:00');
const T_V2_RELEASE = '2026-03-03T12:00:00+09:00';
const v2 = step(
  v2approved,
  reviewer,
  { action: 'SCHEDULE', releaseAt: T_V2_RELEASE },
  '2026-02-25T09:00:00+09:00',
);

const ms = (at: string, delta: number) => new Date(new Date(at).getTime() + delta).toISOString();
const valueAt = (vintages: readonly Births[], at: string) => publicVersionAt(vintages, at)?.value ?? null;

describe('isPubliclyVisible', () => {
  const item = (over: Partial<PublishableItem>): PublishableItem => ({
    state: 'PUBLISHED',
    visibility: 'PUBLIC',
    publishedAt: '2026-02-25T09:00:00+09:00',
    releaseAt: T_V2_RELEASE,
    withdrawnAt: null,
    ...over,
  });

  it('shows a scheduled release exactly at its release time, not a millisecond before', () => {
    expect(isPubliclyVisible(item({}), ms(T_V2_RELEASE, -1))).toBe(false);
    expect(isPubliclyVisible(item({}), T_V2_RELEASE)).toBe(true);
    expect(isPubliclyVisible(item({}), new Date(ms(T_V2_RELEASE, 1)))).toBe(true);
  });

  it.each([
    ['DRAFT', {}],
    ['IN_REVIEW', {}],
    ['RETURNED', {}],
    ['APPROVED', { publishedAt: null, releaseAt: null }],
    ['WITHDRAWN', { withdrawnAt: '2026-03-04T09:00:00+09:00' }],
  ] as const)('hides an item that is %s', (state, over) => {
    expect(isPubliclyVisible(item({ state: state as PublicationState, ...over }), '2026-03-10')).toBe(false);
  });

  it('never shows an INTERNAL item', () => {
    expect(isPubliclyVisible(item({ visibility: 'INTERNAL' }), '2026-03-10')).toBe(false);
  });

  it('reads a missing release time as the moment of publication', () => {
    const now = item({ publishedAt: T_V1_PUBLISHED, releaseAt: null });
    expect(releasedAt(now)).toBe('2026-02-11T01:00:00.000Z');
    expect(isPubliclyVisible(now, T_V1_PUBLISHED)).toBe(true);
  });

  it('takes the later of publication and release time', () => {
    expect(releasedAt({ publishedAt: '2026-03-05T00:00:00Z', releaseAt: '2026-03-01T00:00:00Z' })).toBe(
      '2026-03-05T00:00:00.000Z',
    );
    expect(releasedAt({ publishedAt: null, releaseAt: '2026-03-01T00:00:00Z' })).toBeNull();
  });
});

describe('embargo marks for signed-in readers', () => {
  it('marks a published item SCHEDULED until its release', () => {
    expect(isEmbargoed(v2, '2026-03-01')).toBe(true);
    expect(displayStateOf(v2, ms(T_V2_RELEASE, -1))).toBe('SCHEDULED');
    expect(displayStateOf(v2, T_V2_RELEASE)).toBe('PUBLISHED');
    expect(isEmbargoed(v2, T_V2_RELEASE)).toBe(false);
  });

  it('marks every other state as it is', () => {
    expect(displayStateOf(v2inReview, T_V2_RELEASE)).toBe('IN_REVIEW');
    expect(displayStateOf(v1, T_V1_PUBLISHED)).toBe('PUBLISHED');
  });
});

describe('publicVersionAt: a successor replaces v1 at its release, not before', () => {
  it.each([
    ['before v1 was published', '2026-02-11T09:59:59.999+09:00', [v1, v2], null],
    ['the instant v1 was published', T_V1_PUBLISHED, [v1, v2], '702'],
    ['while v2 is a draft', T_V2_RECORDED, [v1, v2draft], '702'],
    ['while v2 is in review', '2026-02-23T12:00:00+09:00', [v1, v2inReview], '702'],
    ['while v2 is approved but not released', '2026-02-24T12:00:00+09:00', [v1, v2approved], '702'],
    ['while v2 is scheduled', '2026-03-01T00:00:00+09:00', [v1, v2], '702'],
    ['a millisecond before v2’s release', ms(T_V2_RELEASE, -1), [v1, v2], '702'],
    ['the instant of v2’s release', T_V2_RELEASE, [v1, v2], '711'],
    ['after v2’s release', '2026-04-01T00:00:00+09:00', [v1, v2], '711'],
    ['a bare date: the end of that day in Seoul', '2026-03-03', [v1, v2], '711'],
    ['a bare date before the release day', '2026-03-02', [v1, v2], '702'],
  ] as const)('%s', (_, at, vintages, value) => {
    expect(valueAt(vintages, at)).toBe(value);
    expect(valueAt([...vintages].reverse(), at)).toBe(value);
  });

  it('gives each vintage its window', () => {
    expect(publicWindows([v1, v2]).map(({ from, until }) => ({ from, until }))).toEqual([
      { from: '2026-02-11T01:00:00.000Z', until: '2026-03-03T03:00:00.000Z' },
      { from: '2026-03-03T03:00:00.000Z', until: null },
    ]);
    expect(publicWindows([v1, v2approved])[1]).toEqual({ vintage: v2approved, from: null, until: null });
  });
});

describe('withdrawal', () => {
  const T_WITHDRAWN = '2026-03-04T09:00:00+09:00';
  const v2withdrawn = step(v2, reviewer, { action: 'WITHDRAW', reason: '집계 오류' }, T_WITHDRAWN);

  it('hides the withdrawn vintage from that instant, and does not bring v1 back', () => {
    expect(valueAt([v1, v2withdrawn], ms(T_WITHDRAWN, -1))).toBe('711');
    expect(valueAt([v1, v2withdrawn], T_WITHDRAWN)).toBeNull();
    expect(valueAt([v1, v2withdrawn], '2026-05-01')).toBeNull();
    expect(isPubliclyVisible(v2withdrawn, '2026-05-01')).toBe(false);
  });

  it('keeps what the public saw before the withdrawal', () => {
    expect(valueAt([v1, v2withdrawn], '2026-02-15')).toBe('702');
    expect(valueAt([v1, v2withdrawn], T_V2_RELEASE)).toBe('711');
  });

  it('leaves v1 public when the embargoed v2 is withdrawn before its release', () => {
    const cancelled = step(
      v2,
      reviewer,
      { action: 'WITHDRAW', reason: '발표 연기' },
      '2026-03-02T09:00:00+09:00',
    );
    expect(valueAt([v1, cancelled], T_V2_RELEASE)).toBe('702');
    expect(valueAt([v1, cancelled], '2026-06-30')).toBe('702');
    expect(publicWindows([v1, cancelled]).map((w) => w.until)).toEqual([null, null]);
  });

  it('hides a figure whose only vintage is withdrawn', () => {
    const gone = step(v1, reviewer, { action: 'WITHDRAW', reason: '출처 철회' }, '2026-02-12T09:00:00+09:00');
    expect(valueAt([gone], '2026-02-11T12:00:00+09:00')).toBe('702');
    expect(valueAt([gone], '2026-02-12T09:00:00+09:00')).toBeNull();
  });
});

describe('vintages released out of order', () => {
  // v2 is scheduled for 3 March; v3, a later correction, is published at once on 1 March.
  const v3 = step(
    throughReview(draft('obs-3', 3, '713', '2026-02-28T09:00:00+09:00'), '2026-03-01T08:00:00+09:00'),
    reviewer,
    { action: 'PUBLISH' },
    '2026-03-01T09:00:00+09:00',
  );

  it('never shows the older v2 once the newer v3 has been public', () => {
    const all = [v1, v2, v3];
    expect(valueAt(all, '2026-02-28')).toBe('702');
    expect(valueAt(all, '2026-03-01T09:00:00+09:00')).toBe('713');
    expect(valueAt(all, T_V2_RELEASE)).toBe('713');
    expect(publicWindows(all)[1]).toMatchObject({ from: null, until: null });
  });

  it('does not show v2 even if v3 is withdrawn before v2’s release time', () => {
    const v3gone = step(
      v3,
      reviewer,
      { action: 'WITHDRAW', reason: '중복 입력' },
      '2026-03-02T09:00:00+09:00',
    );
    expect(valueAt([v1, v2, v3gone], '2026-03-02T12:00:00+09:00')).toBeNull();
    expect(valueAt([v1, v2, v3gone], '2026-03-10')).toBeNull();
  });

  it('orders vintages recorded at the same moment by their number', () => {
    const same = '2026-02-10T09:00:00+09:00';
    const a = { ...v1, id: 'a', vintage: 1, recordedAt: same };
    const b = { ...v1, id: 'b', vintage: 2, value: '705', recordedAt: same };
    expect(valueAt([b, a], '2026-03-01')).toBe('705');
  });
});

describe('INTERNAL vintages', () => {
  it('are never the public version, whatever their times say', () => {
    const hidden = { ...v1, visibility: 'INTERNAL' as const };
    expect(valueAt([hidden], '2026-03-01')).toBeNull();
    expect(valueAt([hidden, v2], T_V2_RELEASE)).toBe('711');
  });
});

describe('instants', () => {
  it('refuses something that is not a moment', () => {
    expect(() => publicVersionAt([v1], 'soon')).toThrow(RangeError);
  });
});
