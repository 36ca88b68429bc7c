import type { PublicationFields } from './publishingDocuments';

type Named = { ko: string; en: string | null };

export interface QueueObservation extends PublicationFields {
  id: string;
  period: string;
  periodLabel: string;
  value: string;
  vintage: number;
  version: number;
  recordedAt: string;
  updatedAt: string;
  supersededAt: string | null;
}

export interface QueueIndicator {
  id: string;
  code: string;
  name: Named;
  unit: string;
  observations: QueueObservation[];
}

export interface QueueEntry {
  indicator: QueueIndicator;
  observation: QueueObservation;
  /** The vintage of the same period the public reads now: what this one would replace; null for a new period. */
  previous: QueueObservation | null;
}

const publicAt = (o: QueueObservation, now: Date) =>
  o.publicFrom !== null &&
  new Date(o.publicFrom) <= now &&
  (o.publicUntil === null || new Date(o.publicUntil) > now);

/** The vintage of `o`'s period that the public sees at `now`, other than `o` itself. */
export function publishedCounterpart(
  observations: readonly QueueObservation[],
  o: QueueObservation,
  now: Date,
): QueueObservation | null {
  const candidates = observations.filter((x) => x.id !== o.id && x.period === o.period && publicAt(x, now));
  return candidates.sort((a, b) => b.vintage - a.vintage)[0] ?? null;
}

/**
 * The figures waiting for a reviewer (IN_REVIEW, oldest request first) and those approved but not yet
 * public (APPROVED, or published under embargo: SCHEDULED, soonest release first).
 */
export function reviewQueue(
  indicators: readonly QueueIndicator[],
  now: Date,
): { inReview: QueueEntry[]; awaitingRelease: QueueEntry[] } {
  const inReview: QueueEntry[] = [];
  const awaitingRelease: QueueEntry[] = [];
  for (const indicator of indicators) {
    for (const observation of indicator.observations) {
      const entry = () => ({
        indicator,
        observation,
        previous: publishedCounterpart(indicator.observations, observation, now),
      });
      if (observation.publicationState === 'IN_REVIEW') inReview.push(entry());
      else if (observation.publicationState === 'APPROVED' || observation.publicationDisplay === 'SCHEDULED')
        awaitingRelease.push(entry());
    }
  }
  const at = (value: string | null) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY);
  inReview.sort((a, b) => at(a.observation.submittedAt) - at(b.observation.submittedAt));
  awaitingRelease.sort((a, b) => at(a.observation.releaseAt) - at(b.observation.releaseAt));
  return { inReview, awaitingRelease };
}

/**
 * A date and time typed as Korea time (`2026-03-02T09:00`, what a datetime-local field gives) as the
 * ISO instant with its offset the API asks for; null when it is not a date and time.
 */
export function seoulInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const instant = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}+09:00`;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  // 2026-02-30 parses as 2 March: a day that does not exist is not a date.
  const back = new Date(date.getTime() + 9 * 3_600_000).toISOString();
  return back.slice(0, 16) === `${y}-${mo}-${d}T${h}:${mi}` ? instant : null;
}
