import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface IndicatorNode {
  id: string;
  code: string;
  version: number;
  frequency: string;
  aggregation: string;
  direction: string;
  subjectType: string;
  subjectId: string;
}
const FIELDS = 'id code version frequency aggregation direction subjectType subjectId';
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) {
  indicator { ${FIELDS} } userErrors { field code message } } }`;
type Created = { createIndicator: { indicator: IndicatorNode | null; userErrors: UserErrors } };
const NO_PROGRAM = Buffer.from('Program:00000000-0000-4000-8000-000000000000').toString('base64');

describe.each(databaseKinds)('indicators on $name', (kind) => {
  let app: TestApp;
  let jobs: string;
  let sourceId: string;
  const create = (input: Record<string, unknown>) =>
    app.gql<Created>(CREATE, {
      input: {
        name: { ko: '시험 지표', en: 'Test indicator' },
        unit: 'PERSONS',
        frequency: 'IRREGULAR',
        aggregation: 'LAST',
        subject: { type: 'PROGRAM', id: jobs },
        sourceIds: [sourceId],
        ...input,
      },
    });
  const total = async () =>
    (await app.gql<{ indicators: { totalCount: number } }>('{ indicators { totalCount } }')).data!.indicators
      .totalCount;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      '{ programs(filter: { code: { eq: "GWANGJU-TYPE-JOBS" } }) { nodes { id sources { id } } } }',
    );
    jobs = res.data!.programs.nodes[0]!.id;
    sourceId = res.data!.programs.nodes[0]!.sources[0]!.id;
  });
  afterAll(() => app?.close());

  it('creates an indicator about a program, lists it under the program, and refuses bad input', async () => {
    const before = await total();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ code: 'lower' }, 'code', 'INVALID_FORMAT'],
      [{ code: 'T-1', name: { ko: ' ' } }, 'name.ko', 'BLANK'],
      [{ code: 'T-2', subject: { type: 'PROGRAM', id: NO_PROGRAM } }, 'subject.id', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of bad) {
      const res = await create(input);
      expect(res.data!.createIndicator.indicator).toBeNull();
      expect(res.data!.createIndicator.userErrors).toContainEqual(
        expect.objectContaining({ field: field.split('.'), code }),
      );
    }
    // A subject id of the wrong type for its subject type is not even a well-formed request.
    const wrongType = await create({ code: 'T-3', subject: { type: 'ZONE', id: jobs } });
    expect(wrongType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await total()).toBe(before);

    const ok = await create({
      code: 'TEST-GGM-EMPLOYEES',
      name: { ko: 'GGM 고용 인원', en: 'GGM employees' },
    });
    expect(ok.data!.createIndicator.userErrors).toEqual([]);
    expect(ok.data!.createIndicator.indicator).toMatchObject({
      code: 'TEST-GGM-EMPLOYEES',
      direction: 'UP_IS_GOOD',
      subjectType: 'PROGRAM',
      subjectId: jobs,
      version: 1,
    });
    const duplicate = await create({ code: 'TEST-GGM-EMPLOYEES' });
    expect(duplicate.data!.createIndicator.userErrors[0]).toMatchObject({
      field: ['code'],
      code: 'DUPLICATE',
    });

    const subject = await app.gql<{
      indicators: { nodes: { subject: { __typename: string; code: string } }[] };
    }>(
      '{ indicators(filter: { code: { eq: "TEST-GGM-EMPLOYEES" } }) { nodes { subject { __typename ... on Program { code } } } } }',
    );
    expect(subject.data!.indicators.nodes[0]!.subject).toEqual({
      __typename: 'Program',
      code: 'GWANGJU-TYPE-JOBS',
    });

    const program = await app.gql<{ program: { indicators: { code: string }[] } }>(
      `query($id: ID!) { program(id: $id) { indicators { code } } }`,
      { id: jobs },
    );
    expect(program.data!.program.indicators.map((i) => i.code)).toContain('TEST-GGM-EMPLOYEES');
  });

  it('takes the city as a subject only when the organisation is a city', async () => {
    const org = async (code: string, kind: string) =>
      (
        await app.gql<{ createOrganisation: { organisation: { id: string } } }>(
          'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }',
          { input: { code, kind, name: { ko: code } } },
        )
      ).data!.createOrganisation.organisation.id;
    const city = await org('TEST-CITY', 'CITY');
    const ministry = await org('TEST-MINISTRY', 'MINISTRY');
    const notCity = await create({ code: 'TEST-CITY-WRONG', subject: { type: 'CITY', id: ministry } });
    expect(notCity.data!.createIndicator.userErrors[0]).toMatchObject({
      field: ['subject', 'id'],
      code: 'INVALID',
    });
    const ok = await create({ code: 'TEST-CITY-BIRTHS', subject: { type: 'CITY', id: city } });
    expect(ok.data!.createIndicator.indicator).toMatchObject({ subjectType: 'CITY', subjectId: city });
    const read = await app.gql<{
      organisation: { indicators: { code: string; subject: { __typename: string } }[] };
    }>('query($id: ID!) { organisation(id: $id) { indicators { code subject { __typename } } } }', {
      id: city,
    });
    expect(read.data!.organisation.indicators).toEqual([
      { code: 'TEST-CITY-BIRTHS', subject: { __typename: 'Organisation' } },
    ]);
  });

  it('filters by code, unit, frequency, subject and search, with and/or/not', async () => {
    await create({ code: 'TEST-FILTER-MONTHLY', frequency: 'MONTH', aggregation: 'SUM', unit: 'COUNT' });
    await create({ code: 'TEST-FILTER-YEARLY', frequency: 'YEAR', aggregation: 'SUM', unit: 'KRW' });
    const q = async (filter: string) =>
      (
        await app.gql<{ indicators: { totalCount: number; nodes: { code: string }[] } }>(
          `{ indicators(first: 100, filter: ${filter}) { totalCount nodes { code } } }`,
        )
      ).data!.indicators;
    expect((await q('{ code: { eq: "TEST-FILTER-MONTHLY" } }')).nodes.map((n) => n.code)).toEqual([
      'TEST-FILTER-MONTHLY',
    ]);
    expect((await q('{ search: "filter", unit: { in: [KRW] } }')).nodes.map((n) => n.code)).toEqual([
      'TEST-FILTER-YEARLY',
    ]);
    const bySubject = await q(`{ subject: { eq: "${jobs}" }, frequency: { in: [MONTH, YEAR] } }`);
    expect(bySubject.nodes.map((n) => n.code)).toEqual(['TEST-FILTER-MONTHLY', 'TEST-FILTER-YEARLY']);
    const either = await q(
      '{ search: "TEST-FILTER", or: [{ unit: { eq: COUNT } }, { unit: { eq: KRW } }], not: { frequency: { eq: YEAR } } }',
    );
    expect(either.nodes.map((n) => n.code)).toEqual(['TEST-FILTER-MONTHLY']);
    const ordered = await app.gql<{ indicators: { nodes: { code: string }[] } }>(
      '{ indicators(first: 2, filter: { search: "TEST-FILTER" }, orderBy: [{ field: FREQUENCY, direction: DESC }]) { nodes { code } } }',
    );
    expect(ordered.data!.indicators.nodes.map((n) => n.code)).toEqual([
      'TEST-FILTER-YEARLY',
      'TEST-FILTER-MONTHLY',
    ]);
    const badSubject = await app.gql(
      `{ indicators(filter: { subject: { eq: "${sourceId}" } }) { totalCount } }`,
    );
    expect(badSubject.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('measures GGM hiring against the 1,000-job target: 53.0 %', async () => {
    const ind = (await create({ code: 'TEST-GGM-HIRED', name: { ko: 'GGM 채용 인원' } })).data!
      .createIndicator.indicator!.id;
    const recorded = await app.gql<{ recordObservation: { userErrors: UserErrors } }>(
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { userErrors { field code } } }`,
      { input: { indicatorId: ind, period: '2021-06', value: '530', status: 'FINAL', sourceId } },
    );
    expect(recorded.data!.recordObservation.userErrors).toEqual([]);
    const set = `mutation($input: SetTargetInput!) { setTarget(input: $input) {
      target { id kind period deadline value supersededAt } userErrors { field code message } } }`;
    type SetRes = { setTarget: { target: { id: string; value: string } | null; userErrors: UserErrors } };
    const needsPeriod = await app.gql<SetRes>(set, {
      input: { indicatorId: ind, kind: 'PER_PERIOD', value: '1000', sourceId },
    });
    expect(needsPeriod.data!.setTarget.target).toBeNull();
    expect(needsPeriod.data!.setTarget.userErrors[0]).toMatchObject({
      field: ['period'],
      code: 'TARGET_NEEDS_PERIOD',
    });
    const cumulativeNoDate = await app.gql<SetRes>(set, {
      input: { indicatorId: ind, kind: 'CUMULATIVE', value: '1000', sourceId },
    });
    expect(cumulativeNoDate.data!.setTarget.userErrors[0]!.code).toBe('TARGET_NEEDS_PERIOD');

    const first = await app.gql<SetRes>(set, {
      input: { indicatorId: ind, kind: 'END_OF_PROGRAM', value: '900', sourceId, note: '잘못 입력' },
    });
    expect(first.data!.setTarget.userErrors).toEqual([]);
    const target = await app.gql<SetRes>(set, {
      input: { indicatorId: ind, kind: 'END_OF_PROGRAM', value: '1,000', sourceId, note: '직접고용 1000명' },
    });
    expect(target.data!.setTarget.target).toMatchObject({ value: '1000', period: null, deadline: null });

    const read = await app.gql<{
      indicator: {
        latest: { value: string };
        targets: { value: string }[];
        all: { value: string; supersededAt: string | null }[];
        progress: { value: string; percent: string; target: { value: string } };
      };
    }>(
      `query($id: ID!) { indicator(id: $id) { latest { value } targets { value }
        all: targets(includeSuperseded: true) { value supersededAt } progress { value percent target { value } } } }`,
      { id: ind },
    );
    const indicator = read.data!.indicator;
    expect(indicator.latest.value).toBe('530');
    expect(indicator.targets.map((t) => t.value)).toEqual(['1000']);
    expect(indicator.all.map((t) => [t.value, t.supersededAt !== null])).toEqual([
      ['900', true],
      ['1000', false],
    ]);
    expect(indicator.progress).toEqual({ value: '530', percent: '53.0', target: { value: '1000' } });
  });

  it('refuses to delete an indicator that has figures, and deletes one that has none', async () => {
    const del = `mutation($input: DeleteIndicatorInput!) { deleteIndicator(input: $input) { deletedId userErrors { field code } } }`;
    type Res = { deleteIndicator: { deletedId: string | null; userErrors: UserErrors } };
    const used = await app.gql<{ indicators: { nodes: { id: string }[] } }>(
      '{ indicators(filter: { code: { eq: "TEST-GGM-HIRED" } }) { nodes { id } } }',
    );
    const refused = await app.gql<Res>(del, { input: { id: used.data!.indicators.nodes[0]!.id } });
    expect(refused.data!.deleteIndicator.userErrors[0]).toMatchObject({ field: ['id'], code: 'IN_USE' });

    const fresh = (await create({ code: 'TEST-DELETE-ME' })).data!.createIndicator.indicator!;
    const update = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { ${FIELDS} } userErrors { field code } } }`;
    const changed = await app.gql<{ updateIndicator: { indicator: IndicatorNode } }>(update, {
      input: {
        id: fresh.id,
        version: fresh.version,
        frequency: 'QUARTER',
        aggregation: 'SUM',
        direction: 'DOWN_IS_GOOD',
      },
    });
    expect(changed.data!.updateIndicator.indicator).toMatchObject({
      frequency: 'QUARTER',
      direction: 'DOWN_IS_GOOD',
      version: 2,
    });
    const stale = await app.gql<Res>(del, { input: { id: fresh.id, version: 1 } });
    expect(stale.data!.deleteIndicator.userErrors[0]!.code).toBe('STALE_VERSION');
    const done = await app.gql<Res>(del, { input: { id: fresh.id, version: 2 } });
    expect(done.data!.deleteIndicator).toEqual({ deletedId: fresh.id, userErrors: [] });
    const gone = await app.gql(`query($id: ID!) { indicator(id: $id) { code } }`, { id: fresh.id });
    expect(gone.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses a new frequency that stored figures would not fit', async () => {
    const monthly = (await create({ code: 'TEST-REFREQ', frequency: 'MONTH', aggregation: 'SUM' })).data!
      .createIndicator.indicator!;
    await app.gql(
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { userErrors { code } } }`,
      { input: { indicatorId: monthly.id, period: '2021-04', value: '5', status: 'FINAL', sourceId } },
    );
    const res = await app.gql<{ updateIndicator: { userErrors: UserErrors } }>(
      `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { userErrors { field code } } }`,
      { input: { id: monthly.id, frequency: 'YEAR' } },
    );
    expect(res.data!.updateIndicator.userErrors[0]).toMatchObject({
      field: ['frequency'],
      code: 'PERIOD_FREQUENCY_MISMATCH',
    });
  });
});
