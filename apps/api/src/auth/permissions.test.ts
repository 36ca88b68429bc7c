import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp, type TestIdentity } from '../../test/harness.js';

/**
 * Who may do what, through every path to a record. An INTERNAL program under a PUBLIC parent is
 * the probe: anonymous callers must not reach it through the list, its parent's children,
 * node(id), program(id) or a filter on its id; signed-in roles see it; only editors and admins write.
 */
describe.each(databaseKinds)('permissions on $name', (kind) => {
  let app: TestApp;
  let internalId: string;
  let parentId: string;
  const identities: TestIdentity[] = ['ANONYMOUS', 'VIEWER', 'EDITOR', 'ADMIN'];

  beforeAll(async () => {
    app = await startTestApp(kind);
    const parent = await app.gql<{ programs: { nodes: { id: string }[] } }>(
      '{ programs(filter: { code: { eq: "AI-INDUSTRY" } }) { nodes { id } } }',
    );
    parentId = parent.data!.programs.nodes[0]!.id;
    const created = await app.gql<{ createProgram: { program: { id: string } } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code } } }`,
      {
        input: {
          code: 'AI-INTERNAL-REVIEW',
          name: { ko: 'AI 내부 검토', en: 'AI internal review' },
          summary: { ko: '내부 검토 중인 사업' },
          area: 'AI',
          status: 'PIPELINE',
          visibility: 'INTERNAL',
          parentId,
        },
      },
    );
    internalId = created.data!.createProgram.program.id;
  });
  afterAll(() => app?.close());

  const sees = async (identity: TestIdentity) => {
    const { gql } = app.as(identity);
    const list = await gql<{ programs: { nodes: { code: string }[] } }>(
      '{ programs(first: 100, filter: { area: { eq: AI } }) { nodes { code } } }',
    );
    const children = await gql<{ program: { children: { code: string }[] } }>(
      'query($id: ID!) { program(id: $id) { children { code } } }',
      { id: parentId },
    );
    const node = await gql<{ node: { code: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Program { code } } }',
      { id: internalId },
    );
    const one = await gql('query($id: ID!) { program(id: $id) { code } }', { id: internalId });
    const byId = await gql<{ programs: { totalCount: number } }>(
      'query($id: ID!) { programs(filter: { id: { eq: $id } }) { totalCount } }',
      { id: internalId },
    );
    return {
      list: list.data!.programs.nodes.some((n) => n.code === 'AI-INTERNAL-REVIEW'),
      children: children.data!.program.children.some((n) => n.code === 'AI-INTERNAL-REVIEW'),
      node: node.data?.node?.code === 'AI-INTERNAL-REVIEW',
      one: (one.data as { program?: { code: string } } | null)?.program?.code === 'AI-INTERNAL-REVIEW',
      byId: byId.data!.programs.totalCount === 1,
    };
  };

  it('hides internal records from anonymous callers on every path, and shows them to every role', async () => {
    expect(await sees('ANONYMOUS')).toEqual({
      list: false,
      children: false,
      node: false,
      one: false,
      byId: false,
    });
    for (const identity of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
      expect(await sees(identity)).toEqual({ list: true, children: true, node: true, one: true, byId: true });
    }
  });

  it('lets editors and admins write, and refuses everyone else without writing', async () => {
    const update = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { progress } userErrors { code } } }`;
    const expected: Record<TestIdentity, string | null> = {
      ANONYMOUS: 'UNAUTHENTICATED',
      VIEWER: 'FORBIDDEN',
      EDITOR: null,
      REVIEWER: null,
      ADMIN: null,
    };
    for (const [i, identity] of identities.entries()) {
      const res = await app.as(identity).gql(update, { input: { id: parentId, progress: 10 + i } });
      expect(res.errors?.[0]?.extensions?.code ?? null).toBe(expected[identity]);
    }
    const after = await app.gql<{ program: { progress: number } }>(
      'query($id: ID!) { program(id: $id) { progress } }',
      {
        id: parentId,
      },
    );
    // The last successful write was the admin's (i = 3); the refused ones changed nothing.
    expect(after.data!.program.progress).toBe(13);

    const del = 'mutation($id: ID!) { deleteProgram(input: { id: $id }) { deletedId } }';
    for (const identity of ['ANONYMOUS', 'VIEWER'] as const) {
      const res = await app.as(identity).gql(del, { id: internalId });
      expect(res.errors?.[0]?.extensions?.code).toBe(
        identity === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    }
    expect((await sees('VIEWER')).one).toBe(true);
  });
});
