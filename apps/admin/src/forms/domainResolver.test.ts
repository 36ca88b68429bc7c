import { PROGRAM_FIELD_LABELS, ProgramInput } from '@bitgoeul/domain';
import { describe, expect, it } from 'vitest';
import { domainResolver, type FormResolver } from './domainResolver';

type Options = Parameters<FormResolver>[2];
const options = { fields: {}, shouldUseNativeValidation: false } as unknown as Options;

const valid = {
  code: 'GWANGJU-TYPE-JOBS',
  name: { ko: '광주형 일자리', en: '' },
  summary: { ko: '노사 상생형 일자리', en: null },
  area: 'JOBS_MOBILITY',
  status: 'IMPLEMENTATION',
  plannedStart: '2019-01-31',
  plannedEnd: '',
  actualStart: null,
  actualEnd: null,
  parentId: null,
  progress: 40,
  visibility: 'INTERNAL',
  sourceIds: ['U291cmNlOjE='],
};

const run = (values: Record<string, unknown>, locale: 'ko' | 'en' = 'ko') =>
  domainResolver(ProgramInput, locale, PROGRAM_FIELD_LABELS)(values, undefined, options);

describe('domainResolver', () => {
  it('hands on the parsed input fields only, so an edit form can carry the whole record', async () => {
    const record = { ...valid, id: 'UHJvZ3JhbTox', version: 3, createdAt: 'x', updatedAt: 'y', children: [] };
    const result = await run(record);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ ...valid, name: { ko: '광주형 일자리', en: null }, plannedEnd: null });
  });

  it('words messages in Korean with the domain labels, nested under the input path', async () => {
    const result = await run({
      ...valid,
      name: { ko: '   ', en: null },
      code: 'gwangju jobs',
      progress: 120,
    });
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      name: {
        ko: {
          type: 'BLANK',
          message: '이름(한국어)은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.',
        },
      },
      code: { type: 'INVALID_FORMAT', message: '코드의 형식이 올바르지 않습니다. 예: GWANGJU-TYPE-JOBS' },
      progress: { type: 'TOO_LARGE', message: '진척률(%)은(는) 100 이하여야 합니다.' },
    });
  });

  it('words the cross-field date rule too, which carries its own English message in the schema', async () => {
    const result = await run({ ...valid, plannedStart: '2024-05-01', plannedEnd: '2024-04-30' });
    expect(result.errors).toMatchObject({
      plannedEnd: {
        type: 'END_BEFORE_START',
        message: '계획 종료일은(는) 계획 시작일보다 빠를 수 없습니다.',
      },
    });
  });

  it('speaks English when the UI does', async () => {
    const result = await run({ ...valid, area: undefined, plannedStart: '2024-02-30' }, 'en');
    expect(result.errors).toMatchObject({
      area: { message: 'Area is required.' },
      plannedStart: { message: 'Planned start must be a real date (YYYY-MM-DD).' },
    });
  });

  it('tells a wrong type from a missing value', async () => {
    const result = await run({ ...valid, progress: 'forty', status: 'DONE' });
    expect(result.errors).toMatchObject({
      progress: { type: 'INVALID_TYPE' },
      status: { type: 'UNKNOWN_CODE' },
    });
  });

  it("fills in the schema's defaults for what a new record's form leaves out", async () => {
    const { visibility: _v, sourceIds: _s, ...created } = valid;
    const result = await run(created);
    expect(result.values).toMatchObject({ visibility: 'PUBLIC', sourceIds: [] });
  });

  it('hands on the inputs the API takes beside the domain schema, an empty choice as null', async () => {
    const resolver = domainResolver(ProgramInput, 'ko', PROGRAM_FIELD_LABELS, ['zoneId', 'facilityId']);
    const result = await resolver(
      { ...valid, zoneId: 'Wm9uZTox', facilityId: '', other: 1 },
      undefined,
      options,
    );
    expect(result.values).toMatchObject({ zoneId: 'Wm9uZTox', facilityId: null });
    expect(result.values).not.toHaveProperty('other');
  });

  it('keeps an empty progress as "not reported" (null), not 0', async () => {
    const result = await run({ ...valid, progress: null });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ progress: null });
  });

  it('calls an empty select a required choice, not an unknown code', async () => {
    const result = await run({ ...valid, status: '' });
    expect(result.errors).toMatchObject({
      status: { type: 'REQUIRED', message: '상태은(는) 필수 항목입니다.' },
    });
  });
});
