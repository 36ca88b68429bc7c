import { DATE_MAX, DATE_MIN, DESCRIPTION_MAX, NAME_MAX, SEARCH_MAX } from '@bitgoeul/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Observation } from '../modules/statistics/indicator.entity.js';

type UserErrors = { field: string[]; code: string; message: string }[];

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
  program { id name { ko } summary { ko } } userErrors { field code message } } }`;
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  organisation { id description { ko } } userErrors { field code message } } }`;
const CREATE_FACILITY = `mutation($input: CreateFacilityInput!) { createFacility(input: $input) {
  facility { id } userErrors { field code message } } }`;
const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) {
  observation { id } userErrors { field code message } } }`;

const program = (change: Record<string, unknown> = {}) => ({
  code: 'TEXT-RULE',
  name: { ko: '글자 규칙 시험 사업' },
  summary: { ko: '개요' },
  area: 'AI',
  status: 'PIPELINE',
  ...change,
});
const organisation = (change: Record<string, unknown> = {}) => ({
  code: 'TEXT-RULE-ORG',
  name: { ko: '글자 규칙 시험 기관' },
  kind: 'COMPANY',
  ...change,
});

/** One text rule from the GraphQL edge to the store: bad text is a field's userError or a named argument's BAD_USER_INPUT, and nothing reaches the database. */
describe.each(databaseKinds)('the text rule on $name', (kind) => {
  let app: TestApp;
  const totals = async () => {
    const res = await app.gql<Record<string, { totalCount: number }>>(
      '{ programs { totalCount } organisations { totalCount } facilities { totalCount } }',
    );
    return {
      programs: res.data!.programs!.totalCount,
      organisations: res.data!.organisations!.totalCount,
      facilities: res.data!.facilities!.totalCount,
      observations: await app.orm.em.fork().count(Observation, {}),
    };
  };
  const createProgram = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (
      await app.gql<{ createProgram: { program: unknown; userErrors: UserErrors } }>(
        CREATE_PROGRAM,
        { input },
        headers,
      )
    ).data!.createProgram;

  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('refuses control characters, invisible-only and over-long text as a field userError, writing nothing', async () => {
    const before = await totals();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: { ko: '광주\u0000형 일자리' } }, 'name.ko', 'CONTROL_CHARACTER'],
      [{ name: { ko: '광주형 일자리', en: 'Jobs\u0085' } }, 'name.en', 'CONTROL_CHARACTER'],
      [{ name: { ko: '두 줄\n이름' } }, 'name.ko', 'CONTROL_CHARACTER'],
      [{ summary: { ko: '첫 줄\u0000' } }, 'summary.ko', 'CONTROL_CHARACTER'],
      [{ code: 'TEXT\u0000RULE' }, 'code', 'CONTROL_CHARACTER'],
      [{ name: { ko: '\u200B\u200B\u200B' } }, 'name.ko', 'BLANK'],
      [{ name: { ko: '\u3164\uFEFF \u2060' } }, 'name.ko', 'BLANK'],
      [{ name: { ko: '가'.repeat(NAME_MAX + 1) } }, 'name.ko', 'TOO_LONG'],
      [{ plannedStart: '0000-01-01' }, 'plannedStart', 'DATE_OUT_OF_RANGE'],
      [{ plannedStart: '2101-01-01' }, 'plannedStart', 'DATE_OUT_OF_RANGE'],
      [{ actualEnd: '1899-12-31' }, 'actualEnd', 'DATE_OUT_OF_RANGE'],
    ];
    for (const [change, field, code] of cases) {
      const res = await createProgram(program(change));
      expect(res.program, `${field} ${code}`).toBeNull();
      expect(res.userErrors).toEqual([expect.objectContaining({ field: field.split('.'), code })]);
    }
    const description = [
      [{ description: { ko: '설명\u0000' } }, 'description.ko', 'CONTROL_CHARACTER'],
      [{ description: { ko: '가'.repeat(DESCRIPTION_MAX + 1) } }, 'description.ko', 'TOO_LONG'],
      [{ name: { ko: '\u200B' } }, 'name.ko', 'BLANK'],
    ] as const;
    for (const [change, field, code] of description) {
      const res = await app.gql<{ createOrganisation: { organisation: unknown; userErrors: UserErrors } }>(
        CREATE_ORGANISATION,
        { input: organisation(change) },
      );
      expect(res.data!.createOrganisation.organisation).toBeNull();
      expect(res.data!.createOrganisation.userErrors).toEqual([
        expect.objectContaining({ field: field.split('.'), code }),
      ]);
    }
    const capacity = await app.gql<{ createFacility: { facility: unknown; userErrors: UserErrors } }>(
      CREATE_FACILITY,
      {
        input: {
          code: 'TEXT-RULE-PLANT',
          name: { ko: '시험 공장' },
          kind: 'PLANT',
          status: 'PLANNED',
          capacity: { value: 1e308, unit: 'VEHICLES_PER_YEAR' },
        },
      },
    );
    expect(capacity.data!.createFacility.userErrors).toEqual([
      expect.objectContaining({ field: ['capacity', 'value'], code: 'TOO_LARGE' }),
    ]);
    expect(await totals()).toEqual(before);
  });

  it('says what is wrong in Korean by default and in English on request', async () => {
    const nul = await createProgram(program({ name: { ko: '광주\u0000' } }));
    expect(nul.userErrors[0]!.message).toBe(
      '이름(한국어)에는 제어 문자를 넣을 수 없습니다(3번째 글자 U+0000).',
    );
    const blank = await createProgram(program({ name: { ko: '\u200B' } }), { 'accept-language': 'en' });
    expect(blank.userErrors[0]!.message).toBe(
      'Name (Korean) cannot be blank (spaces or invisible characters only).',
    );
    const year0 = await createProgram(program({ plannedStart: '0000-01-01' }));
    expect(year0.userErrors[0]!.message).toBe(
      `계획 시작일은(는) ${DATE_MIN}부터 ${DATE_MAX}까지의 날짜여야 합니다.`,
    );
  });

  it('keeps line breaks in a summary and trims invisible edges off a name', async () => {
    const res = await createProgram(
      program({
        code: 'TEXT-RULE-OK',
        name: { ko: '\uFEFF빛고을 사업\u200B' },
        summary: { ko: '첫 줄\r\n둘째 줄\t끝' },
      }),
    );
    expect(res.userErrors).toEqual([]);
    expect(res.program).toMatchObject({ name: { ko: '빛고을 사업' }, summary: { ko: '첫 줄\n둘째 줄\t끝' } });
    // The edges that were trimmed are not part of the name: searching for them finds nothing new.
    const dates = await createProgram(
      program({ code: 'TEXT-RULE-DATES', plannedStart: DATE_MIN, plannedEnd: DATE_MAX }),
    );
    expect(dates.userErrors).toEqual([]);
  });

  it('refuses an observation value of 1e308, written either way', async () => {
    const found = await app.gql<{
      programs: { nodes: { id: string; sources: { id: string }[] }[] };
    }>('{ programs(filter: { code: { eq: "BIRTH-CELEBRATION-GRANT" } }) { nodes { id sources { id } } } }');
    const { id: programId, sources } = found.data!.programs.nodes[0]!;
    const indicator = await app.gql<{ createIndicator: { indicator: { id: string } } }>(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'TEXT-RULE-BIRTHS',
          name: { ko: '출생아 수' },
          unit: 'PERSONS',
          frequency: 'YEAR',
          aggregation: 'SUM',
          subject: { type: 'PROGRAM', id: programId },
        },
      },
    );
    const indicatorId = indicator.data!.createIndicator.indicator.id;
    const before = await totals();
    for (const [value, code] of [
      [`1${'0'.repeat(308)}`, 'TOO_LARGE'],
      ['1e308', 'INVALID_FORMAT'],
      ['1\u0000', 'INVALID_FORMAT'],
    ] as const) {
      const res = await app.gql<{ recordObservation: { observation: unknown; userErrors: UserErrors } }>(
        RECORD,
        {
          input: { indicatorId, period: '2021', value, status: 'FINAL', sourceId: sources[0]!.id },
        },
      );
      expect(res.data!.recordObservation.observation).toBeNull();
      expect(res.data!.recordObservation.userErrors).toEqual([
        expect.objectContaining({ field: ['value'], code }),
      ]);
    }
    const note = await app.gql<{ recordObservation: { userErrors: UserErrors } }>(RECORD, {
      input: {
        indicatorId,
        period: '2021',
        value: '1',
        status: 'FINAL',
        sourceId: sources[0]!.id,
        note: '\u0000',
      },
    });
    expect(note.data!.recordObservation.userErrors).toEqual([
      expect.objectContaining({ field: ['note'], code: 'CONTROL_CHARACTER' }),
    ]);
    expect(await totals()).toEqual(before);
  });

  it('refuses NUL in every column of an import as a row error, writing nothing', async () => {
    const before = await totals();
    const nul = '\u0000';
    const programs = await app.gql<{
      importPrograms: { imported: number; rowErrors: { column: string; code: string }[] };
    }>(
      `mutation($input: ImportProgramsInput!) { importPrograms(input: $input) { imported rowErrors { column code } } }`,
      {
        input: {
          dryRun: false,
          rows: [
            {
              row: 2,
              code: `TEXT-RULE-IMPORT${nul}`,
              nameKo: `이름${nul}`,
              summaryKo: `개요${nul}`,
              area: 'AI',
              status: 'PIPELINE',
              parentCode: `GWANGJU${nul}`,
              sourceCodes: `SRC${nul}`,
              plannedStart: '0000-01-01',
            },
          ],
        },
      },
    );
    expect(programs.errors).toBeUndefined();
    expect(programs.data!.importPrograms.imported).toBe(0);
    expect(programs.data!.importPrograms.rowErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: 'nameKo', code: 'CONTROL_CHARACTER' }),
        expect.objectContaining({ column: 'plannedStart', code: 'DATE_OUT_OF_RANGE' }),
      ]),
    );
    const observations = await app.gql<{
      importObservations: { imported: number; rowErrors: { column: string; code: string }[] };
    }>(
      `mutation($input: ImportObservationsInput!) { importObservations(input: $input) { imported rowErrors { column code } } }`,
      {
        input: {
          dryRun: false,
          rows: [
            {
              row: 2,
              indicatorCode: `IND${nul}`,
              period: `2021${nul}`,
              value: `1${nul}`,
              status: 'FINAL',
              sourceCode: nul,
              note: nul,
            },
          ],
        },
      },
    );
    expect(observations.errors).toBeUndefined();
    expect(observations.data!.importObservations.imported).toBe(0);
    expect(observations.data!.importObservations.rowErrors.length).toBeGreaterThan(0);
    expect(await totals()).toEqual(before);
  });

  it('refuses bad text in a search or a filter as BAD_USER_INPUT naming the argument', async () => {
    const ask = (query: string, variables: Record<string, unknown>, headers?: Record<string, string>) =>
      app.as('ANONYMOUS').gql(query, variables, headers);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'query($s: String) { programs(filter: { search: $s }) { totalCount } }',
        { s: '광주\u0000' },
        'filter.search',
        'CONTROL_CHARACTER',
      ],
      [
        'query($s: String) { programs(filter: { search: $s }) { totalCount } }',
        { s: 'a'.repeat(50_000) },
        'filter.search',
        'TOO_LONG',
      ],
      [
        'query($s: String) { zones(filter: { and: [{ search: $s }] }) { totalCount } }',
        { s: '\u0000' },
        'filter.and.0.search',
        'CONTROL_CHARACTER',
      ],
      [
        'query($s: String) { programs(filter: { code: { eq: $s } }) { totalCount } }',
        { s: 'GGM\u0000' },
        'filter.code.eq',
        'CONTROL_CHARACTER',
      ],
      [
        'query($s: String!) { facilities(filter: { code: { in: ["A", $s] } }) { totalCount } }',
        { s: '\u0000' },
        'filter.code.in.1',
        'CONTROL_CHARACTER',
      ],
      [
        'query($s: String) { organisations(filter: { code: { contains: $s } }) { totalCount } }',
        { s: 'x'.repeat(SEARCH_MAX + 1) },
        'filter.code.contains',
        'TOO_LONG',
      ],
      ['query($id: ID!) { program(id: $id) { code } }', { id: '\u0000' }, 'id', 'CONTROL_CHARACTER'],
    ];
    for (const [query, variables, argument, reason] of cases) {
      const res = await ask(query, variables);
      expect(res.errors, argument).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
    }
    const ko = await ask(cases[0]![0], cases[0]![1]);
    expect(ko.errors![0]!.message).toBe(
      '인수 filter.search에는 제어 문자를 넣을 수 없습니다(3번째 글자 U+0000).',
    );
    const en = await ask(cases[1]![0], cases[1]![1], { 'accept-language': 'en' });
    expect(en.errors![0]!.message).toBe(`Argument filter.search must be at most ${SEARCH_MAX} characters.`);
    // A NUL hidden inside a well-formed global id is not an id either.
    const hidden = Buffer.from('Program:\u0000').toString('base64');
    const decoded = await ask('query($id: ID!) { programs(filter: { id: { eq: $id } }) { totalCount } }', {
      id: hidden,
    });
    expect(decoded.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // An ordinary search still works, and a search of exactly the limit is allowed.
    const fine = await ask('query($s: String) { programs(filter: { search: $s }) { totalCount } }', {
      s: 'a'.repeat(SEARCH_MAX),
    });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses a NUL or an over-long email at sign-in before asking the database', async () => {
    for (const body of [
      { email: 'admin@bitgoeul.test\u0000', password: 'whatever it is here' },
      { email: `${'a'.repeat(400)}@bitgoeul.test`, password: 'whatever it is here' },
      { email: 'admin@bitgoeul.test', password: 'x\u0000'.repeat(10) },
    ]) {
      const response = await app.yoga.fetch('http://bitgoeul.test/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_TEXT');
    }
  });
});
