import { describe, expect, it } from 'vitest';
import { createDataProvider } from './dataProvider';
import { code, id, range, search } from './filterRules';
import type { ResourceDefinition } from './resourceDefinition';
import { fakeServer } from './testServer';

/**
 * A resource is a declarative entry: this one is not in the admin's registry, and everything below —
 * documents, relation flattening, filters, sorts, which writes exist — follows from the entry alone.
 */
const facilities: ResourceDefinition = {
  name: 'facilities',
  typeName: 'Facility',
  plural: 'Facilities',
  selection: 'id code name { ko en } status location { coordinates { lon lat } } version',
  references: { zoneId: 'zone', operatorId: 'operator' },
  referenceLists: { programIds: 'programs' },
  inputFields: ['code', 'name', 'status', 'zoneId', 'operatorId', 'programIds', 'location'],
  localized: ['name'],
  orderFields: { 'name.ko': 'NAME_KO' },
  filters: {
    q: search(),
    status: code('status'),
    zoneId: id('zone'),
    openedFrom: range('openedOn', 'gte'),
    openedTo: range('openedOn', 'lte'),
  },
  mutations: { delete: false },
};

const node = {
  id: 'RmFjaWxpdHk6MQ==',
  code: 'GGM-PLANT',
  name: { ko: '광주글로벌모터스', en: 'GGM' },
  status: 'OPERATING',
  location: { coordinates: { lon: 126.74, lat: 35.21 } },
  version: 2,
  zone: { id: 'Wm9uZTox' },
  operator: null,
  programs: [{ id: 'UHJvZ3JhbTox' }, { id: 'UHJvZ3JhbToy' }],
};

function setup(...answers: Parameters<typeof fakeServer>) {
  const server = fakeServer(...answers);
  const dataProvider = createDataProvider({
    fetch: server.fetch,
    getLocale: () => 'ko',
    resources: [facilities],
  });
  return { dataProvider, sent: server.sent };
}

describe('a resource from its definition', () => {
  it('lists with its own connection, selecting each relation as { id } and flattening it', async () => {
    const { dataProvider, sent } = setup({
      body: { data: { facilities: { totalCount: 1, nodes: [node] } } },
    });
    const result = await dataProvider.getList('facilities', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name.ko', order: 'ASC' },
      filter: {
        q: '모터스',
        status: ['OPERATING'],
        zoneId: 'Wm9uZTox',
        openedFrom: '2021-01-01',
        openedTo: '2021-12-31',
      },
    });
    expect(result.data).toEqual([
      {
        id: node.id,
        code: 'GGM-PLANT',
        name: node.name,
        status: 'OPERATING',
        location: node.location,
        version: 2,
        zoneId: 'Wm9uZTox',
        operatorId: null,
        programIds: ['UHJvZ3JhbTox', 'UHJvZ3JhbToy'],
      },
    ]);
    const query = sent[0]!.query;
    expect(query).toContain('query FacilityList($first: Int, $offset: Int, $filter: FacilityFilter');
    expect(query).toContain('facilities(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy)');
    expect(query).toMatch(/zone \{ id \}\s+operator \{ id \}\s+programs \{ id \}/);
    expect(sent[0]!.variables).toEqual({
      first: 10,
      offset: 0,
      orderBy: [{ field: 'NAME_KO', direction: 'ASC' }],
      filter: {
        search: '모터스',
        status: { in: ['OPERATING'] },
        zone: { eq: 'Wm9uZTox' },
        openedOn: { gte: '2021-01-01', lte: '2021-12-31' },
      },
    });
  });

  it('reads one by its single field and lists the records of a relation by its filter', async () => {
    const { dataProvider, sent } = setup(
      { body: { data: { facility: node } } },
      { body: { data: { facilities: { totalCount: 0, nodes: [] } } } },
    );
    expect((await dataProvider.getOne('facilities', { id: node.id })).data).toMatchObject({
      zoneId: 'Wm9uZTox',
    });
    expect(sent[0]!.query).toContain('facility(id: $id) { ...FacilityFields }');
    await dataProvider.getManyReference('facilities', {
      target: 'zoneId',
      id: 'Wm9uZTox',
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(sent[1]!.variables).toEqual({ first: 5, offset: 0, filter: { zone: { eq: 'Wm9uZTox' } } });
  });

  it('updates nested values only when they changed, whatever the order of their keys', async () => {
    const { dataProvider, sent } = setup({
      body: { data: { updateFacility: { facility: { ...node, version: 3 }, userErrors: [] } } },
    });
    const { zone: _z, operator: _o, programs: _p, ...rest } = node;
    const previous = { ...rest, zoneId: 'Wm9uZTox', operatorId: null, programIds: ['UHJvZ3JhbTox'] };
    await dataProvider.update('facilities', {
      id: node.id,
      data: {
        ...previous,
        location: { coordinates: { lat: 35.21, lon: 126.74 } },
        programIds: ['UHJvZ3JhbTox', 'UHJvZ3JhbToy'],
      },
      previousData: previous,
    });
    expect(sent[0]!.query).toContain('updateFacility(input: $input)');
    expect(sent[0]!.variables).toEqual({
      input: { id: node.id, version: 2, programIds: ['UHJvZ3JhbTox', 'UHJvZ3JhbToy'] },
    });
  });

  it('refuses a write the API does not offer, before any request', async () => {
    const { dataProvider, sent } = setup();
    await expect(dataProvider.delete('facilities', { id: node.id })).rejects.toThrow(
      'Facilities cannot be deleted from the admin',
    );
    await expect(dataProvider.deleteMany('facilities', { ids: [node.id] })).rejects.toThrow(
      'Facilities cannot be deleted from the admin',
    );
    await expect(
      dataProvider.getList('facilities', { pagination: { page: 1, perPage: 1 }, filter: { area: 'AI' } }),
    ).rejects.toThrow('Facilities cannot be filtered by area');
    expect(sent).toHaveLength(0);
  });

  it('answers a page-less query through the same client, in the UI language', async () => {
    const { dataProvider, sent } = setup({ body: { data: { benefitRules: { nodes: [] } } } });
    expect(await dataProvider.query('{ benefitRules { nodes { id } } }')).toEqual({
      benefitRules: { nodes: [] },
    });
    expect(sent[0]!.headers['Accept-Language']).toBe('ko');
  });
});
