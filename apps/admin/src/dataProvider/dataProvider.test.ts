import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { node, page, provider, record } from './testServer';

describe('getList', () => {
  it('turns page, sort and filters into the connection arguments and flattens parent', async () => {
    const { dataProvider, sent } = provider(page([node], 41));
    const result = await dataProvider.getList('programs', {
      pagination: { page: 3, perPage: 20 },
      sort: { field: 'name.ko', order: 'DESC' },
      filter: { q: ' 일자리 ', area: ['AI', 'ENERGY'], status: 'COMPLETED', parentId: 'UHJvZ3JhbTow' },
    });

    expect(result).toEqual({ data: [record], total: 41 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.query).toContain('programs(first: $first, offset: $offset');
    expect(sent[0]!.variables).toEqual({
      first: 20,
      offset: 40,
      orderBy: [{ field: 'NAME_KO', direction: 'DESC' }],
      filter: {
        search: '일자리',
        area: { in: ['AI', 'ENERGY'] },
        status: { eq: 'COMPLETED' },
        parent: { eq: 'UHJvZ3JhbTow' },
      },
    });
  });

  it.each([
    ['code', 'CODE'],
    ['name.en', 'NAME_EN'],
    ['area', 'AREA'],
    ['status', 'STATUS'],
    ['progress', 'PROGRESS'],
    ['plannedStart', 'PLANNED_START'],
    ['updatedAt', 'UPDATED_AT'],
  ])('sorts by %s as %s', async (field, orderField) => {
    const { dataProvider, sent } = provider(page([]));
    await dataProvider.getList('programs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field, order: 'ASC' },
    });
    expect(sent[0]!.variables.orderBy).toEqual([{ field: orderField, direction: 'ASC' }]);
  });

  it("leaves the order to the server for react-admin's default `id` sort and sends no empty filter", async () => {
    const { dataProvider, sent } = provider(page([]));
    await dataProvider.getList('programs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: '  ', area: '', status: [] },
    });
    expect(sent[0]!.variables).toEqual({ first: 10, offset: 0 });
  });

  it('refuses a sort or a filter the API does not have, before any request', async () => {
    const { dataProvider, sent } = provider();
    const pagination = { page: 1, perPage: 10 };
    await expect(
      dataProvider.getList('programs', { pagination, sort: { field: 'summary.ko', order: 'ASC' } }),
    ).rejects.toThrow('Programs cannot be sorted by "summary.ko"');
    await expect(dataProvider.getList('programs', { pagination, filter: { budget: 1 } })).rejects.toThrow(
      'Programs cannot be filtered by budget',
    );
    await expect(dataProvider.getList('unicorns', { pagination })).rejects.toThrow(
      'Unknown resource "unicorns"',
    );
    expect(sent).toHaveLength(0);
  });

  it('reads a page larger than the API serves (an export) in windows of 100, up to the total', async () => {
    const { dataProvider, sent } = provider(page([node], 230), page([node]), page([node]));
    const result = await dataProvider.getList('programs', {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'code', order: 'ASC' },
    });
    expect(result.total).toBe(230);
    expect(result.data).toHaveLength(3);
    expect(sent.map((r) => [r.variables.offset, r.variables.first])).toEqual([
      [0, 100],
      [100, 100],
      [200, 30],
    ]);
    expect(sent.every((r) => (r.variables.orderBy as unknown[]).length === 1)).toBe(true);
  });

  it('lists the top level when asked for programs without a parent', async () => {
    const { dataProvider, sent } = provider(page([]));
    await dataProvider.getList('programs', {
      pagination: { page: 1, perPage: 10 },
      filter: { parentId: null },
    });
    expect(sent[0]!.variables.filter).toEqual({ parent: { isNull: true } });
  });

  it('excludes programs by id for the parent picker', async () => {
    const { dataProvider, sent } = provider(page([]));
    await dataProvider.getList('programs', {
      pagination: { page: 1, perPage: 25 },
      filter: { q: '광주', excludeIds: 'UHJvZ3JhbTox' },
    });
    expect(sent[0]!.variables.filter).toEqual({ search: '광주', not: { id: { in: ['UHJvZ3JhbTox'] } } });
  });

  it('asks for messages in the UI language', async () => {
    const { dataProvider, sent, setLocale } = provider(page([]), page([]));
    const params = { pagination: { page: 1, perPage: 10 } };
    await dataProvider.getList('programs', params);
    setLocale('en');
    await dataProvider.getList('programs', params);
    expect(sent.map((r) => r.headers['Accept-Language'])).toEqual(['ko', 'en']);
  });
});

describe('reading one or several', () => {
  it('getOne asks for program(id)', async () => {
    const { dataProvider, sent } = provider({ body: { data: { program: node } } });
    expect(await dataProvider.getOne('programs', { id: node.id })).toEqual({ data: record });
    expect(sent[0]!.variables).toEqual({ id: node.id });
  });

  it('turns a GraphQL NOT_FOUND error into a 404 HttpError carrying the message', async () => {
    const message = '사업을 찾을 수 없습니다.';
    const { dataProvider } = provider({
      body: { data: null, errors: [{ message, extensions: { code: 'NOT_FOUND' } }] },
    });
    const error = await dataProvider.getOne('programs', { id: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message, status: 404 });
  });

  it('reports a non-GraphQL failure (a proxy page) by its HTTP status', async () => {
    const { dataProvider } = provider('<html>Bad Gateway</html>');
    await expect(dataProvider.getOne('programs', { id: node.id })).rejects.toMatchObject({ status: 502 });
  });

  it('getMany filters by id, in batches the API accepts', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `id${i}`);
    const { dataProvider, sent } = provider(page([node]), page([]));
    const result = await dataProvider.getMany('programs', { ids });
    expect(result.data).toEqual([record]);
    expect(sent.map((r) => r.variables)).toEqual([
      { first: 100, filter: { id: { in: ids.slice(0, 100) } } },
      { first: 50, filter: { id: { in: ids.slice(100) } } },
    ]);
  });

  it('getManyReference lists the children of a program', async () => {
    const { dataProvider, sent } = provider(page([node], 1));
    const result = await dataProvider.getManyReference('programs', {
      target: 'parentId',
      id: 'UHJvZ3JhbTow',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'code', order: 'ASC' },
      filter: {},
    });
    expect(result.total).toBe(1);
    expect(sent[0]!.variables).toMatchObject({
      filter: { parent: { eq: 'UHJvZ3JhbTow' } },
      orderBy: [{ field: 'CODE', direction: 'ASC' }],
    });
  });
});
