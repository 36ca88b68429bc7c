import { describe, expect, it } from 'vitest';
import { codeFromName, codeProblem, generatedCode } from './code-suggestion.js';
import { CODE_MAX } from './limits.js';
import { isRecordCode } from './text.js';

describe('codeFromName', () => {
  it.each([
    ['Gwangju AI Academy', 'GWANGJU-AI-ACADEMY'],
    ['  Gwangju-type   jobs (GGM) ', 'GWANGJU-TYPE-JOBS-GGM'],
    ['Café Zone №1', 'CAFE-ZONE-NO1'],
    ['2021 Birth support', '2021-BIRTH-SUPPORT'],
  ])('%s → %s', (name, code) => {
    expect(codeFromName(name)).toBe(code);
    expect(isRecordCode(code)).toBe(true);
  });

  it('gives nothing for a name without letters or digits it can use', () => {
    expect(codeFromName('청년창업')).toBeNull();
    expect(codeFromName('')).toBeNull();
    expect(codeFromName(null)).toBeNull();
    expect(codeFromName('A')).toBeNull();
  });

  it('cuts a long name at a word boundary within the limit', () => {
    const code = codeFromName('Artificial intelligence '.repeat(10))!;
    expect(code.length).toBeLessThanOrEqual(CODE_MAX);
    expect(code.endsWith('-')).toBe(false);
    expect(isRecordCode(code)).toBe(true);
  });
});

describe('generatedCode', () => {
  it('is a valid code from the prefix, the day and a random tail', () => {
    const code = generatedCode('program', '2026-12-04', () => 0);
    expect(code).toBe('PROGRAM-20261204-AAAA');
    expect(isRecordCode(code)).toBe(true);
  });
});

describe('codeProblem', () => {
  it.each([
    ['GWANGJU-TYPE-JOBS', null],
    ['A', 'TOO_SHORT'],
    ['x'.repeat(CODE_MAX + 1), 'TOO_LONG'],
    ['gwangju-jobs', 'LOWER_CASE'],
    ['청년창업', 'INVALID_FORMAT'],
    ['AI--ACADEMY', 'INVALID_FORMAT'],
    ['AI ACADEMY', 'INVALID_FORMAT'],
  ])('%s → %s', (value, problem) => {
    expect(codeProblem(value)).toBe(problem);
  });
});
