import { describe, expect, it } from 'vitest';
import { createDataProvider } from './dataProvider';
import { dayBoundary } from './resources/auditEvents';
import { fakeServer } from './testServer';

const user = {
  id: 'VXNlcjoy',
  email: 'editor@gwangju.go.kr',
  name: '편집자',
  role: 'EDITOR',
  disabled: false,
  version: 1,
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
};

function setup(...answers: Parameters<typeof fakeServer>) {
  const server = fakeServer(...answers);
  const dataProvider = createDataProvider({ fetch: server.fetch, getLocale: () => 'ko' });
  return { dataProvider, sent: server.sent };
}

describe('users', () => {
  it('lists by search, role and state, with no order to send (the API lists by email)', async () => {
    const { dataProvider, sent } = setup({ body: { data: { users: { totalCount: 1, nodes: [user] } } } });
    const result = await dataProvider.getList('users', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: ' 편집 ', role: 'EDITOR', disabled: false },
    });
    expect(result).toEqual({ data: [user], total: 1 });
    expect(sent[0]!.query).not.toContain('orderBy');
    expect(sent[0]!.variables).toEqual({
      first: 10,
      offset: 10,
      filter: { search: '편집', role: 'EDITOR', disabled: false },
    });
  });

  it('reads several by id through user(id:), aliased in one request (UserFilter has no id)', async () => {
    const other = { ...user, id: 'VXNlcjoz', email: 'b@gwangju.go.kr' };
    const { dataProvider, sent } = setup({ body: { data: { r0: user, r1: other } } });
    const result = await dataProvider.getMany('users', { ids: ['VXNlcjoy', 'VXNlcjoz', 'VXNlcjoy'] });
    expect(result.data.map((u) => u.id)).toEqual(['VXNlcjoy', 'VXNlcjoz']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toContain('r0: user(id: $id0)');
    expect(sent[0]!.variables).toEqual({ id0: 'VXNlcjoy', id1: 'VXNlcjoz' });
  });

  it('creates with email, name, role and the first password', async () => {
    const { dataProvider, sent } = setup({ body: { data: { createUser: { user, userErrors: [] } } } });
    await dataProvider.create('users', {
      data: { email: user.email, name: '편집자', role: 'EDITOR', password: 'correct horse battery' },
    });
    expect(sent[0]!.variables).toEqual({
      input: { email: user.email, name: '편집자', role: 'EDITOR', password: 'correct horse battery' },
    });
  });

  it('updates only what changed, never the email, with the version it was read at', async () => {
    const saved = { ...user, role: 'ADMIN', disabled: true, version: 2 };
    const { dataProvider, sent } = setup({ body: { data: { updateUser: { user: saved, userErrors: [] } } } });
    await dataProvider.update('users', {
      id: user.id,
      data: {
        ...user,
        email: 'changed@gwangju.go.kr',
        role: 'ADMIN',
        disabled: true,
        password: 'a new passphrase',
      },
      previousData: user,
    });
    expect(sent[0]!.variables).toEqual({
      input: { id: user.id, version: 1, role: 'ADMIN', disabled: true, password: 'a new passphrase' },
    });
  });

  it('cannot be deleted from the admin', async () => {
    const { dataProvider } = setup();
    await expect(dataProvider.delete('users', { id: user.id, previousData: user })).rejects.toThrow(
      'Users cannot be deleted from the admin',
    );
  });
});

describe('the audit log', () => {
  it('filters by user, type, record, action and a day range in Gwangju, newest first', async () => {
    const { dataProvider, sent } = setup({ body: { data: { auditEvents: { totalCount: 0, nodes: [] } } } });
    await dataProvider.getList('auditEvents', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'DESC' },
      filter: {
        userId: 'VXNlcjoy',
        entityType: 'Program',
        entityId: 'UHJvZ3JhbTox',
        action: 'RESTORE',
        from: '2024-03-01',
        to: '2024-03-31',
      },
    });
    expect(sent[0]!.query).toContain('auditEvents(first: $first, offset: $offset, filter: $filter)');
    expect(sent[0]!.variables).toEqual({
      first: 25,
      offset: 0,
      filter: {
        user: 'VXNlcjoy',
        entityType: 'Program',
        entity: 'UHJvZ3JhbTox',
        action: 'RESTORE',
        from: '2024-03-01T00:00:00.000+09:00',
        to: '2024-03-31T23:59:59.999+09:00',
      },
    });
  });

  it('has no single fetch and no writes', async () => {
    const { dataProvider } = setup();
    await expect(dataProvider.getOne('auditEvents', { id: 'x' })).rejects.toThrow(
      'cannot be read one at a time',
    );
    await expect(dataProvider.create('auditEvents', { data: {} })).rejects.toThrow('cannot be created');
  });

  it('leaves an empty day out and sends a full instant as it is', () => {
    expect(dayBoundary('from', 'start')('')).toBeUndefined();
    expect(dayBoundary('to', 'end')('2024-03-31T12:00:00Z')).toEqual({ to: '2024-03-31T12:00:00Z' });
  });
});
