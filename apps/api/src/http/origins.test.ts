import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { startTestApp, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../../test/harness.js';
import { User } from '../auth/account.entity.js';
import { issueToken } from '../auth/accounts.js';
import { ConfigError, loadConfig } from '../config.js';

const LISTED = 'https://portal.gwangju.go.kr';
// Another port of the same host: same-site, so the SameSite=Strict cookie goes along.
const FOREIGN = 'http://bitgoeul.test:8080';
const CREATE_ADMIN = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }`;

describe('BITGOEUL_CORS_ORIGINS', () => {
  it('lists none by default and reads comma-separated exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ BITGOEUL_CORS_ORIGINS: ' https://portal.gwangju.go.kr , http://localhost:5173,' })
        .corsOrigins,
    ).toEqual(['https://portal.gwangju.go.kr', 'http://localhost:5173']);
  });

  it.each([
    'https://portal.gwangju.go.kr/',
    'https://portal.gwangju.go.kr/admin',
    'portal.gwangju.go.kr',
    '*',
    'ftp://x.kr',
  ])('refuses the entry %s in one line, naming it', (entry) => {
    const env = { BITGOEUL_CORS_ORIGINS: `https://ok.kr,${entry}` };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`BITGOEUL_CORS_ORIGINS entry "${entry}" is not an origin`);
  });
});

describe.each(databaseKinds)('origins on $name', (kind) => {
  let app: TestApp;
  let session: { cookie: string; 'x-csrf-token': string };
  beforeAll(async () => {
    app = await startTestApp(kind, { corsOrigins: [LISTED] });
    const res = await app.yoga.fetch(`${TEST_ORIGIN}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    session = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
  });
  afterAll(() => app?.close());

  const readSession = (headers: Record<string, string>) =>
    app.yoga.fetch(`${TEST_ORIGIN}/auth/session`, { headers: { cookie: session.cookie, ...headers } });
  const createAdmin = (email: string, headers: Record<string, string>) =>
    app.yoga.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...session,
        ...headers,
      },
      body: JSON.stringify({
        query: CREATE_ADMIN,
        variables: {
          input: { email, name: '침입자', role: 'ADMIN', password: 'an attacker passphrase long' },
        },
      }),
    });
  const userExists = async (email: string) => (await app.orm.em.fork().count(User, { email })) > 0;

  it('gives a foreign page no CORS headers, so its browser cannot read the session or its CSRF token', async () => {
    const res = await readSession({ origin: FOREIGN });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    // Nor does a preflight from it learn anything.
    const preflight = await app.yoga.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives a listed origin CORS with credentials, for exactly that origin', async () => {
    const res = await readSession({ origin: LISTED });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    const preflight = await app.yoga.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: LISTED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-csrf-token',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-csrf-token/);
  });

  it('refuses a cookie write from a foreign origin, even with the right CSRF token, and creates nobody', async () => {
    const res = await createAdmin('foreign@evil.test', { origin: FOREIGN });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN_ORIGIN' } });
    expect(body.errors[0]!.message).toMatch(/출처/);
    const en = await createAdmin('foreign@evil.test', { origin: FOREIGN, 'accept-language': 'en' });
    expect(((await en.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /another origin/,
    );
    expect(await userExists('foreign@evil.test')).toBe(false);
  });

  it('refuses a cookie write marked cross-site or same-site by Sec-Fetch-Site, or naming no origin at all', async () => {
    for (const [email, headers] of [
      ['cross@evil.test', { 'sec-fetch-site': 'cross-site' }],
      ['sibling@evil.test', { 'sec-fetch-site': 'same-site' }],
      ['nowhere@evil.test', {}],
      ['null@evil.test', { origin: 'null' }],
    ] as const) {
      const res = await createAdmin(email, headers);
      expect(res.status, email).toBe(403);
      expect(await userExists(email)).toBe(false);
    }
  });

  it('accepts the same write from the server’s own pages and from a listed origin', async () => {
    for (const [email, headers] of [
      ['own@gwangju.go.kr', { origin: TEST_ORIGIN }],
      ['fetch-site@gwangju.go.kr', { 'sec-fetch-site': 'same-origin' }],
      ['listed@gwangju.go.kr', { origin: LISTED }],
    ] as const) {
      const res = await createAdmin(email, headers);
      expect(res.status, email).toBe(200);
      expect(await userExists(email)).toBe(true);
    }
  });

  it('does not hold a bearer token to the Origin check: a token is not sent by the browser on its own', async () => {
    const em = app.orm.em.fork();
    const admin = await em.findOneOrFail(User, { email: 'admin@bitgoeul.test' });
    const { secret } = await issueToken(em, admin, 'origin test', null);
    const res = await app.yoga.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, origin: FOREIGN },
      body: JSON.stringify({
        query: CREATE_ADMIN,
        variables: {
          input: {
            email: 'token@gwangju.go.kr',
            name: '토큰',
            role: 'VIEWER',
            password: 'a token passphrase long',
          },
        },
      }),
    });
    expect(res.status).toBe(200);
    expect(await userExists('token@gwangju.go.kr')).toBe(true);
  });

  it('refuses sign-in and sign-out posted from a foreign page', async () => {
    const signIn = await app.yoga.fetch(`${TEST_ORIGIN}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: FOREIGN },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    expect(await signIn.json()).toMatchObject({ error: { code: 'FORBIDDEN_ORIGIN' } });
    const signOut = await app.yoga.fetch(`${TEST_ORIGIN}/auth/sign-out`, {
      method: 'POST',
      headers: { ...session, 'sec-fetch-site': 'same-site' },
    });
    expect(signOut.status).toBe(403);
    expect((await readSession({})).status).toBe(200);
  });

  it('accepts a sign-in only as JSON: a text/plain body (a cross-site form can send one) gets 415', async () => {
    const res = await app.yoga.fetch(`${TEST_ORIGIN}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({
      error: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send the sign-in request with Content-Type: application/json.',
      },
    });
  });
});

describe.each(databaseKinds)('rate limits on $name', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind, { rateLimit: { perMinute: 60, burst: 3 } });
    // An editor signs in now (one of the address's three) and keeps the session for later.
    expect((await app.as('EDITOR').gql('{ __typename }')).status).toBe(200);
  });
  afterAll(() => app?.close());
  const anonymous = (headers: Record<string, string> = {}) =>
    app.yoga.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('answers 429 with Retry-After once a client has spent its burst; other clients are not slowed', async () => {
    const statuses = [];
    for (let i = 0; i < 2; i++) statuses.push((await anonymous()).status);
    expect(statuses).toEqual([200, 200]);
    const refused = await anonymous({ 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Too many requests\. Try again in \d+ seconds\.$/),
      extensions: { code: 'RATE_LIMITED' },
    });
    // The sign-in route is under the same limit for the same address.
    const signIn = await app.yoga.fetch(`${TEST_ORIGIN}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bitgoeul.test', password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(429);
    expect(await signIn.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', message: /요청이 너무 많습니다/ },
    });
    // A signed-in user has a bucket of their own, and so has a token.
    expect((await app.as('EDITOR').gql('{ __typename }')).status).toBe(200);
    const em = app.orm.em.fork();
    const admin = await em.findOneOrFail(User, { email: 'admin@bitgoeul.test' });
    const { secret } = await issueToken(em, admin, 'rate test', null);
    expect((await anonymous({ authorization: `Bearer ${secret}` })).status).toBe(200);
  });
});
