import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../dataProvider/graphqlClient';
import { createAuthProvider } from './authProvider';
import { session } from './session';

function server(...answers: { status: number; body: unknown }[]) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    const answer = answers.shift();
    if (!answer) throw new Error(`Unexpected request to ${url}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { fetch, sent };
}

const user = { id: 'VXNlcjox', email: 'official@gwangju.go.kr', name: '김담당', role: 'EDITOR' as const };
const ko = () => 'ko';

afterEach(() => session.clear());

describe('the session', () => {
  it('signs in with the email as the user name and keeps the CSRF token for the GraphQL client', async () => {
    const { fetch, sent } = server({ status: 200, body: { user, csrfToken: 'csrf-1' } });
    const auth = createAuthProvider(ko, fetch);
    expect(session.csrfHeader()).toEqual({});
    await auth.login({ username: user.email, password: 'correct horse' });
    expect(sent[0]!.url).toBe('/auth/sign-in');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ email: user.email, password: 'correct horse' });
    expect(session.csrfHeader()).toEqual({ 'X-CSRF-Token': 'csrf-1' });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getIdentity!()).toEqual({ id: 'VXNlcjox', fullName: '김담당' });
    expect(sent).toHaveLength(1);
  });

  it("shows the server's Korean refusal of a wrong password", async () => {
    const message = '이메일 또는 비밀번호가 올바르지 않습니다.';
    const { fetch } = server({ status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message } } });
    await expect(
      createAuthProvider(ko, fetch).login({ username: 'x@y.z', password: 'no' }),
    ).rejects.toMatchObject({
      message,
      status: 401,
    });
  });

  it('picks up the session a reload left, once, and asks for sign-in without one', async () => {
    const signedIn = server({ status: 200, body: { user, csrfToken: 'csrf-2' } });
    const auth = createAuthProvider(ko, signedIn.fetch);
    await auth.checkAuth({});
    await auth.checkAuth({});
    expect(signedIn.sent.map((r) => r.url)).toEqual(['/auth/session']);
    expect(session.csrfHeader()).toEqual({ 'X-CSRF-Token': 'csrf-2' });

    session.clear();
    const none = server({
      status: 401,
      body: { error: { code: 'NOT_SIGNED_IN', message: '로그인되어 있지 않습니다.' } },
    });
    await expect(createAuthProvider(ko, none.fetch).checkAuth({})).rejects.toThrow();
  });

  it('signs out on a 401 from the API, but not on a 403 (a viewer who tried to edit keeps reading)', async () => {
    const { fetch } = server({ status: 200, body: { user, csrfToken: 'csrf-3' } });
    const auth = createAuthProvider(ko, fetch);
    await auth.checkAuth({});
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(session.get()).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toThrow();
    expect(session.get()).toBeNull();
  });

  it('signs out with the CSRF token', async () => {
    const { fetch, sent } = server(
      { status: 200, body: { user, csrfToken: 'csrf-4' } },
      { status: 200, body: { user: null } },
    );
    const auth = createAuthProvider(ko, fetch);
    await auth.login({ username: user.email, password: 'pw' });
    await auth.logout({});
    expect(sent[1]!.url).toBe('/auth/sign-out');
    expect(sent[1]!.init.headers).toMatchObject({ 'X-CSRF-Token': 'csrf-4' });
    expect(session.get()).toBeNull();
  });
});
