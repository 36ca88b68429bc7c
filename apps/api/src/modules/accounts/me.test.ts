import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { Session, SignInThrottle } from '../../auth/account.entity.js';
import {
  accountsClient,
  CREATE,
  type CreateRes,
  PASSWORD,
  type UserErrors,
} from './accounts.test-fixtures.js';

type Me = { id: string; name: string; email: string; role: string; version: number };
type MeRes<K extends string> = Record<K, { user: Me | null; userErrors: UserErrors }>;

const UPDATE_ME = `mutation($input: UpdateMeInput!) { updateMe(input: $input) {
  user { id name email role version } userErrors { field code message } } }`;
const CHANGE = `mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) {
  user { id name email role version } userErrors { field code message } } }`;
const NEW_PASSWORD = 'a brand new passphrase for the profile';

/** What a person changes of their own account from the profile page, whatever their role. */
describe.each(databaseKinds)('one’s own account on $name', (kind) => {
  let app: TestApp;
  let client: ReturnType<typeof accountsClient>;
  let email: string;

  const post = async <T>(
    query: string,
    input: Record<string, unknown>,
    headers: Record<string, string>,
    locale = 'ko',
  ) => {
    const res = await app.yoga.fetch('http://bitgoeul.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'accept-language': locale,
        ...headers,
      },
      body: JSON.stringify({ query, variables: { input } }),
    });
    return (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  };
  const sessions = () => app.orm.em.fork().count(Session, {});

  beforeAll(async () => {
    app = await startTestApp(kind);
    client = accountsClient(app);
    email = 'viewer.profile@bitgoeul.test';
    const created = await app.gql<CreateRes>(CREATE, {
      input: { email, name: '김열람', role: 'VIEWER', password: PASSWORD },
    });
    expect(created.data!.createUser.userErrors).toEqual([]);
  });
  afterAll(() => app?.close());

  it('lets a viewer rename themselves, audited, and refuses a blank name or a stale version', async () => {
    const session = (await client.signIn(email, PASSWORD))!;
    const renamed = await post<MeRes<'updateMe'>>(UPDATE_ME, { name: '김광주', version: 1 }, session);
    expect(renamed.data!.updateMe).toEqual({
      user: expect.objectContaining({ name: '김광주', email, role: 'VIEWER', version: 2 }),
      userErrors: [],
    });
    const blank = await post<MeRes<'updateMe'>>(UPDATE_ME, { name: '  ' }, session);
    expect(blank.data!.updateMe.userErrors).toEqual([
      {
        field: ['name'],
        code: 'BLANK',
        message: '이름은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.',
      },
    ]);
    const stale = await post<MeRes<'updateMe'>>(UPDATE_ME, { name: '옛 이름', version: 1 }, session);
    expect(stale.data!.updateMe.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const me = await client.meWith(session);
    expect(me.body.data!.me).toMatchObject({ email });
    const events = await app.gql<{
      auditEvents: { nodes: { action: string; changes: { field: string }[] }[] };
    }>('{ auditEvents(filter: { entityType: "User" }, first: 1) { nodes { action changes { field } } } }');
    expect(events.data!.auditEvents.nodes[0]).toEqual({ action: 'UPDATE', changes: [{ field: 'name' }] });
    const anonymous = await post(UPDATE_ME, { name: '누구' }, {});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong current password in the caller’s language and a weak new one, changing nothing', async () => {
    const session = (await client.signIn(email, PASSWORD))!;
    const events = await client.auditCount();
    const wrong = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: 'not the password at all', newPassword: NEW_PASSWORD },
      session,
    );
    expect(wrong.data!.changeMyPassword).toEqual({
      user: null,
      userErrors: [
        { field: ['currentPassword'], code: 'INVALID', message: '현재 비밀번호가 올바르지 않습니다.' },
      ],
    });
    const english = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: 'still not the password', newPassword: NEW_PASSWORD },
      session,
      'en',
    );
    expect(english.data!.changeMyPassword.userErrors[0]!.message).toBe(
      'The current password is not correct.',
    );
    const weak = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: PASSWORD, newPassword: 'short' },
      session,
    );
    expect(weak.data!.changeMyPassword.userErrors).toEqual([
      { field: ['newPassword'], code: 'TOO_SHORT', message: '새 비밀번호은(는) 12자 이상이어야 합니다.' },
    ]);
    const same = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: PASSWORD, newPassword: PASSWORD },
      session,
    );
    expect(same.data!.changeMyPassword.userErrors.map((e) => e.field.join('.'))).toEqual(['newPassword']);
    expect(await client.auditCount()).toBe(events);
    expect(await client.signIn(email, PASSWORD)).not.toBeNull();
  });

  it('changes the password given the current one: other sessions end, this one stays, the new one signs in', async () => {
    const other = (await client.signIn(email, PASSWORD))!;
    const mine = (await client.signIn(email, PASSWORD))!;
    const ownSessions = async () => app.orm.em.fork().count(Session, { user: { email } });
    expect(await ownSessions()).toBeGreaterThanOrEqual(2);
    const total = await sessions();
    const changed = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      mine,
    );
    expect(changed.data!.changeMyPassword.userErrors).toEqual([]);
    expect(await ownSessions()).toBe(1);
    expect(await sessions()).toBeLessThan(total);
    expect((await client.meWith(mine)).body.data!.me).toMatchObject({ email });
    expect((await client.meWith(other)).body.data!.me).toBeNull();
    expect(await client.signIn(email, PASSWORD)).toBeNull();
    expect(await client.signIn(email, NEW_PASSWORD)).not.toBeNull();
    const event = await app.gql<{ auditEvents: { nodes: { after: Record<string, unknown> }[] } }>(
      '{ auditEvents(filter: { entityType: "User" }, first: 1) { nodes { after } } }',
    );
    expect(event.data!.auditEvents.nodes[0]!.after).toMatchObject({ email, passwordChanged: true });
    expect(JSON.stringify(event.data)).not.toContain('argon2');
  });

  it('slows down guessing like the sign-in does, and is not open to API tokens', async () => {
    const session = (await client.signIn(email, NEW_PASSWORD))!;
    for (let i = 0; i < 5; i++) {
      await post(CHANGE, { currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD + i }, session);
    }
    const throttled = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD}!` },
      session,
    );
    expect(throttled.data!.changeMyPassword.userErrors[0]!).toMatchObject({
      field: ['currentPassword'],
      code: 'INVALID',
      message: expect.stringMatching(/^비밀번호를 너무 여러 번 틀렸습니다\. \d+초 후에 다시 시도하세요\.$/),
    });
    await app.orm.em.fork().nativeDelete(SignInThrottle, {});

    const admin = await app.gql<{ me: { id: string } }>('{ me { id } }');
    const issued = await app.gql<{ issueApiToken: { secret: string } }>(
      'mutation($id: ID!) { issueApiToken(input: { userId: $id, name: "시험 연동" }) { secret } }',
      { id: admin.data!.me.id },
    );
    const bearer = { authorization: `Bearer ${issued.data!.issueApiToken.secret}` };
    const viaToken = await post<MeRes<'changeMyPassword'>>(
      CHANGE,
      { currentPassword: 'a test passphrase long enough', newPassword: NEW_PASSWORD },
      bearer,
    );
    expect(viaToken.data!.changeMyPassword.userErrors.map((e) => e.message)).toEqual([
      '비밀번호는 API 토큰으로 바꿀 수 없습니다. 관리 화면에 로그인해 바꾸세요.',
    ]);
  });
});
