import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../../test/harness.js';
import { User } from '../auth/account.entity.js';
import { issueToken } from '../auth/accounts.js';
import { loadConfig } from '../config.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const url = `${TEST_ORIGIN}/graphql`;

type Body = {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

const post = async (app: TestApp, body: string, headers: Record<string, string> = {}) => {
  const res = await app.yoga.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  return { status: res.status, ...((await res.json()) as Body) };
};
const query = (app: TestApp, source: string, headers: Record<string, string> = {}) =>
  post(app, JSON.stringify({ query: source }), headers);

const signIn = (app: TestApp) => app.sessionHeaders('ADMIN');

describe('BITGOEUL_PUBLIC_INTROSPECTION', () => {
  it('is off in production and on in development unless set; a malformed value stops start-up', () => {
    expect(loadConfig({}).publicIntrospection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).publicIntrospection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).publicIntrospection).toBe(true);
    expect(loadConfig({ BITGOEUL_PUBLIC_INTROSPECTION: 'on' }).publicIntrospection).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'development', BITGOEUL_PUBLIC_INTROSPECTION: 'false' }).publicIntrospection,
    ).toBe(false);
    expect(() => loadConfig({ BITGOEUL_PUBLIC_INTROSPECTION: 'maybe' })).toThrow(
      'BITGOEUL_PUBLIC_INTROSPECTION "maybe" is neither on nor off',
    );
  });
});

// What a stranger sees does not depend on the store; SQLite is enough.
describe('production exposure, as configured for production', () => {
  let app: TestApp;
  let session: Awaited<ReturnType<typeof signIn>>;
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!, {
      publicIntrospection: loadConfig({ NODE_ENV: 'production' }).publicIntrospection,
    });
    session = await signIn(app);
  });
  afterAll(() => app?.close());

  it('refuses anonymous introspection with a clear error, in the caller’s language; __typename still works', async () => {
    const ko = await query(app, INTROSPECTION);
    expect(ko.status).toBe(400);
    expect(ko.data).toBeUndefined();
    expect(ko.errors).toMatchObject([{ extensions: { code: 'INTROSPECTION_DISABLED' } }]);
    expect(ko.errors![0]!.message).toMatch(/로그인/);
    const en = await query(app, '{ __type(name: "Program") { name } }', { 'accept-language': 'en' });
    expect(en.errors![0]!.message).toBe(
      'Schema introspection (__schema, __type) is off for anonymous callers; sign in or use an API token.',
    );
    // Hidden in a fragment, too.
    const fragment = await query(app, 'query { ...F } fragment F on Query { __schema { types { name } } }');
    expect(fragment.errors).toMatchObject([{ extensions: { code: 'INTROSPECTION_DISABLED' } }]);
    expect(await query(app, '{ __typename }')).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });

  it('lets a signed-in caller introspect, by session or by token, and does not cache one verdict for the other', async () => {
    const bySession = await query(app, INTROSPECTION, session);
    expect(bySession.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // The very same document, anonymous right after: still refused.
    expect((await query(app, INTROSPECTION)).errors![0]!.extensions!.code).toBe('INTROSPECTION_DISABLED');
    const em = app.orm.em.fork();
    const { secret } = await issueToken(
      em,
      await em.findOneOrFail(User, { email: 'admin@bitgoeul.test' }),
      'x',
      null,
    );
    expect((await query(app, INTROSPECTION, { authorization: `Bearer ${secret}` })).data).toEqual(
      bySession.data,
    );
  });

  it('shows an anonymous browser a short sign-in page instead of GraphiQL, and a signed-in one GraphiQL', async () => {
    const anonymous = await app.yoga.fetch(url, { headers: { accept: 'text/html' } });
    expect(anonymous.status).toBe(404);
    const page = await anonymous.text();
    expect(page).toMatch(/로그인/);
    expect(page).toMatch(/Sign in/);
    expect(page).not.toMatch(/graphiql\.|YogaGraphiQL/);
    const signedIn = await app.yoga.fetch(url, { headers: { accept: 'text/html', cookie: session.cookie! } });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toMatch(/YogaGraphiQL/);
  });

  it('names a body that is not JSON as such, without the JSON parser’s message or position', async () => {
    for (const body of ['{"query": ', '{"query": "{ __typename }",}', "{'query': 1}"]) {
      const en = await post(app, body, { 'accept-language': 'en' });
      expect(en.status).toBe(400);
      expect(en.errors).toEqual([
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ]);
    }
    const ko = await post(app, '{"query": ');
    expect(ko.errors![0]!.message).toBe('요청 본문이 올바른 JSON이 아닙니다.');
    const notObject = await post(app, '"{ __typename }"', { 'accept-language': 'en' });
    expect(notObject).toMatchObject({ status: 400, errors: [{ message: /must be a JSON object/ }] });
    // A syntax error in the query keeps GraphQL's own wording and location: the spec's, not the parser's internals.
    const syntax = await query(app, '{ programs { ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors![0]!.message).toBe('Syntax Error: Expected Name, found <EOF>.');
  });
});

describe('production exposure, with BITGOEUL_PUBLIC_INTROSPECTION on', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(databaseKinds[0]!, {
      publicIntrospection: loadConfig({ NODE_ENV: 'production', BITGOEUL_PUBLIC_INTROSPECTION: 'on' })
        .publicIntrospection,
    });
  });
  afterAll(() => app?.close());

  it('lets anonymous callers introspect and open GraphiQL', async () => {
    expect((await query(app, INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await app.yoga.fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/YogaGraphiQL/);
    // Everything it needs is inline: no CDN, so it works without the internet.
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });
});
