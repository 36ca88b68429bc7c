import { describe, expect, it } from 'vitest';
import { PublicationStepInput, validatePublicationStep } from './publication-input.js';

const refusal = (input: unknown) => {
  const result = validatePublicationStep(input);
  return result.ok ? [] : result.issues;
};

describe('validatePublicationStep', () => {
  it('accepts a release time with an offset and keeps it in UTC', () => {
    expect(
      validatePublicationStep({ action: 'SCHEDULE', version: 2, releaseAt: '2026-03-03T12:00:00+09:00' }),
    ).toEqual({ ok: true, value: { action: 'SCHEDULE', version: 2, releaseAt: '2026-03-03T03:00:00.000Z' } });
    expect(
      validatePublicationStep({ action: 'SCHEDULE', version: 2, releaseAt: '2026-03-03T03:00:00Z' }).ok,
    ).toBe(true);
  });

  it.each([
    ['without an offset', '2026-03-03T12:00:00', 'INVALID_FORMAT'],
    ['a date without a time', '2026-03-03', 'INVALID_FORMAT'],
    ['a day that does not exist', '2026-02-30T12:00:00+09:00', 'INVALID_FORMAT'],
    ['words', 'next Tuesday', 'INVALID_FORMAT'],
    ['beyond the dates Bitgoeul keeps', '2201-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
  ])('refuses a release time %s', (_, releaseAt, code) => {
    expect(refusal({ action: 'SCHEDULE', version: 2, releaseAt })).toEqual([
      expect.objectContaining({ field: 'releaseAt', code }),
    ]);
  });

  it('gives an example of the expected form', () => {
    expect(refusal({ action: 'SCHEDULE', version: 2, releaseAt: 'x' })[0]?.params).toEqual({
      example: '2026-03-02T09:00:00+09:00',
    });
  });

  it('requires a release time to schedule', () => {
    expect(refusal({ action: 'SCHEDULE', version: 2 })).toEqual([{ field: 'releaseAt', code: 'REQUIRED' }]);
  });

  it('keeps a multi-line comment, reading CR LF as a line feed and trimming its edges', () => {
    expect(
      validatePublicationStep({ action: 'RETURN', version: 1, comment: '\u00a0기간 확인\r\n출처 확인\t\n ' }),
    ).toMatchObject({ ok: true, value: { comment: '기간 확인\n출처 확인' } });
  });

  it('makes a blank approval comment absent', () => {
    expect(validatePublicationStep({ action: 'APPROVE', version: 1, comment: '  ' })).toMatchObject({
      ok: true,
      value: { comment: null },
    });
  });

  it('refuses a reason with a control character, naming it', () => {
    expect(refusal({ action: 'WITHDRAW', version: 1, reason: '오류\u001b[0m' })).toEqual([
      { field: 'reason', code: 'CONTROL_CHARACTER', params: { position: 3, char: 'U+001B' } },
    ]);
  });

  it.each([
    ['a negative version', { action: 'PUBLISH', version: -1 }, 'version', 'TOO_SMALL'],
    ['a fractional version', { action: 'PUBLISH', version: 1.5 }, 'version', 'INVALID_TYPE'],
    ['an unknown action', { action: 'ARCHIVE', version: 1 }, 'action', 'UNKNOWN_CODE'],
    [
      'a release time on a publish-now',
      { action: 'PUBLISH', version: 1, releaseAt: 'x' },
      'releaseAt',
      'INVALID',
    ],
  ])('refuses %s', (_, input, field, code) => {
    expect(refusal(input)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('is the same schema a form can use', () => {
    expect(
      PublicationStepInput.safeParse({ action: 'RETURN', version: 1, comment: '보완 필요' }).success,
    ).toBe(true);
    expect(PublicationStepInput.safeParse({ action: 'RETURN', version: 1 }).success).toBe(false);
  });
});
