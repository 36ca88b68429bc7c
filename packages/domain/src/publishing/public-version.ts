import type { Visibility } from '../shared/record.js';
import type { PublicationDisplay, PublicationState } from './publication-state.js';

/**
 * What the public saw, and when — the time model of publishing.
 *
 * Every vintage of a figure (and every revision of a record) keeps three moments, all ISO 8601:
 *   publishedAt  when a reviewer published or scheduled it (null until then);
 *   releaseAt    when the public may see it: the scheduled time, or publishedAt for "publish now"
 *                (null is read as publishedAt);
 *   withdrawnAt  when a reviewer withdrew it (null unless withdrawn).
 * Its own window is [released, withdrawnAt) where released = max(publishedAt, releaseAt); a vintage
 * withdrawn before its release was never public.
 *
 * A newer vintage replaces the older ones at the moment it is released, not when it is recorded:
 * while v2 is a draft, in review, approved or scheduled, the public still sees v1. Replacement is
 * final. Once a newer vintage has been public, no older one shows again — even if the newer one is
 * withdrawn later (the figure then has no public value until a new vintage is published), and even
 * if an older one was scheduled to be released after it (it never becomes public). Bringing an old
 * value back is a new vintage and goes through review, like any other figure the public reads.
 *
 * `publicWindows` derives, for each vintage, the interval the public saw it: [from, until). The
 * windows of one figure never overlap, so `publicVersionAt` has one answer or none. The API can
 * store `from` and `until` beside each vintage (recomputed whenever one of its vintages is
 * published, scheduled or withdrawn) so that "what could the public see at T" is one indexed
 * filter: from ≤ T < until.
 *
 * A moment given as a bare date (`2021-06-30`) means the end of that day in Asia/Seoul, as in
 * `asOf` (statistics/vintage.ts): asking about a day includes everything released on it.
 */
export interface PublicationTimes {
  publishedAt: string | null;
  releaseAt: string | null;
  withdrawnAt: string | null;
}

/** A vintage as the public-version rules need it. `vintage` (1, 2, …) orders them; `recordedAt` decides without it. */
export interface PublishableVintage extends PublicationTimes {
  recordedAt: string;
  vintage?: number;
  /**
   * When the vintage itself says who may read it. An observation or a target has none of its own
   * (its indicator's counts, and the caller checks it); INTERNAL is never public.
   */
  visibility?: Visibility;
}

export interface PublicWindow<T> {
  vintage: T;
  /** When the public first saw it; null if it never was (or is not yet scheduled). */
  from: string | null;
  /** When the public stopped seeing it (withdrawn or replaced); null while it still shows. */
  until: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A moment as milliseconds; a bare date is the end of that day in Seoul (the rule of `asOf`). */
export function instant(at: string | Date): number {
  const ms =
    at instanceof Date ? at.getTime() : Date.parse(DATE_ONLY.test(at) ? `${at}T23:59:59.999+09:00` : at);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date or timestamp: "${String(at)}"`);
  return ms;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** When an item became (or becomes) visible to the public by its own times: max(publishedAt, releaseAt). */
export function releasedAt(times: Pick<PublicationTimes, 'publishedAt' | 'releaseAt'>): string | null {
  if (times.publishedAt === null) return null;
  const published = instant(times.publishedAt);
  const release = times.releaseAt === null ? published : instant(times.releaseAt);
  return iso(Math.max(published, release));
}

/** The window an item's own times give, in milliseconds; null if it is never public. */
function ownWindow(times: PublicationTimes): { from: number; until: number | null } | null {
  const from = releasedAt(times);
  if (from === null) return null;
  const until = times.withdrawnAt === null ? null : instant(times.withdrawnAt);
  const start = instant(from);
  return until !== null && until <= start ? null : { from: start, until };
}

export interface PublishableItem extends PublicationTimes {
  state: PublicationState;
  visibility: Visibility;
}

/**
 * Whether an anonymous reader may see the item now: PUBLIC, PUBLISHED and released (release time ≤
 * now). This judges one row by its own state; for a figure with several vintages, ask
 * `publicVersionAt`, which also knows when a successor replaced it.
 */
export function isPubliclyVisible(item: PublishableItem, now: string | Date): boolean {
  if (item.visibility !== 'PUBLIC' || item.state !== 'PUBLISHED') return false;
  const from = releasedAt(item);
  return from !== null && instant(from) <= instant(now);
}

/** Published, but its release time is still ahead: signed-in readers see it marked as scheduled. */
export function isEmbargoed(
  item: Pick<PublishableItem, 'state' | 'publishedAt' | 'releaseAt'>,
  now: string | Date,
) {
  if (item.state !== 'PUBLISHED') return false;
  const from = releasedAt(item);
  return from !== null && instant(from) > instant(now);
}

/** The mark a signed-in reader sees beside an item. */
export function displayStateOf(
  item: Pick<PublishableItem, 'state' | 'publishedAt' | 'releaseAt'>,
  now: string | Date,
): PublicationDisplay {
  return isEmbargoed(item, now) ? 'SCHEDULED' : item.state;
}

/** Later recording is newer; the vintage number decides between equal timestamps (as in statistics/vintage.ts). */
function newestFirst<T extends PublishableVintage>(a: T, b: T): number {
  return instant(b.recordedAt) - instant(a.recordedAt) || (b.vintage ?? 0) - (a.vintage ?? 0);
}

/**
 * For each vintage of one figure, the interval the public saw it (in the order given). Walks from
 * the newest: a vintage is cut short where a newer one became public, and never shows at all if a
 * newer one became public first.
 */
export function publicWindows<T extends PublishableVintage>(vintages: readonly T[]): PublicWindow<T>[] {
  const windows = new Map<T, PublicWindow<T>>();
  let newerFrom: number | null = null;
  for (const v of [...vintages].sort(newestFirst)) {
    const own = v.visibility === 'INTERNAL' ? null : ownWindow(v);
    if (own === null || (newerFrom !== null && newerFrom <= own.from)) {
      windows.set(v, { vintage: v, from: null, until: null });
      continue;
    }
    const until = newerFrom === null ? own.until : Math.min(own.until ?? newerFrom, newerFrom);
    windows.set(v, { vintage: v, from: iso(own.from), until: until === null ? null : iso(until) });
    newerFrom = own.from;
  }
  return vintages.map((v) => windows.get(v)!);
}

/**
 * The vintage the public saw at a moment: the one whose window holds it, or null (nothing released
 * yet, or withdrawn). For an anonymous `asOf`, this is the answer; signed-in readers use `asOf`.
 */
export function publicVersionAt<T extends PublishableVintage>(
  vintages: readonly T[],
  at: string | Date,
): T | null {
  const t = instant(at);
  const shown = publicWindows(vintages).find(
    (w) => w.from !== null && instant(w.from) <= t && (w.until === null || instant(w.until) > t),
  );
  return shown?.vintage ?? null;
}
