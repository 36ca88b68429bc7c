import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Rule {
  id: string;
  version: number;
  name: { ko: string };
  kind: string;
  amount: number;
  months: number | null;
  childOrders: string[];
  effectiveFrom: string;
  effectiveTo: string | null;
  program: { code: string };
}
const RULE =
  'id version name { ko } kind amount months childOrders effectiveFrom effectiveTo program { code }';
const CREATE = `mutation($input: CreateBenefitRuleInput!) { createBenefitRule(input: $input) {
  benefitRule { ${RULE} } userErrors { field code message } } }`;
type Created = { createBenefitRule: { benefitRule: Rule | null; userErrors: UserErrors } };
const ALL = ['FIRST', 'SECOND', 'THIRD_OR_LATER'];

describe.each(databaseKinds)('benefit rules on $name', (kind) => {
  let app: TestApp;
  let grant: string;
  let allowance: string;
  let sourceId: string;
  const programId = async (code: string) => {
    const res = await app.gql<{ programs: { nodes: { id: string; sources: { id: string }[] }[] } }>(
      `query($c: String!) { programs(filter: { code: { eq: $c } }) { nodes { id sources { id } } } }`,
      { c: code },
    );
    return res.data!.programs.nodes[0]!;
  };
  const create = (input: Record<string, unknown>) =>
    app.gql<Created>(CREATE, { input: { sourceIds: [sourceId], ...input } });
  const count = async (program: string) =>
    (
      await app.gql<{ benefitRules: { totalCount: number } }>(
        `query($p: ID!) { benefitRules(filter: { program: { eq: $p } }) { totalCount } }`,
        { p: program },
      )
    ).data!.benefitRules.totalCount;

  beforeAll(async () => {
    app = await startTestApp(kind);
    // Fresh programs of our own, so that the seed's rules (written elsewhere) do not interfere.
    const birth = await programId('BIRTH-CELEBRATION-GRANT');
    sourceId = birth.sources[0]!.id;
    const make = async (code: string, ko: string) => {
      const res = await app.gql<{ createProgram: { program: { id: string } } }>(
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
        {
          input: {
            code,
            name: { ko },
            summary: { ko },
            area: 'POPULATION_CHILDCARE',
            status: 'IMPLEMENTATION',
          },
        },
      );
      return res.data!.createProgram.program.id;
    };
    grant = await make('TEST-BIRTH-GRANT', '출생축하금(시험)');
    allowance = await make('TEST-CHILDCARE-ALLOWANCE', '육아수당(시험)');
  });
  afterAll(() => app?.close());

  it("creates the article's rules and computes a second child's entitlement: 6,300,000 KRW", async () => {
    const lump = { programId: grant, kind: 'LUMP_SUM' };
    const rules = [
      {
        ...lump,
        name: { ko: '출생축하금 2021' },
        amount: 1_000_000,
        childOrders: ALL,
        effectiveFrom: '2021-01-01',
        effectiveTo: '2021-12-31',
      },
      {
        ...lump,
        name: { ko: '출생축하금 첫째' },
        amount: 1_000_000,
        childOrders: ['FIRST'],
        effectiveFrom: '2022-01-01',
      },
      {
        ...lump,
        name: { ko: '출생축하금 둘째' },
        amount: 1_500_000,
        childOrders: ['SECOND'],
        effectiveFrom: '2022-01-01',
      },
      {
        ...lump,
        name: { ko: '출생축하금 셋째 이상' },
        amount: 2_000_000,
        childOrders: ['THIRD_OR_LATER'],
        effectiveFrom: '2022-01-01',
      },
      {
        programId: allowance,
        kind: 'MONTHLY',
        name: { ko: '육아수당' },
        amount: 200_000,
        months: 24,
        childOrders: ALL,
        effectiveFrom: '2021-01-01',
      },
    ];
    for (const rule of rules) {
      const res = await create(rule);
      expect(res.data!.createBenefitRule.userErrors).toEqual([]);
    }
    const q = `query($p: [ID!], $b: Date!, $o: ChildOrder!) { entitlement(programIds: $p, birthDate: $b, childOrder: $o) {
      total payments { rule { id name { ko } } program { code } kind date amount instalment instalments } } }`;
    type Res = {
      entitlement: {
        total: number;
        payments: {
          rule: { name: { ko: string } };
          kind: string;
          date: string;
          amount: number;
          instalment: number;
        }[];
      };
    };
    const second = await app.gql<Res>(q, { p: [grant, allowance], b: '2022-03-15', o: 'SECOND' });
    expect(second.data!.entitlement.total).toBe(6_300_000);
    expect(second.data!.entitlement.payments).toHaveLength(25);
    expect(second.data!.entitlement.payments.find((p) => p.kind === 'MONTHLY')).toMatchObject({
      date: '2022-03-15',
      amount: 200_000,
      instalment: 1,
    });
    expect(second.data!.entitlement.payments.find((p) => p.kind === 'LUMP_SUM')).toMatchObject({
      rule: { name: { ko: '출생축하금 둘째' } },
      amount: 1_500_000,
      date: '2022-03-15',
    });
    expect(second.data!.entitlement.payments.at(-1)!.date).toBe('2024-02-15');

    const first2021 = await app.gql<Res>(q, { p: [grant, allowance], b: '2021-06-01', o: 'FIRST' });
    expect(first2021.data!.entitlement.total).toBe(5_800_000);
    const grantOnly = await app.gql<Res>(q, { p: [grant], b: '2022-03-15', o: 'THIRD_OR_LATER' });
    expect(grantOnly.data!.entitlement.total).toBe(2_000_000);

    // Without programIds, every program's rules apply (the seed's own included).
    const everywhere = await app.gql<Res>(q, { b: '2022-03-15', o: 'SECOND' });
    expect(everywhere.data!.entitlement.payments.map((p) => p.rule.name.ko)).toContain('출생축하금 둘째');
    expect(everywhere.data!.entitlement.total).toBeGreaterThanOrEqual(6_300_000);

    const unknown = Buffer.from('Program:00000000-0000-4000-8000-000000000000').toString('base64');
    const missing = await app.gql(q, { p: [unknown], b: '2022-03-15', o: 'FIRST' });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const badDate = await app.gql(q, { p: [grant], b: '2022-02-30', o: 'FIRST' });
    expect(badDate.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    const listed = await app.gql<{ program: { benefitRules: { amount: number }[] } }>(
      `query($id: ID!) { program(id: $id) { benefitRules { amount } } }`,
      { id: grant },
    );
    expect(listed.data!.program.benefitRules.map((r) => r.amount)).toEqual([
      1_000_000, 1_000_000, 1_500_000, 2_000_000,
    ]);
    const inEffect = await app.gql<{ benefitRules: { nodes: Rule[] } }>(
      `query($p: ID!) { benefitRules(filter: { program: { eq: $p }, effectiveOn: "2022-05-05", childOrder: { eq: SECOND } }) { nodes { ${RULE} } } }`,
      { p: grant },
    );
    expect(inEffect.data!.benefitRules.nodes.map((r) => r.amount)).toEqual([1_500_000]);
  });

  it('refuses bad rules with a specific userError and writes nothing', async () => {
    const valid = {
      programId: allowance,
      kind: 'LUMP_SUM',
      name: { ko: '시험 지급' },
      amount: 300_000,
      childOrders: ['FIRST'],
      effectiveFrom: '2030-01-01',
    };
    const before = await count(allowance);
    const unknown = Buffer.from('Program:00000000-0000-4000-8000-000000000000').toString('base64');
    const bad: [Record<string, unknown>, string, string][] = [
      [{ amount: -1_000_000 }, 'amount', 'TOO_SMALL'],
      [{ amount: 0 }, 'amount', 'TOO_SMALL'],
      [{ amount: 1000.5 }, 'amount', 'INVALID_TYPE'],
      [{ kind: 'MONTHLY' }, 'months', 'REQUIRED'],
      [{ months: 12 }, 'months', 'INVALID'],
      [{ childOrders: [] }, 'childOrders', 'TOO_SMALL'],
      [{ effectiveTo: '2029-12-31' }, 'effectiveTo', 'END_BEFORE_START'],
      [{ programId: unknown }, 'programId', 'NOT_FOUND'],
      // The allowance already pays every child monthly from 2021 on; a second monthly rule would pay twice.
      [{ kind: 'MONTHLY', months: 12 }, 'effectiveFrom', 'OVERLAPPING_RULES'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...valid, ...change });
      expect(res.data!.createBenefitRule.benefitRule).toBeNull();
      expect(res.data!.createBenefitRule.userErrors).toContainEqual(
        expect.objectContaining({ field: [field], code }),
      );
    }
    const negative = await create({ ...valid, amount: -5 });
    expect(negative.data!.createBenefitRule.userErrors[0]!.message).toBe(
      '지급액(원)은(는) 1 이상이어야 합니다.',
    );
    const overlap = await create({ ...valid, kind: 'MONTHLY', months: 12 });
    expect(overlap.data!.createBenefitRule.userErrors[0]!.message).toContain('육아수당');
    expect(await count(allowance)).toBe(before);
  });

  it('updates with a version, closes a rule, and deletes', async () => {
    const made = (
      await create({
        programId: grant,
        kind: 'MONTHLY',
        name: { ko: '시험 월 지급' },
        amount: 100_000,
        months: 6,
        childOrders: ['FIRST'],
        effectiveFrom: '2023-01-01',
      })
    ).data!.createBenefitRule.benefitRule!;
    const update = `mutation($input: UpdateBenefitRuleInput!) { updateBenefitRule(input: $input) { benefitRule { ${RULE} } userErrors { field code } } }`;
    type Res = { updateBenefitRule: { benefitRule: Rule | null; userErrors: UserErrors } };
    const closed = await app.gql<Res>(update, {
      input: { id: made.id, version: made.version, effectiveTo: '2023-12-31' },
    });
    expect(closed.data!.updateBenefitRule.benefitRule).toMatchObject({
      effectiveTo: '2023-12-31',
      months: 6,
      version: 2,
    });
    const stale = await app.gql<Res>(update, { input: { id: made.id, version: made.version, amount: 5 } });
    expect(stale.data!.updateBenefitRule.userErrors[0]!.code).toBe('STALE_VERSION');
    const negative = await app.gql<Res>(update, { input: { id: made.id, amount: -1 } });
    expect(negative.data!.updateBenefitRule.userErrors[0]).toMatchObject({
      field: ['amount'],
      code: 'TOO_SMALL',
    });

    const del = `mutation($input: DeleteBenefitRuleInput!) { deleteBenefitRule(input: $input) { deletedId userErrors { code } } }`;
    const gone = await app.gql<{ deleteBenefitRule: { deletedId: string } }>(del, {
      input: { id: made.id, version: 2 },
    });
    expect(gone.data!.deleteBenefitRule.deletedId).toBe(made.id);
    const one = await app.gql(`query($id: ID!) { benefitRule(id: $id) { id } }`, { id: made.id });
    expect(one.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
