import { describe, expect, it } from 'vitest';
import { type QueueIndicator, type QueueObservation, reviewQueue, seoulInstant } from './reviewQueue';

const now = new Date('2026-12-05T00:00:00Z');

function vintage(over: Partial<QueueObservation>): QueueObservation {
  return {
    id: 'o',
    period: '2021',
    periodLabel: '2021년',
    value: '1',
    vintage: 1,
    version: 1,
    recordedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    supersededAt: null,
    publicationState: 'DRAFT',
    publicationDisplay: 'DRAFT',
    availableActions: [],
    releaseAt: null,
    reviewComment: null,
    submittedAt: null,
    reviewedAt: null,
    publishedAt: null,
    withdrawnAt: null,
    withdrawalReason: null,
    publicFrom: null,
    publicUntil: null,
    ...over,
  };
}

describe('the review queue', () => {
  const published = vintage({
    id: 'p',
    value: '100',
    publicationState: 'PUBLISHED',
    publicationDisplay: 'PUBLISHED',
    publicFrom: '2026-01-01T00:00:00Z',
  });
  const replaced = vintage({
    id: 'old',
    value: '90',
    vintage: 0,
    publicationState: 'PUBLISHED',
    publicationDisplay: 'PUBLISHED',
    publicFrom: '2025-01-01T00:00:00Z',
    publicUntil: '2026-01-01T00:00:00Z',
  });
  const correction = vintage({
    id: 'c',
    value: '105',
    vintage: 2,
    publicationState: 'IN_REVIEW',
    publicationDisplay: 'IN_REVIEW',
    submittedAt: '2026-12-04T00:00:00Z',
  });
  const newPeriod = vintage({
    id: 'n',
    period: '2022',
    publicationState: 'IN_REVIEW',
    publicationDisplay: 'IN_REVIEW',
    submittedAt: '2026-12-03T00:00:00Z',
  });
  const scheduled = vintage({
    id: 's',
    period: '2023',
    publicationState: 'PUBLISHED',
    publicationDisplay: 'SCHEDULED',
    releaseAt: '2026-12-10T00:00:00Z',
  });
  const approved = vintage({
    id: 'a',
    period: '2024',
    publicationState: 'APPROVED',
    publicationDisplay: 'APPROVED',
  });
  const indicator: QueueIndicator = {
    id: 'i',
    code: 'X',
    name: { ko: '지표', en: null },
    unit: 'PERSONS',
    observations: [replaced, published, correction, newPeriod, scheduled, approved],
  };

  it('lists what is in review, oldest request first, beside the vintage the public reads now', () => {
    const { inReview } = reviewQueue([indicator], now);
    expect(inReview.map((e) => [e.observation.id, e.previous?.id ?? null])).toEqual([
      ['n', null],
      ['c', 'p'],
    ]);
  });

  it('lists approved and scheduled figures apart, an approval without a release time last', () => {
    const { awaitingRelease } = reviewQueue([indicator], now);
    expect(awaitingRelease.map((e) => e.observation.id)).toEqual(['s', 'a']);
  });
});

describe('a release time typed as Korea time', () => {
  it('is sent as an instant with its +09:00 offset', () => {
    expect(seoulInstant('2026-03-02T09:00')).toBe('2026-03-02T09:00:00+09:00');
  });

  it('is refused when it is not a date and time that exists', () => {
    expect(seoulInstant('')).toBeNull();
    expect(seoulInstant('2026-02-30T09:00')).toBeNull();
    expect(seoulInstant('2026-03-02')).toBeNull();
  });
});
