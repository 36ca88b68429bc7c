import { describe, expect, it } from 'vitest';
import { ProgramArea, ProgramStatus } from '../programs/program.js';
import { codeOfText, defineImportColumns, OBSERVATION_COLUMNS, PROGRAM_COLUMNS } from './sheet-columns.js';

describe('a set of import columns', () => {
  const columns = defineImportColumns([
    { key: 'code', label: { ko: '코드', en: 'Code' }, required: true },
    { key: 'nameKo', label: { ko: '이름(한국어)', en: 'Name (Korean)' }, required: true, aliases: ['이름'] },
  ]);

  it('reads a header as the key, the Korean or English label, or an alias, however it is typed', () => {
    expect(
      [
        'code',
        '코드',
        'CODE',
        '\uFEFF코드',
        'nameKo',
        'name_ko',
        'NAME KO',
        '이름 (한국어)',
        'name (korean)',
        '이름',
      ].map(columns.ofHeader),
    ).toEqual(['code', 'code', 'code', 'code', 'nameKo', 'nameKo', 'nameKo', 'nameKo', 'nameKo', 'nameKo']);
    expect(columns.ofHeader('비고')).toBeUndefined();
    expect(columns.ofHeader('')).toBeUndefined();
  });

  it('names a column in either language, an unknown one as it is, and lists the template headers', () => {
    expect(columns.label('nameKo', 'ko')).toBe('이름(한국어)');
    expect(columns.label('nameKo', 'en')).toBe('Name (Korean)');
    expect(columns.label('parentCode', 'ko')).toBe('parentCode');
    expect(columns.headers('ko')).toEqual(['코드', '이름(한국어)']);
    expect(columns.labels.code).toEqual({ ko: '코드', en: 'Code' });
  });
});

describe('the program sheet columns', () => {
  it('are headed as the program form names the fields, Korean first', () => {
    expect(PROGRAM_COLUMNS.headers('ko')).toEqual([
      '코드',
      '이름(한국어)',
      '이름(영어)',
      '개요(한국어)',
      '개요(영어)',
      '분야',
      '상태',
      '계획 시작일',
      '계획 종료일',
      '실제 시작일',
      '실제 종료일',
      '상위 사업 코드',
      '출처 코드',
      '진척률(%)',
    ]);
    expect(PROGRAM_COLUMNS.specs.filter((c) => c.required).map((c) => c.key)).toEqual([
      'code',
      'nameKo',
      'summaryKo',
      'area',
      'status',
    ]);
  });

  it('take every header in Korean, in English and as the API names it, and the usual other wordings', () => {
    for (const spec of PROGRAM_COLUMNS.specs) {
      for (const header of [spec.key, spec.label.ko, spec.label.en]) {
        expect(PROGRAM_COLUMNS.ofHeader(header)).toBe(spec.key);
      }
    }
    expect(
      ['요약(한국어)', '요약(영어)', '진척률', 'Progress', 'source_codes', 'Source code', 'parent code'].map(
        PROGRAM_COLUMNS.ofHeader,
      ),
    ).toEqual(['summaryKo', 'summaryEn', 'progress', 'progress', 'sourceCodes', 'sourceCodes', 'parentCode']);
  });

  it('are a set of their own: the observation sheet keeps its headers', () => {
    expect(OBSERVATION_COLUMNS.headers('ko')).toEqual([
      '지표 코드',
      '기간',
      '값',
      '상태',
      '출처 코드',
      '비고',
    ]);
    expect(OBSERVATION_COLUMNS.ofHeader('출처 코드')).toBe('sourceCode');
    expect(PROGRAM_COLUMNS.ofHeader('출처 코드')).toBe('sourceCodes');
    expect(OBSERVATION_COLUMNS.ofHeader('분야')).toBeUndefined();
  });
});

describe('a code as a sheet writes it', () => {
  it('is the code, the Korean label or the English label, in any case and spacing', () => {
    expect(
      ['POPULATION_CHILDCARE', 'population childcare', '인구·보육', 'Population & childcare', ' AI '].map(
        (t) => codeOfText(ProgramArea, t),
      ),
    ).toEqual([
      'POPULATION_CHILDCARE',
      'POPULATION_CHILDCARE',
      'POPULATION_CHILDCARE',
      'POPULATION_CHILDCARE',
      'AI',
    ]);
    expect(
      ['추진 중', 'implementation', 'POST_COMPLETION', '사후 관리'].map((t) => codeOfText(ProgramStatus, t)),
    ).toEqual(['IMPLEMENTATION', 'IMPLEMENTATION', 'POST_COMPLETION', 'POST_COMPLETION']);
  });

  it('is nothing when the text is no code or label of the list, or blank', () => {
    expect(codeOfText(ProgramArea, '농업')).toBeUndefined();
    expect(codeOfText(ProgramArea, '')).toBeUndefined();
    expect(codeOfText(ProgramStatus, '확정')).toBeUndefined();
  });
});
