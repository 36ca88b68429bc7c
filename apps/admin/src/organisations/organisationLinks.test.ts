import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../dataProvider/dataProvider';
import { fakeServer } from '../dataProvider/testServer';
import { ORGANISATION_PARTS_QUERY } from './OrganisationParts';
import {
  defaultRole,
  fetchLinks,
  LINK_ORGANISATION_MUTATION,
  linkOrganisation,
  linkRows,
  linksQuery,
  type OrganisationLinkNode,
  partRows,
  UNLINK_ORGANISATION_MUTATION,
  unlinkOrganisation,
} from './organisationLinks';

const city = { id: 'T3JnOjE=', code: 'GWANGJU-METROPOLITAN-CITY', name: { ko: '광주광역시', en: 'Gwangju' } };
const gist = { id: 'T3JnOjI=', code: 'GIST', name: { ko: '광주과학기술원', en: null } };
const ggm = { id: 'T3JnOjM=', code: 'GGM', name: { ko: '광주글로벌모터스', en: 'Gwangju Global Motors' } };

const links: OrganisationLinkNode[] = [
  { role: 'PARTNER', organisation: gist },
  { role: 'FUNDER', organisation: city },
  { role: 'PARTNER', organisation: ggm },
  { role: 'LEAD', organisation: city },
];

describe("a record's organisations as rows", () => {
  it('puts the lead first, then the roles in the domain order, then by code', () => {
    expect(linkRows(links, 'ko').map((r) => `${r.roleLabel} ${r.code}`)).toEqual([
      '주관 GWANGJU-METROPOLITAN-CITY',
      '협력 GGM',
      '협력 GIST',
      '재원 부담 GWANGJU-METROPOLITAN-CITY',
    ]);
  });

  it("names each organisation and role in the panel's language, Korean where there is no English", () => {
    const rows = linkRows(links, 'en');
    expect(rows.map((r) => [r.name, r.roleLabel])).toEqual([
      ['Gwangju', 'Lead'],
      ['Gwangju Global Motors', 'Partner'],
      ['광주과학기술원', 'Partner'],
      ['Gwangju', 'Funder'],
    ]);
    // An organisation holding two roles gives two rows, told apart by their keys.
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('offers the lead while there is none, a partner once there is', () => {
    expect(defaultRole([])).toBe('LEAD');
    expect(defaultRole(links.slice(0, 3))).toBe('LEAD');
    expect(defaultRole(links)).toBe('PARTNER');
  });
});

describe("an organisation's part in records", () => {
  it('lists programs, zones, then facilities, lead roles first within each, each for its own page', () => {
    const rows = partRows(
      {
        programs: [
          { role: 'PARTNER', program: { id: 'p2', code: 'AI-INDUSTRY', name: { ko: 'AI 산업', en: null } } },
          {
            role: 'LEAD',
            program: { id: 'p1', code: 'GWANGJU-TYPE-JOBS', name: { ko: '광주형 일자리', en: null } },
          },
        ],
        zones: [
          {
            role: 'OPERATOR',
            zone: { id: 'z1', code: 'BITGOEUL-RFZ', name: { ko: '빛그린', en: 'Bitgreen' } },
          },
        ],
        facilities: [
          { role: 'INVESTOR', facility: { id: 'f1', code: 'GGM-PLANT', name: { ko: 'GGM 공장', en: null } } },
        ],
      },
      'en',
    );
    expect(rows.map((r) => [r.resource, r.id, r.name, r.roleLabel])).toEqual([
      ['programs', 'p1', '광주형 일자리', 'Lead'],
      ['programs', 'p2', 'AI 산업', 'Partner'],
      ['zones', 'z1', 'Bitgreen', 'Operator'],
      ['facilities', 'f1', 'GGM 공장', 'Investor'],
    ]);
  });

  it('is empty for an organisation that takes part in nothing', () => {
    expect(partRows({ programs: [], zones: [], facilities: [] }, 'ko')).toEqual([]);
  });
});

describe('the link documents', () => {
  const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
  const errorsOf = (document: string) => validate(schema, parse(document)).map((e) => e.message);

  it.each([
    ['program links', linksQuery('Program')],
    ['zone links', linksQuery('Zone')],
    ['facility links', linksQuery('Facility')],
    ['link', LINK_ORGANISATION_MUTATION],
    ['unlink', UNLINK_ORGANISATION_MUTATION],
    ['an organisation’s parts', ORGANISATION_PARTS_QUERY],
  ])('%s is valid against apps/api/schema.graphql', (_name, document) => {
    expect(errorsOf(document)).toEqual([]);
  });

  const setup = (...answers: Parameters<typeof fakeServer>) => {
    const server = fakeServer(...answers);
    const { query } = createDataProvider({ fetch: server.fetch, getLocale: () => 'en' });
    return { query, sent: server.sent };
  };
  const input = { subjectId: 'UHJvZ3JhbTox', organisationId: gist.id, role: 'LEAD' as const };

  it("reads a record's links through its own single fetch", async () => {
    const { query, sent } = setup({ body: { data: { record: { id: 'Wm9uZTox', organisations: links } } } });
    await expect(fetchLinks(query, 'Zone', 'Wm9uZTox')).resolves.toEqual(links);
    expect(sent[0]!.query).toContain('zone(id: $id)');
    expect(sent[0]!.variables).toEqual({ id: 'Wm9uZTox' });
  });

  it("answers with the API's refusals as it words them, in the panel's language, and none when it agreed", async () => {
    const refused = {
      linkOrganisation: {
        link: null,
        userErrors: [{ field: ['role'], code: 'DUPLICATE', message: 'Role "Lead" is already in use.' }],
      },
    };
    const { query, sent } = setup(
      { body: { data: refused } },
      { body: { data: { linkOrganisation: { link: { role: 'PARTNER' }, userErrors: [] } } } },
      { body: { data: { unlinkOrganisation: { link: { role: 'LEAD' }, userErrors: [] } } } },
    );
    await expect(linkOrganisation(query, input)).resolves.toEqual(['Role "Lead" is already in use.']);
    expect(sent[0]!.variables).toEqual({ input });
    expect(sent[0]!.headers['Accept-Language']).toBe('en');
    await expect(linkOrganisation(query, { ...input, role: 'PARTNER' })).resolves.toEqual([]);
    await expect(unlinkOrganisation(query, input)).resolves.toEqual([]);
    expect(sent[2]!.query).toContain('unlinkOrganisation(input: $input)');
  });

  it('fails loudly when the API neither changed anything nor said why', async () => {
    const { query } = setup({ body: { data: { unlinkOrganisation: { link: null, userErrors: [] } } } });
    await expect(unlinkOrganisation(query, input)).rejects.toThrow('reported no error');
  });
});
