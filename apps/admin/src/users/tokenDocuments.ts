import type { GraphqlQuery } from '../dataProvider/dataProvider';
import { type UserError, userErrorsToHttpError } from '../dataProvider/recordMapping';

/** A personal API token as the admin lists it; its secret is never readable after it was issued. */
export interface ApiTokenNode {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_SELECTION = 'id name prefix createdAt expiresAt lastUsedAt revokedAt';
const USER_ERRORS = 'userErrors { field message code }';

export const USER_TOKENS_QUERY = `
  query UserTokens($id: ID!) {
    user(id: $id) {
      id
      tokens { ${TOKEN_SELECTION} }
    }
  }`;

export const ISSUE_API_TOKEN_MUTATION = `
  mutation IssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) {
      token { ${TOKEN_SELECTION} }
      secret
      ${USER_ERRORS}
    }
  }`;

export const REVOKE_API_TOKEN_MUTATION = `
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      token { ${TOKEN_SELECTION} }
      ${USER_ERRORS}
    }
  }`;

/** The inputs of the issue dialog: what a token is for and, optionally, the last day it works. */
export const TOKEN_INPUT_FIELDS = ['name', 'expiresAt'];

export type TokenState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function tokenState(token: Pick<ApiTokenNode, 'expiresAt' | 'revokedAt'>, now: Date): TokenState {
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** The last day a token works, picked as a day in Gwangju: it expires at the end of that day there. */
export function expiryInstant(day: string | null | undefined): string | null {
  if (!day) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T23:59:59.999+09:00` : day;
}

export async function fetchTokens(query: GraphqlQuery, userId: string): Promise<ApiTokenNode[]> {
  const { user } = await query<{ user: { tokens: ApiTokenNode[] } }>(USER_TOKENS_QUERY, { id: userId });
  return user.tokens;
}

/**
 * Issues a token; the answer holds the secret, which the server will never give again. A refusal (a
 * blank name, an expiry in the past) is thrown with the messages under the dialog's inputs.
 */
export async function issueApiToken(
  query: GraphqlQuery,
  input: { userId: string; name: string; expiresAt?: string | null },
): Promise<{ token: ApiTokenNode; secret: string }> {
  const { issueApiToken: payload } = await query<{
    issueApiToken: { token: ApiTokenNode | null; secret: string | null; userErrors: UserError[] };
  }>(ISSUE_API_TOKEN_MUTATION, {
    input: { userId: input.userId, name: input.name, expiresAt: expiryInstant(input.expiresAt) },
  });
  if (payload.userErrors.length) {
    throw userErrorsToHttpError({ inputFields: TOKEN_INPUT_FIELDS }, payload.userErrors);
  }
  if (!payload.token || !payload.secret) throw new Error('The API issued no token and reported no error');
  return { token: payload.token, secret: payload.secret };
}

export async function revokeApiToken(query: GraphqlQuery, id: string): Promise<ApiTokenNode> {
  const { revokeApiToken: payload } = await query<{
    revokeApiToken: { token: ApiTokenNode | null; userErrors: UserError[] };
  }>(REVOKE_API_TOKEN_MUTATION, { input: { id } });
  if (payload.userErrors.length) throw userErrorsToHttpError({ inputFields: [] }, payload.userErrors);
  if (!payload.token) throw new Error('The API revoked nothing and reported no error');
  return payload.token;
}
