import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface OrganisationNode {
  id: string;
  code: string;
  version: number;
  kind: string;
  name: { ko: string; en: string | null };
  description: { ko: string; en: string | null } | null;
  parent: { code: string } | null;
  children: { code: string }[];
  sources: { code: string }[];
}
type Written = { organisation: OrganisationNode | null; userErrors: UserErrors };

const FIELDS =
  'id code version kind name { ko en } description { ko en } parent { code } children { code } sources { code }';
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  organisation { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
  organisation { ${FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteOrganisationInput!) { deleteOrganisation(input: $input) {
  deletedId userErrors { field code message } } }`;
const unknownId = (typename: string) =>
  Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64');

describe.each(databaseKinds)('organisations on $name', (kind) => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<{ createOrganisation: Written }>(CREATE, { input }, headers)).data!.createOrganisation;
  const update = async (input: Record<string, unknown>) =>
    (await app.gql<{ updateOrganisation: Written }>(UPDATE, { input })).data!.updateOrganisation;
  const remove = async (input: Record<string, unknown>) =>
    (
      await app.gql<{ deleteOrganisation: { deletedId: string | null; userErrors: UserErrors } }>(DELETE, {
        input,
      })
    ).data!.deleteOrganisation;
  const one = async (id: string) =>
    (
      await app.gql<{ organisation: OrganisationNode }>(
        `query($id: ID!) { organisation(id: $id) { ${FIELDS} } }`,
        { id },
      )
    ).data!.organisation;
  const total = async () =>
    (await app.gql<{ organisations: { totalCount: number } }>('{ organisations { totalCount } }')).data!
      .organisations.totalCount;
  const codes = async (filter: string, extra = '') =>
    (
      await app.gql<{ organisations: { nodes: { code: string }[] } }>(
        `{ organisations(first: 100, filter: ${filter} ${extra}) { nodes { code } } }`,
      )
    ).data!.organisations.nodes.map((n) => n.code);

  beforeAll(async () => {
    app = await startTestApp(kind);
    const city = await create({
      code: 'T-CITY',
      name: { ko: '시험광역시', en: 'Test Metropolitan City' },
      kind: 'CITY',
      description: { ko: '시험용 광역자치단체' },
    });
    expect(city.userErrors).toEqual([]);
    ids.city = city.organisation!.id;
    for (const [code, ko, en] of [
      ['T-CITY-AI', '인공지능산업과', 'AI Industry Division'],
      ['T-CITY-BIRTH', '출산보육과', 'Childbirth and Childcare Division'],
    ] as const) {
      const dept = await create({ code, name: { ko, en }, kind: 'CITY_DEPARTMENT', parentId: ids.city });
      expect(dept.userErrors).toEqual([]);
      ids[code] = dept.organisation!.id;
    }
    const company = await create({
      code: 'T-MOTORS',
      name: { ko: '시험모터스', en: 'Test Motors' },
      kind: 'COMPANY',
    });
    ids.company = company.organisation!.id;
  });
  afterAll(() => app?.close());

  it('nests departments under their city, both ways, and fetches by id', async () => {
    const city = await one(ids.city!);
    expect(city).toMatchObject({
      kind: 'CITY',
      parent: null,
      description: { ko: '시험용 광역자치단체', en: null },
      children: [{ code: 'T-CITY-AI' }, { code: 'T-CITY-BIRTH' }],
    });
    expect((await one(ids['T-CITY-AI']!)).parent).toEqual({ code: 'T-CITY' });
    const node = await app.gql<{ node: { code: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Organisation { code } } }',
      { id: ids.city },
    );
    expect(node.data!.node.code).toBe('T-CITY');
    const missing = await app.gql('query($id: ID!) { organisation(id: $id) { code } }', {
      id: unknownId('Organisation'),
    });
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('filters by name in either language, code, kind and parent, and combines them', async () => {
    expect(await codes('{ search: "출산" }')).toEqual(['T-CITY-BIRTH']);
    expect(await codes('{ search: "ai industry" }')).toEqual(['T-CITY-AI']);
    expect(await codes('{ search: "t-motors" }')).toEqual(['T-MOTORS']);
    expect(await codes('{ code: { in: ["T-CITY", "T-MOTORS"] } }')).toEqual(['T-CITY', 'T-MOTORS']);
    expect(await codes(`{ parent: { eq: "${ids.city}" } }`)).toEqual(['T-CITY-AI', 'T-CITY-BIRTH']);
    expect(await codes('{ kind: { eq: CITY_DEPARTMENT }, search: "T-" }')).toEqual([
      'T-CITY-AI',
      'T-CITY-BIRTH',
    ]);
    expect(await codes('{ search: "T-", parent: { isNull: true } }')).toEqual(['T-CITY', 'T-MOTORS']);
    expect(await codes('{ search: "T-", not: { kind: { in: [CITY, CITY_DEPARTMENT] } } }')).toEqual([
      'T-MOTORS',
    ]);
    expect(await codes(`{ or: [{ code: { eq: "T-MOTORS" } }, { id: { eq: "${ids.city}" } }] }`)).toEqual([
      'T-CITY',
      'T-MOTORS',
    ]);
    expect(await codes('{ search: "T-" }', 'orderBy: [{ field: NAME_EN, direction: DESC }]')).toEqual([
      'T-MOTORS',
      'T-CITY',
      'T-CITY-BIRTH',
      'T-CITY-AI',
    ]);
  });

  it('refuses bad input with a specific userError and writes nothing', async () => {
    const before = await total();
    const valid = { code: 'T-NEW', name: { ko: '새 기관' }, kind: 'AGENCY' };
    const bad: [Record<string, unknown>, string, string][] = [
      [{ code: 'T-CITY' }, 'code', 'DUPLICATE'],
      [{ parentId: unknownId('Organisation') }, 'parentId', 'NOT_FOUND'],
      [{ sourceIds: [unknownId('Source')] }, 'sourceIds.0', 'NOT_FOUND'],
      [{ code: 'not a code' }, 'code', 'INVALID_FORMAT'],
      [{ name: { ko: '' } }, 'name.ko', 'REQUIRED'],
    ];
    for (const [change, field, code] of bad) {
      const res = await create({ ...valid, ...change });
      expect(res.organisation).toBeNull();
      expect(res.userErrors).toContainEqual(expect.objectContaining({ field: field.split('.'), code }));
    }
    const wrongType = await app.gql(CREATE, { input: { ...valid, parentId: unknownId('Zone') } });
    expect(wrongType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await total()).toBe(before);

    const en = await create({ ...valid, code: 'T-CITY' }, { 'accept-language': 'en' });
    expect(en.userErrors[0]!.message).toBe('Code "T-CITY" is already in use.');
  });

  it('refuses to make an organisation its own ancestor', async () => {
    const city = await one(ids.city!);
    const cycle = await update({ id: ids.city, version: city.version, parentId: ids['T-CITY-AI'] });
    expect(cycle.userErrors).toEqual([expect.objectContaining({ field: ['parentId'], code: 'CYCLE' })]);
    const self = await update({ id: ids.city, parentId: ids.city });
    expect(self.userErrors).toEqual([
      expect.objectContaining({ field: ['parentId'], code: 'SELF_REFERENCE' }),
    ]);
    expect(await one(ids.city!)).toMatchObject({ parent: null, version: city.version });

    const moved = await update({
      id: ids.company,
      parentId: ids.city,
      name: { ko: '시험모터스', en: 'Test Motors Co.' },
    });
    expect(moved.organisation).toMatchObject({
      parent: { code: 'T-CITY' },
      name: { en: 'Test Motors Co.' },
      kind: 'COMPANY',
    });
    const back = await update({ id: ids.company, parentId: null });
    expect(back.organisation!.parent).toBeNull();
  });

  it('refuses to delete an organisation with children or links, then deletes it once free', async () => {
    const withChildren = await remove({ id: ids.city });
    expect(withChildren.userErrors).toEqual([
      expect.objectContaining({ field: ['id'], code: 'HAS_CHILDREN' }),
    ]);

    const program = await app.gql<{ programs: { nodes: { id: string }[] } }>(
      '{ programs(filter: { code: { eq: "GWANGJU-TYPE-JOBS" } }) { nodes { id } } }',
    );
    const link = {
      subjectId: program.data!.programs.nodes[0]!.id,
      organisationId: ids.company,
      role: 'INVESTOR',
    };
    const linked = await app.gql<{ linkOrganisation: { userErrors: UserErrors } }>(
      'mutation($input: LinkOrganisationInput!) { linkOrganisation(input: $input) { userErrors { code } } }',
      { input: link },
    );
    expect(linked.data!.linkOrganisation.userErrors).toEqual([]);
    const inUse = await remove({ id: ids.company });
    expect(inUse.userErrors).toEqual([expect.objectContaining({ field: ['id'], code: 'IN_USE' })]);
    expect(inUse.userErrors[0]!.message).toContain('Program 1');
    expect((await one(ids.company!)).code).toBe('T-MOTORS');

    await app.gql(
      'mutation($input: UnlinkOrganisationInput!) { unlinkOrganisation(input: $input) { userErrors { code } } }',
      {
        input: link,
      },
    );
    const before = await total();
    const done = await remove({ id: ids.company, version: (await one(ids.company!)).version });
    expect(done).toEqual({ deletedId: ids.company, userErrors: [] });
    expect(await total()).toBe(before - 1);
  });
});
