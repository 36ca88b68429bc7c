import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

// Protocol behaviour does not depend on the store; SQLite is enough.
describe('GraphQL over HTTP', () => {
  let app: TestApp;
  const url = 'http://bitgoeul.test/graphql';
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!);
  });
  afterAll(() => app?.close());

  it('answers a query sent with GET', async () => {
    const res = await app.yoga.fetch(
      `${url}?query=${encodeURIComponent('{ programs(first: 1) { totalCount } }')}`,
      {
        headers: { accept: 'application/graphql-response+json' },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect((await res.json()).data.programs.totalCount).toBeGreaterThan(0);
  });

  it('refuses a mutation sent with GET', async () => {
    const res = await app.yoga.fetch(
      `${url}?query=${encodeURIComponent('mutation { deleteProgram(input: { id: "x" }) { deletedId } }')}`,
      { headers: { accept: 'application/graphql-response+json' } },
    );
    expect(res.status).toBe(405);
  });

  it('answers a malformed request with 400', async () => {
    const syntax = await app.gql('{ programs { ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors![0]!.message).toMatch(/Syntax Error/);
    const unknownField = await app.gql('{ programs { nope } }');
    expect(unknownField.status).toBe(400);
    const notJson = await app.yoga.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
  });

  it('has batching off: an array of operations is refused', async () => {
    const res = await app.yoga.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  // GraphiQL (for whom, and served without a CDN): src/graphql/exposure.test.ts.

  it('masks unexpected errors: no stack, no SQL', async () => {
    // A store whose table has gone is a bug of the deployment, not a passing fault: trying again
    // cures nothing, so it stays a masked 500.
    const broken = await startTestApp(databaseKinds[0]!);
    await broken.orm.em.getConnection().execute('alter table program rename to program_gone');
    const res = await broken.gql('{ programs { totalCount } }');
    // A field error in a result that has data is 200 under GraphQL over HTTP; never a retryable 503.
    expect(res.status).toBe(200);
    expect(res.errors![0]!.message).toBe('Unexpected error.');
    expect(res.errors![0]!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toMatch(/select|stack|sqlite|program_gone|no such table/i);
    await broken.close();
  });

  it('answers a closed store (the process is stopping) 503 with Retry-After, not a masked bug', async () => {
    const closed = await startTestApp(databaseKinds[0]!);
    await closed.gql('{ __typename }');
    await closed.orm.close(true);
    const res = await closed.yoga.fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'accept-language': 'en',
      },
      body: JSON.stringify({ query: '{ programs { totalCount } }' }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({
      message: 'The service is temporarily unavailable; try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(JSON.stringify(body)).not.toMatch(/select|stack|sqlite|acquire|http/i);
  });
});
