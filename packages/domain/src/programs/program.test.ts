import { describe, expect, it } from 'vitest';
import type { CodeList } from '../shared/code-list.js';
import { formatIssue } from '../shared/validation.js';
import {
  PROGRAM_FIELD_LABELS,
  ProgramArea,
  ProgramStatus,
  validateProgram,
  validateProgramPatch,
} from './program.js';

const valid = {
  code: 'GWANGJU-TYPE-JOBS',
  name: { ko: '광주형 일자리', en: 'Gwangju-type jobs' },
  summary: { ko: '노사 상생 일자리' },
  area: 'JOBS_MOBILITY',
  status: 'IMPLEMENTATION',
  plannedStart: '2019-01-31',
  plannedEnd: '2023-12-31',
};

const issuesOf = (input: unknown) => {
  const result = validateProgram(input);
  return result.ok ? [] : result.issues;
};

describe('Program', () => {
  it('accepts a complete program and normalises what was left out', () => {
    const result = validateProgram({ ...valid, name: { ko: '  광주형 일자리 ' } });
    expect(result).toEqual({
      ok: true,
      value: {
        ...valid,
        name: { ko: '광주형 일자리', en: null },
        summary: { ko: '노사 상생 일자리', en: null },
        actualStart: null,
        actualEnd: null,
        parentId: null,
        progress: null,
        visibility: 'PUBLIC',
        sourceIds: [],
      },
    });
  });

  it.each([
    [{ name: { ko: '' } }, 'name.ko', 'REQUIRED'],
    [{ name: { ko: '   ', en: 'Jobs' } }, 'name.ko', 'BLANK'],
    [{ name: { ko: '가'.repeat(201) } }, 'name.ko', 'TOO_LONG'],
    [{ code: 'gwangju jobs' }, 'code', 'INVALID_FORMAT'],
    [{ code: 'GWANGJU--JOBS' }, 'code', 'INVALID_FORMAT'],
    [{ area: 'MINING' }, 'area', 'UNKNOWN_CODE'],
    [{ status: undefined }, 'status', 'REQUIRED'],
    [{ progress: 140 }, 'progress', 'TOO_LARGE'],
    [{ progress: -1 }, 'progress', 'TOO_SMALL'],
    [{ plannedStart: '2021-13-01' }, 'plannedStart', 'INVALID_DATE'],
    [{ plannedEnd: '2021-02-30' }, 'plannedEnd', 'INVALID_DATE'],
    [{ plannedStart: '2021-05-01', plannedEnd: '2021-04-30' }, 'plannedEnd', 'END_BEFORE_START'],
    [{ actualStart: '2021-05-01', actualEnd: '2021-01-01' }, 'actualEnd', 'END_BEFORE_START'],
    [{ colour: 'red' }, 'colour', 'INVALID'],
  ])('refuses %j: %s %s', (change, field, code) => {
    expect(issuesOf({ ...valid, ...change })).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts an end on the start day and open-ended ranges', () => {
    expect(validateProgram({ ...valid, plannedEnd: valid.plannedStart }).ok).toBe(true);
    expect(validateProgram({ ...valid, plannedStart: null, plannedEnd: '2020-01-01' }).ok).toBe(true);
    expect(validateProgram({ ...valid, plannedEnd: '' }).ok).toBe(true);
  });

  it('validates a patch on its own fields only', () => {
    expect(validateProgramPatch({ progress: 50 })).toEqual({ ok: true, value: { progress: 50 } });
    const bad = validateProgramPatch({ progress: 101 });
    expect(bad.ok).toBe(false);
  });

  it('words each refusal for a person, in Korean and in English', () => {
    const [issue] = issuesOf({ ...valid, plannedStart: '2021-05-01', plannedEnd: '2021-04-30' });
    expect(formatIssue(issue!, 'ko', PROGRAM_FIELD_LABELS)).toBe(
      '계획 종료일은(는) 계획 시작일보다 빠를 수 없습니다.',
    );
    expect(formatIssue(issue!, 'en', PROGRAM_FIELD_LABELS)).toBe(
      'Planned end cannot be before Planned start.',
    );
  });

  it('labels every area and status in both languages', () => {
    // Widened to one list type: over a union of lists, `label`'s parameter would be `never`.
    const lists: CodeList<string>[] = [ProgramArea, ProgramStatus];
    for (const list of lists) {
      for (const code of list.codes) {
        expect(list.label(code, 'ko')).toMatch(/\S/);
        expect(list.label(code, 'en')).toMatch(/^[A-Z]/);
      }
    }
    expect(ProgramArea.codes).toHaveLength(7);
    expect(ProgramStatus.options('ko')).toContainEqual({ id: 'IMPLEMENTATION', name: '추진 중' });
  });
});
