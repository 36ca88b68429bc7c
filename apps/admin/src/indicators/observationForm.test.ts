import { describe, expect, it } from 'vitest';
import type { ObservationRow } from './observationDocuments';
import { checkCorrection, checkNewObservation, draftFrom, userErrorMessages } from './observationForm';

const draft = {
  period: '2021-05',
  value: '2,801',
  status: 'PROVISIONAL',
  sourceId: 'U291cmNlOjE=',
  note: '',
};

describe('a new observation', () => {
  it('is checked as the server will: a monthly indicator takes a month, the value an exact decimal', () => {
    expect(checkNewObservation('SW5kOjE=', 'MONTH', draft, 'ko')).toEqual({
      ok: true,
      input: {
        indicatorId: 'SW5kOjE=',
        period: '2021-05',
        value: '2801',
        status: 'PROVISIONAL',
        sourceId: 'U291cmNlOjE=',
        note: null,
      },
    });
  });

  it('explains in Korean what is wrong, field by field', () => {
    const result = checkNewObservation(
      'SW5kOjE=',
      'MONTH',
      { ...draft, period: '2021', value: '많음', sourceId: '' },
      'ko',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['sourceId', 'value']);
    expect(result.errors.sourceId).toBe('출처은(는) 필수 항목입니다.');
    // The period is checked against the frequency once the fields themselves are right.
    const period = checkNewObservation('SW5kOjE=', 'MONTH', { ...draft, period: '2021' }, 'ko');
    expect(period.ok ? null : period.errors.period).toContain('2021');
  });

  it('refuses a month that does not exist', () => {
    const result = checkNewObservation('SW5kOjE=', 'MONTH', { ...draft, period: '2021-13' }, 'ko');
    expect(result.ok).toBe(false);
  });
});

describe('a correction', () => {
  const current: ObservationRow = {
    id: 'T2JzOjE=',
    period: '2021-01/2021-04',
    periodLabel: '2021년 1~4월',
    value: '2769',
    status: 'PROVISIONAL',
    note: null,
    vintage: 1,
    recordedAt: '2021-06-01T00:00:00Z',
    supersededAt: null,
    version: 1,
    source: { id: 'U291cmNlOjE=', title: '한국경제' },
    yoy: null,
    publicationState: 'PUBLISHED',
    publicationDisplay: 'PUBLISHED',
    availableActions: ['WITHDRAW'],
    releaseAt: '2021-06-01T00:00:00Z',
    reviewComment: null,
    submittedAt: null,
    reviewedAt: null,
    publishedAt: '2021-06-01T00:00:00Z',
    withdrawnAt: null,
    withdrawalReason: null,
    publicFrom: '2021-06-01T00:00:00Z',
    publicUntil: null,
  };

  it('keeps the period and sends the version it read, with the corrected value', () => {
    expect(
      checkCorrection(current, 'MONTH', { ...draftFrom(current), value: '2,770', status: 'FINAL' }, 'ko'),
    ).toEqual({
      ok: true,
      input: {
        id: 'T2JzOjE=',
        version: 1,
        value: '2770',
        status: 'FINAL',
        sourceId: 'U291cmNlOjE=',
        note: null,
      },
    });
  });

  it("shows the server's refusals under the inputs they name", () => {
    expect(
      userErrorMessages([
        { field: ['period'], message: '이미 확정된 값이 있습니다.' },
        { field: [], message: '다시 시도하세요.' },
      ]),
    ).toEqual({ period: '이미 확정된 값이 있습니다.', form: '다시 시도하세요.' });
  });
});
