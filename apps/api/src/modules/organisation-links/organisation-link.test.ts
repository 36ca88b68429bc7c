import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { Facility } from '../facilities/facility.entity.js';

type UserErrors = { field: string[]; code: string; message: string }[];
interface Link {
  organisation: { code: string };
  role: string;
  subject: { id: string; code?: string };
}
type LinkResult = { link: Link | null; userErrors: UserErrors };

const LINK = `mutation($input: LinkOrganisationInput!) { linkOrganisation(input: $input) {
  link { organisation { code } role subject { id ... on Program { code } ... on Zone { code } ... on Facility { code } } }
  userErrors { field code message } } }`;
const UNLINK = `mutation($input: UnlinkOrganisationInput!) { unlinkOrganisation(input: $input) {
  link { organisation { code } role subject { id } } userErrors { field code message } } }`;
const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
const unknownId = (typename: string) => globalId(typename, '00000000-0000-4000-8000-000000000000');

describe.each(databaseKinds)('organisation links on $name', (kind) => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const link = async (
    subjectId: string,
    organisationId: string,
    role: string,
    headers?: Record<string, string>,
  ) =>
    (
      await app.gql<{ linkOrganisation: LinkResult }>(
        LINK,
        { input: { subjectId, organisationId, role } },
        headers,
      )
    ).data!.linkOrganisation;
  const unlink = async (subjectId: string, organisationId: string, role: string) =>
    (
      await app.gql<{ unlinkOrganisation: LinkResult }>(UNLINK, {
        input: { subjectId, organisationId, role },
      })
    ).data!.unlinkOrganisation;
  const programOrganisations = async () =>
    (
      await app.gql<{ program: { organisations: { organisation: { code: string }; role: string }[] } }>(
        'query($id: ID!) { program(id: $id) { organisations { organisation { code } role } } }',
        { id: ids.program },
      )
    ).data!.program.organisations.map((l) => `${l.role}:${l.organisation.code}`);

  beforeAll(async () => {
    app = await startTestApp(kind);
    for (const code of ['T-LINK-A', 'T-LINK-B', 'T-LINK-C', 'T-LINK-D']) {
      const res = await app.gql<{ createOrganisation: { organisation: { id: string } } }>(
        `mutation { createOrganisation(input: { code: "${code}", name: { ko: "${code} 기관" }, kind: COMPANY }) { organisation { id } } }`,
      );
      ids[code] = res.data!.createOrganisation.organisation.id;
    }
    const program = await app.gql<{ createProgram: { program: { id: string } } }>(
      'mutation { createProgram(input: { code: "T-LINK-PROGRAM", name: { ko: "연결 시험 사업" }, summary: { ko: "시험" }, area: AI, status: PIPELINE }) { program { id } } }',
    );
    ids.program = program.data!.createProgram.program.id;
    const zone = await app.gql<{ createZone: { zone: { id: string } } }>(
      'mutation { createZone(input: { code: "T-LINK-ZONE", name: { ko: "연결 시험 구역" }, kind: REGULATION_FREE_ZONE, status: DESIGNATED }) { zone { id } } }',
    );
    ids.zone = zone.data!.createZone.zone.id;
    // Facilities belong to another module; one row is all these tests need of them.
    const em = app.orm.em.fork();
    const facility = em.create(Facility, {
      code: 'T-LINK-PLANT',
      nameKo: '시험 공장',
      kind: 'PLANT',
      status: 'PLANNED',
    });
    await em.flush();
    ids.facility = globalId('Facility', facility.id);
  });
  afterAll(() => app?.close());

  it('links organisations to a program with one lead, several roles each, lead first', async () => {
    const lead = await link(ids.program!, ids['T-LINK-A']!, 'LEAD');
    expect(lead).toEqual({
      link: {
        organisation: { code: 'T-LINK-A' },
        role: 'LEAD',
        subject: { id: ids.program, code: 'T-LINK-PROGRAM' },
      },
      userErrors: [],
    });
    expect((await link(ids.program!, ids['T-LINK-B']!, 'PARTNER')).userErrors).toEqual([]);
    expect((await link(ids.program!, ids['T-LINK-A']!, 'FUNDER')).userErrors).toEqual([]);
    expect(await programOrganisations()).toEqual(['LEAD:T-LINK-A', 'PARTNER:T-LINK-B', 'FUNDER:T-LINK-A']);

    const mine = await app.gql<{ organisation: { programs: { program: { code: string }; role: string }[] } }>(
      'query($id: ID!) { organisation(id: $id) { programs { program { code } role } } }',
      { id: ids['T-LINK-A'] },
    );
    expect(mine.data!.organisation.programs).toEqual([
      { program: { code: 'T-LINK-PROGRAM' }, role: 'LEAD' },
      { program: { code: 'T-LINK-PROGRAM' }, role: 'FUNDER' },
    ]);
  });

  it('refuses a second lead and a repeated role, writing nothing', async () => {
    const second = await link(ids.program!, ids['T-LINK-B']!, 'LEAD');
    expect(second.link).toBeNull();
    expect(second.userErrors).toEqual([expect.objectContaining({ field: ['role'], code: 'DUPLICATE' })]);
    expect(second.userErrors[0]!.message).toBe('역할 "주관"은(는) 이미 사용 중입니다.');
    const english = await link(ids.program!, ids['T-LINK-B']!, 'LEAD', { 'accept-language': 'en' });
    expect(english.userErrors[0]!.message).toBe('Role "Lead" is already in use.');

    const again = await link(ids.program!, ids['T-LINK-B']!, 'PARTNER');
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['organisationId'], code: 'DUPLICATE' }),
    ]);
    expect(await programOrganisations()).toEqual(['LEAD:T-LINK-A', 'PARTNER:T-LINK-B', 'FUNDER:T-LINK-A']);
  });

  it('lets exactly one of four clients adding a lead at once win', async () => {
    const zone = await app.gql<{ createZone: { zone: { id: string } } }>(
      'mutation { createZone(input: { code: "T-RACE-ZONE", name: { ko: "경합 시험 구역" }, kind: CONVERGENCE_CLUSTER, status: PLANNED }) { zone { id } } }',
    );
    const zoneId = zone.data!.createZone.zone.id;
    const results = await Promise.all(
      ['T-LINK-A', 'T-LINK-B', 'T-LINK-C', 'T-LINK-D'].map((code) => link(zoneId, ids[code]!, 'LEAD')),
    );
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'DUPLICATE')).toHaveLength(3);
    const leads = await app.gql<{ zone: { organisations: { role: string }[] } }>(
      'query($id: ID!) { zone(id: $id) { organisations { role } } }',
      { id: zoneId },
    );
    expect(leads.data!.zone.organisations).toEqual([{ role: 'LEAD' }]);
  });

  it('answers NOT_FOUND for an unknown subject or organisation, and refuses other kinds of id', async () => {
    const noSubject = await link(unknownId('Zone'), ids['T-LINK-A']!, 'PARTNER');
    expect(noSubject.userErrors).toEqual([
      expect.objectContaining({ field: ['subjectId'], code: 'NOT_FOUND' }),
    ]);
    const noOrganisation = await link(ids.program!, unknownId('Organisation'), 'PARTNER');
    expect(noOrganisation.userErrors).toEqual([
      expect.objectContaining({ field: ['organisationId'], code: 'NOT_FOUND' }),
    ]);
    const source = await app.gql(LINK, {
      input: { subjectId: unknownId('Source'), organisationId: ids['T-LINK-A'], role: 'LEAD' },
    });
    expect(source.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(source.errors![0]!.message).toMatch(/Program, Zone, Facility/);
    expect(await programOrganisations()).toHaveLength(3);
  });

  it('links organisations to zones and facilities, read from both sides', async () => {
    expect((await link(ids.zone!, ids['T-LINK-B']!, 'OPERATOR')).link!.subject).toEqual({
      id: ids.zone,
      code: 'T-LINK-ZONE',
    });
    expect((await link(ids.facility!, ids['T-LINK-B']!, 'INVESTOR')).userErrors).toEqual([]);
    expect((await link(ids.facility!, ids['T-LINK-C']!, 'LEAD')).userErrors).toEqual([]);

    const zone = await app.gql<{
      zone: { organisations: { organisation: { code: string }; role: string }[] };
    }>('query($id: ID!) { zone(id: $id) { organisations { organisation { code } role } } }', {
      id: ids.zone,
    });
    expect(zone.data!.zone.organisations).toEqual([{ organisation: { code: 'T-LINK-B' }, role: 'OPERATOR' }]);
    const facility = await app.gql<{
      node: { organisations: { organisation: { code: string }; role: string }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Facility { organisations { organisation { code } role } } } }',
      { id: ids.facility },
    );
    expect(facility.data!.node.organisations.map((l) => `${l.role}:${l.organisation.code}`)).toEqual([
      'LEAD:T-LINK-C',
      'INVESTOR:T-LINK-B',
    ]);
    const b = await app.gql<{
      organisation: { zones: { zone: { code: string }; role: string }[]; facilities: { role: string }[] };
    }>('query($id: ID!) { organisation(id: $id) { zones { zone { code } role } facilities { role } } }', {
      id: ids['T-LINK-B'],
    });
    // B may also have won the lead race above on another zone; only this zone's link is asserted.
    expect(b.data!.organisation.zones.filter((z) => z.zone.code === 'T-LINK-ZONE')).toEqual([
      { zone: { code: 'T-LINK-ZONE' }, role: 'OPERATOR' },
    ]);
    expect(b.data!.organisation.facilities).toEqual([{ role: 'INVESTOR' }]);
  });

  it('unlinks one role and keeps the others', async () => {
    const removed = await unlink(ids.program!, ids['T-LINK-A']!, 'FUNDER');
    expect(removed).toEqual({
      link: { organisation: { code: 'T-LINK-A' }, role: 'FUNDER', subject: { id: ids.program } },
      userErrors: [],
    });
    expect(await programOrganisations()).toEqual(['LEAD:T-LINK-A', 'PARTNER:T-LINK-B']);
    const again = await unlink(ids.program!, ids['T-LINK-A']!, 'FUNDER');
    expect(again).toMatchObject({ link: null, userErrors: [{ field: [], code: 'NOT_FOUND' }] });
    const unknown = await unlink(ids.program!, unknownId('Organisation'), 'LEAD');
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['organisationId'], code: 'NOT_FOUND' }),
    ]);
  });

  it('reads every organisation’s links in the same number of statements for 2 as for 4', async () => {
    const query = `query($n: Int!) { organisations(first: $n, filter: { code: { in: ["T-LINK-A", "T-LINK-B", "T-LINK-C", "T-LINK-D"] } }) {
      nodes { code parent { code } children { code } sources { code }
        programs { role program { code organisations { role organisation { code } } } }
        zones { role zone { code } } facilities { role facility { code } } } } }`;
    const cost = (n: number) =>
      app.countStatements(async () => {
        const res = await app.gql<{ organisations: { nodes: unknown[] } }>(query, { n });
        expect(res.data!.organisations.nodes).toHaveLength(n);
      });
    const small = await cost(2);
    expect(small).toBeGreaterThan(0);
    expect(await cost(4)).toBe(small);
  });
});
