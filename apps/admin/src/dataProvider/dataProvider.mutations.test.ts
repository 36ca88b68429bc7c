import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import type { ProgramRecord } from './resources/programs';
import { node, provider, record } from './testServer';

const saved = (field: string, program: unknown, userErrors: unknown[] = []) => ({
  body: { data: { [field]: { program, userErrors } } },
});

describe('create', () => {
  it('sends only input fields, with name and summary as LocalizedTextInput', async () => {
    const { dataProvider, sent } = provider(saved('createProgram', node));
    const result = await dataProvider.create('programs', {
      data: {
        code: 'GWANGJU-TYPE-JOBS',
        name: { ko: '광주형 일자리', en: 'Gwangju-type jobs' },
        summary: { ko: '노사 상생형 일자리', en: null },
        area: 'JOBS_MOBILITY',
        status: 'IMPLEMENTATION',
        plannedStart: '2019-01-31',
        plannedEnd: null,
        parentId: 'UHJvZ3JhbTow',
        progress: 40,
      } satisfies Partial<ProgramRecord>,
    });
    expect(result).toEqual({ data: record });
    expect(sent[0]!.query).toContain('createProgram(input: $input)');
    expect(sent[0]!.variables).toEqual({
      input: {
        code: 'GWANGJU-TYPE-JOBS',
        name: { ko: '광주형 일자리', en: 'Gwangju-type jobs' },
        summary: { ko: '노사 상생형 일자리', en: null },
        area: 'JOBS_MOBILITY',
        status: 'IMPLEMENTATION',
        plannedStart: '2019-01-31',
        plannedEnd: null,
        parentId: 'UHJvZ3JhbTow',
        progress: 40,
      },
    });
  });

  it('rejects userErrors as a 400 HttpError whose body.errors puts each message under its input', async () => {
    const { dataProvider } = provider(
      saved('createProgram', null, [
        { field: ['name', 'ko'], message: '이름(한국어)은(는) 필수 항목입니다.', code: 'REQUIRED' },
        { field: ['code'], message: '코드 "AI-HUB"은(는) 이미 사용 중입니다.', code: 'DUPLICATE' },
        {
          field: ['plannedEnd'],
          message: '계획 종료일은(는) 계획 시작일보다 빠를 수 없습니다.',
          code: 'END_BEFORE_START',
        },
      ]),
    );
    const error = await dataProvider
      .create('programs', { data: { code: 'AI-HUB' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 400,
      body: {
        errors: {
          'name.ko': '이름(한국어)은(는) 필수 항목입니다.',
          code: '코드 "AI-HUB"은(는) 이미 사용 중입니다.',
          plannedEnd: '계획 종료일은(는) 계획 시작일보다 빠를 수 없습니다.',
        },
      },
    });
    expect((error as HttpError).message).toContain('이름(한국어)은(는) 필수 항목입니다.');
  });
});

describe('update', () => {
  it('sends the changed fields and the version that was read, and returns the new record', async () => {
    const after = {
      ...node,
      progress: 55,
      summary: { ko: node.summary.ko, en: 'Jobs with shared growth' },
      version: 4,
    };
    const { dataProvider, sent } = provider(saved('updateProgram', after));
    const result = await dataProvider.update('programs', {
      id: record.id,
      // What a submitted form holds: everything, most of it untouched.
      data: { ...record, progress: 55, summary: { ko: record.summary.ko, en: 'Jobs with shared growth' } },
      previousData: record,
    });
    expect(sent[0]!.query).toContain('updateProgram(input: $input)');
    expect(sent[0]!.variables).toEqual({
      input: {
        id: record.id,
        version: 3,
        progress: 55,
        summary: { ko: '노사 상생형 일자리', en: 'Jobs with shared growth' },
      },
    });
    expect(result.data).toMatchObject({ progress: 55, version: 4, parentId: 'UHJvZ3JhbTow' });
  });

  it('sends null to clear a date or the parent, and completes a half-given name from the record', async () => {
    const { dataProvider, sent } = provider(
      saved('updateProgram', { ...node, plannedStart: null, parent: null }),
    );
    await dataProvider.update('programs', {
      id: record.id,
      data: { plannedStart: null, parentId: null, name: { en: 'Gwangju jobs' } } as Partial<ProgramRecord>,
      previousData: record,
    });
    expect(sent[0]!.variables.input).toEqual({
      id: record.id,
      version: 3,
      plannedStart: null,
      parentId: null,
      name: { ko: '광주형 일자리', en: 'Gwangju jobs' },
    });
  });

  it('makes no request when nothing changed', async () => {
    const { dataProvider, sent } = provider();
    const result = await dataProvider.update('programs', {
      id: record.id,
      data: { ...record },
      previousData: record,
    });
    expect(result.data).toBe(record);
    expect(sent).toHaveLength(0);
  });

  it('shows a stale version, which no input owns, as the form-level server error', async () => {
    const message = '다른 사람이 먼저 이 사업을 수정했습니다. 새로 고친 뒤 다시 저장하세요.';
    const { dataProvider } = provider(
      saved('updateProgram', null, [{ field: ['version'], message, code: 'STALE_VERSION' }]),
    );
    const error = await dataProvider
      .update('programs', { id: record.id, data: { progress: 1 }, previousData: record })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      message,
      body: { errors: { root: { serverError: message } } },
    });
  });
});

describe('delete', () => {
  it('deletes one program with the version that was read', async () => {
    const { dataProvider, sent } = provider({
      body: { data: { deleteProgram: { deletedId: record.id, userErrors: [] } } },
    });
    const result = await dataProvider.delete('programs', { id: record.id, previousData: record });
    expect(result.data).toBe(record);
    expect(sent[0]!.variables).toEqual({ input: { id: record.id, version: 3 } });
  });

  it('rejects with the server message when a program still has children', async () => {
    const message = '하위 사업이 있는 사업은 삭제할 수 없습니다.';
    const { dataProvider } = provider({
      body: {
        data: {
          deleteProgram: { deletedId: null, userErrors: [{ field: ['id'], message, code: 'HAS_CHILDREN' }] },
        },
      },
    });
    await expect(
      dataProvider.delete('programs', { id: record.id, previousData: record }),
    ).rejects.toMatchObject({
      message,
      status: 400,
    });
  });

  it('deletes many in one request, one aliased mutation per id', async () => {
    const { dataProvider, sent } = provider({
      body: {
        data: {
          d0: { deletedId: 'a', userErrors: [] },
          d1: { deletedId: 'b', userErrors: [] },
        },
      },
    });
    const result = await dataProvider.deleteMany('programs', { ids: ['a', 'b'] });
    expect(result.data).toEqual(['a', 'b']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toContain('$input0: DeleteProgramInput!, $input1: DeleteProgramInput!');
    expect(sent[0]!.query).toContain('d1: deleteProgram(input: $input1)');
    expect(sent[0]!.variables).toEqual({ input0: { id: 'a' }, input1: { id: 'b' } });
  });
});
