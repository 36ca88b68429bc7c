import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ARTICLE_SOURCE } from '../../db/seed/sources.js';
import { AuditEvent } from '../../records/audit-event.entity.js';
import { Source } from '../sources/source.entity.js';
import { Program } from './program.entity.js';

type RowError = { row: number; column: string; code: string; message: string };
type Imported = { importPrograms: { imported: number; rowErrors: RowError[] } };
type Row = Record<string, unknown>;

const IMPORT = `mutation($input: ImportProgramsInput!) {
  importPrograms(input: $input) { imported rowErrors { row column code message } } }`;

const GAZETTE = 'GWANGJU-GAZETTE-2021-IMPORT';

describe.each(databaseKinds)('importing programs on $name', (kind) => {
  let app: TestApp;

  /** Rows numbered as a sheet under its header row (2, 3, …), with what every program needs filled in. */
  const sheet = (rows: Row[]) =>
    rows.map(
      (r, i) =>
        ({
          row: i + 2,
          nameKo: `사업 ${i + 2}`,
          summaryKo: '가져오기로 등록한 사업',
          area: 'AI',
          status: 'PIPELINE',
          ...r,
        }) as Row,
    );
  const importRows = (rows: Row[], dryRun: boolean, headers?: Record<string, string>) =>
    app.gql<Imported>(IMPORT, { input: { rows, dryRun } }, headers);
  const stored = () => app.orm.em.fork().count(Program, {});
  const audited = () => app.orm.em.fork().count(AuditEvent, { entityType: 'Program', action: 'CREATE' });
  const shape = (errors: RowError[]) => errors.map(({ row, column, code }) => ({ row, column, code }));

  beforeAll(async () => {
    app = await startTestApp(kind);
    // A second document to cite, so that a row can name two sources.
    const em = app.orm.em.fork();
    em.create(Source, { code: GAZETTE, kind: 'GAZETTE', title: '광주광역시보 2021년 고시' });
    await em.flush();
  });
  afterAll(() => app?.close());

  // The child comes first in the sheet: the import writes its parent before it all the same.
  const good = [
    {
      code: 'IMPORT-AI-CHILD',
      nameKo: '인공지능 실증 지원',
      nameEn: 'AI testbed support',
      parentCode: 'IMPORT-AI-PARENT',
      sourceCodes: `${ARTICLE_SOURCE}; ${GAZETTE}`,
      plannedStart: '2021-03-01',
      plannedEnd: '2023-12-31',
      progress: '45.5%',
      status: 'IMPLEMENTATION',
    },
    {
      code: 'IMPORT-AI-PARENT',
      nameKo: '인공지능 산업 육성',
      summaryKo: '인공지능 산업을 키우는 사업 묶음',
      summaryEn: 'A group of programs growing the AI industry',
      parentCode: 'GWANGJU-TYPE-JOBS',
      sourceCodes: ARTICLE_SOURCE,
    },
    { code: 'IMPORT-AI-STANDALONE', nameKo: '데이터 센터', area: 'ENERGY', actualStart: '2020-01-15' },
  ];

  it('checks a good sheet on a dry run without writing anything', async () => {
    const before = await stored();
    const res = await importRows(sheet(good), true);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPrograms).toEqual({ imported: 0, rowErrors: [] });
    expect(await stored()).toBe(before);
  });

  it('refuses a sheet with one bad row, every reason of it in Korean, and writes nothing', async () => {
    const before = await stored();
    const rows = sheet([
      ...good,
      {
        code: 'IMPORT-AI-CHILD',
        nameKo: '   ',
        plannedStart: '2021-13-01',
        area: 'FARMING',
        parentCode: 'NO-SUCH-PROGRAM',
      },
    ]);
    const res = await importRows(rows, false);
    expect(res.errors).toBeUndefined();
    const { imported, rowErrors } = res.data!.importPrograms;
    expect(imported).toBe(0);
    expect(rowErrors).toEqual([
      {
        row: 5,
        column: 'code',
        code: 'DUPLICATE',
        message: '2행과 코드가 같습니다. 한 파일에 같은 코드는 한 번만 넣으십시오.',
      },
      {
        row: 5,
        column: 'nameKo',
        code: 'BLANK',
        message: '이름(한국어)은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.',
      },
      {
        row: 5,
        column: 'area',
        code: 'UNKNOWN_CODE',
        message: expect.stringMatching(
          /^분야에 알 수 없는 값입니다\. 허용 값: JOBS_MOBILITY\(일자리·미래차\), AI\(인공지능\), .*\(입력값: "FARMING"\)$/,
        ),
      },
      {
        row: 5,
        column: 'plannedStart',
        code: 'INVALID_DATE',
        message: '계획 시작일은(는) 실제 날짜(YYYY-MM-DD)여야 합니다. (입력값: "2021-13-01")',
      },
      {
        row: 5,
        column: 'parentCode',
        code: 'NOT_FOUND',
        message: '상위 사업 코드: 해당 항목을 찾을 수 없습니다. (입력값: "NO-SUCH-PROGRAM")',
      },
    ]);
    expect(await stored()).toBe(before);
  });

  it('names every other refusal by row and column: codes on record, cycles, sources, progress, dates', async () => {
    const before = await stored();
    const res = await importRows(
      sheet([
        { code: 'GWANGJU-TYPE-JOBS' },
        { code: 'IMPORT-LOOP-A', parentCode: 'IMPORT-LOOP-B' },
        { code: 'IMPORT-LOOP-B', parentCode: 'IMPORT-LOOP-A' },
        { code: 'IMPORT-SELF', parentCode: 'IMPORT-SELF' },
        { code: 'IMPORT-SOURCES', sourceCodes: `${ARTICLE_SOURCE}, NO-SUCH-SOURCE;ALSO-MISSING` },
        { code: 'IMPORT-PROGRESS-HIGH', progress: '120' },
        { code: 'IMPORT-PROGRESS-TEXT', progress: '절반' },
        { code: 'IMPORT-DATES', plannedStart: '2022-01-01', plannedEnd: '2021-12-31' },
        { code: 'import lower', area: ' ', status: '' },
      ]),
      false,
    );
    const { rowErrors } = res.data!.importPrograms;
    expect(shape(rowErrors)).toEqual([
      { row: 2, column: 'code', code: 'DUPLICATE' },
      { row: 3, column: 'parentCode', code: 'CYCLE' },
      { row: 4, column: 'parentCode', code: 'CYCLE' },
      { row: 5, column: 'parentCode', code: 'SELF_REFERENCE' },
      { row: 6, column: 'sourceCodes', code: 'NOT_FOUND' },
      { row: 7, column: 'progress', code: 'TOO_LARGE' },
      { row: 8, column: 'progress', code: 'INVALID_FORMAT' },
      { row: 9, column: 'plannedEnd', code: 'END_BEFORE_START' },
      { row: 10, column: 'code', code: 'INVALID_FORMAT' },
      { row: 10, column: 'area', code: 'REQUIRED' },
      { row: 10, column: 'status', code: 'REQUIRED' },
    ]);
    expect(rowErrors.map((e) => e.message)).toEqual([
      '코드 "GWANGJU-TYPE-JOBS"은(는) 이미 사용 중입니다.',
      '상위 사업 코드: 이 상위 항목을 지정하면 순환 구조가 됩니다. (IMPORT-LOOP-A → IMPORT-LOOP-B → IMPORT-LOOP-A)',
      '상위 사업 코드: 이 상위 항목을 지정하면 순환 구조가 됩니다. (IMPORT-LOOP-B → IMPORT-LOOP-A → IMPORT-LOOP-B)',
      '상위 사업 코드: 자기 자신을 지정할 수 없습니다.',
      '출처 코드: 해당 항목을 찾을 수 없습니다. (입력값: "NO-SUCH-SOURCE, ALSO-MISSING")',
      '진척률(%)은(는) 100 이하여야 합니다. (입력값: "120")',
      '진척률(%)의 형식이 올바르지 않습니다. 예: 45.5 (입력값: "절반")',
      '계획 종료일은(는) 계획 시작일보다 빠를 수 없습니다.',
      '코드의 형식이 올바르지 않습니다. 예: GWANGJU-TYPE-JOBS (입력값: "import lower")',
      '분야은(는) 필수 항목입니다.',
      '상태은(는) 필수 항목입니다.',
    ]);
    expect(await stored()).toBe(before);
  });

  it('answers in English when asked', async () => {
    const res = await importRows(
      sheet([{ code: 'IMPORT-EN', plannedEnd: '2021-02-30', parentCode: 'NOPE' }]),
      true,
      { 'accept-language': 'en' },
    );
    expect(res.data!.importPrograms.rowErrors.map((e) => e.message)).toEqual([
      'Planned end must be a real date (YYYY-MM-DD). (given: "2021-02-30")',
      'Parent program code: no such record. (given: "NOPE")',
    ]);
  });

  it('writes a clean sheet whole, parents resolved within it, sources linked, each row audited', async () => {
    const [before, auditsBefore] = [await stored(), await audited()];
    const res = await importRows(sheet(good), false);
    expect(res.data!.importPrograms).toEqual({ imported: 3, rowErrors: [] });
    expect(await stored()).toBe(before + 3);
    expect(await audited()).toBe(auditsBefore + 3);

    const read = await app.gql<{
      programs: {
        nodes: {
          code: string;
          name: { ko: string; en: string | null };
          area: string;
          status: string;
          progress: number | null;
          plannedStart: string | null;
          actualStart: string | null;
          parent: { code: string } | null;
          children: { code: string }[];
          sources: { code: string }[];
          version: number;
        }[];
      };
    }>(
      `{ programs(filter: { code: { contains: "IMPORT-AI-" } }) { nodes {
        code name { ko en } area status progress plannedStart actualStart version
        parent { code } children { code } sources { code } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const byCode = new Map(read.data!.programs.nodes.map((n) => [n.code, n]));
    expect(byCode.get('IMPORT-AI-CHILD')).toMatchObject({
      name: { ko: '인공지능 실증 지원', en: 'AI testbed support' },
      status: 'IMPLEMENTATION',
      progress: 45.5,
      plannedStart: '2021-03-01',
      parent: { code: 'IMPORT-AI-PARENT' },
      version: 1,
    });
    expect(
      byCode
        .get('IMPORT-AI-CHILD')!
        .sources.map((s) => s.code)
        .sort(),
    ).toEqual([ARTICLE_SOURCE, GAZETTE].sort());
    expect(byCode.get('IMPORT-AI-PARENT')).toMatchObject({
      parent: { code: 'GWANGJU-TYPE-JOBS' },
      children: [{ code: 'IMPORT-AI-CHILD' }],
      sources: [{ code: ARTICLE_SOURCE }],
    });
    expect(byCode.get('IMPORT-AI-STANDALONE')).toMatchObject({
      area: 'ENERGY',
      parent: null,
      progress: null,
      actualStart: '2020-01-15',
      sources: [],
    });

    const em = app.orm.em.fork();
    const child = await em.findOneOrFail(Program, { code: 'IMPORT-AI-CHILD' }, { populate: ['parent'] });
    const event = await em.findOneOrFail(AuditEvent, { entityId: child.id });
    expect([event.action, event.entityCode, event.entityVersion]).toEqual(['CREATE', 'IMPORT-AI-CHILD', 1]);
    expect(JSON.parse(event.after!)).toMatchObject({
      code: 'IMPORT-AI-CHILD',
      parentId: child.parent!.id,
      progress: 45.5,
      visibility: 'PUBLIC',
    });

    // Imported again, every row clashes with the program now on record.
    const again = await importRows(sheet(good), true);
    expect(shape(again.data!.importPrograms.rowErrors)).toEqual([
      { row: 2, column: 'code', code: 'DUPLICATE' },
      { row: 3, column: 'code', code: 'DUPLICATE' },
      { row: 4, column: 'code', code: 'DUPLICATE' },
    ]);
  });

  it('refuses an empty sheet and one over the cap, with a clear error', async () => {
    const empty = await importRows([], true);
    expect(empty.errors![0]!.message).toBe('가져올 행이 없습니다.');
    const many = sheet(Array.from({ length: 5001 }, (_, i) => ({ code: `IMPORT-MANY-${i}` })));
    const before = await stored();
    const res = await importRows(many, false);
    expect(res.errors![0]!.message).toContain('한 번에 최대 5,000행까지 가져올 수 있습니다(5,001행)');
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toBe(before);
  });

  it('is for editors: a viewer and an anonymous caller are refused', async () => {
    const before = await stored();
    const rows = sheet([{ code: 'IMPORT-BY-VIEWER' }]);
    const viewer = await app.as('VIEWER').gql<Imported>(IMPORT, { input: { rows, dryRun: false } });
    expect(viewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await app.as('ANONYMOUS').gql<Imported>(IMPORT, { input: { rows, dryRun: false } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await stored()).toBe(before);
  });
});
