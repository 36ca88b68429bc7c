import { TEST_ORIGIN, type TestApp } from '../../../test/harness.js';

export type UserErrors = { field: string[]; code: string; message: string }[];
export interface UserNode {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  version: number;
}
export const USER = 'id email name role disabled version';
export const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { ${USER} } userErrors { field code message } } }`;
export const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { ${USER} } userErrors { field code message } } }`;
export const ISSUE = `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) {
  token { id name prefix expiresAt lastUsedAt revokedAt user { email } } secret userErrors { field code message } } }`;
export const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { id revokedAt } userErrors { field code } } }`;
export const PASSWORD = 'correct horse battery staple';

export type CreateRes = { createUser: { user: UserNode | null; userErrors: UserErrors } };
export type UpdateRes = { updateUser: { user: UserNode | null; userErrors: UserErrors } };
export type IssueRes = {
  issueApiToken: {
    token: { id: string; prefix: string; lastUsedAt: string | null; user: { email: string } } | null;
    secret: string | null;
    userErrors: UserErrors;
  };
};
export const errorCode = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;

/** The account mutations and probes the tests call, bound to one app. */
export function accountsClient(app: TestApp) {
  const createUser = async (input: Record<string, unknown>) =>
    (await app.gql<CreateRes>(CREATE, { input })).data!.createUser;
  const updateUser = async (input: Record<string, unknown>, headers?: Record<string, string>) =>
    (await app.gql<UpdateRes>(UPDATE, { input }, headers)).data!.updateUser;
  const userCount = async () =>
    (await app.gql<{ users: { totalCount: number } }>('{ users { totalCount } }')).data!.users.totalCount;
  const auditCount = async () =>
    (await app.gql<{ auditEvents: { totalCount: number } }>('{ auditEvents { totalCount } }')).data!
      .auditEvents.totalCount;
  /** Signs in through the real route; the cookie and CSRF header for later requests, or null. */
  const signIn = async (email: string, password: string) => {
    const res = await app.yoga.fetch('http://bitgoeul.test/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) return null;
    const body = (await res.json()) as { csrfToken: string };
    return {
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': body.csrfToken,
      origin: TEST_ORIGIN,
    };
  };
  const meWith = async (headers: Record<string, string>) => {
    const res = await app.yoga.fetch('http://bitgoeul.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: { me: { email: string; role: string } | null } },
    };
  };

  return { createUser, updateUser, userCount, auditCount, signIn, meWith };
}
