import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../dataProvider/dataProvider';
import { fakeServer } from '../dataProvider/testServer';
import {
  type ApiTokenNode,
  expiryInstant,
  fetchTokens,
  issueApiToken,
  revokeApiToken,
  tokenState,
} from './tokenDocuments';

const token: ApiTokenNode = {
  id: 'QXBpVG9rZW46MQ==',
  name: '통계 연계',
  prefix: 'bgl_ab12',
  createdAt: '2024-03-01T00:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
};

function setup(...answers: Parameters<typeof fakeServer>) {
  const server = fakeServer(...answers);
  const { query } = createDataProvider({ fetch: server.fetch, getLocale: () => 'ko' });
  return { query, sent: server.sent };
}

describe('API tokens', () => {
  it("lists an account's tokens", async () => {
    const { query, sent } = setup({ body: { data: { user: { id: 'VXNlcjoy', tokens: [token] } } } });
    expect(await fetchTokens(query, 'VXNlcjoy')).toEqual([token]);
    expect(sent[0]!.variables).toEqual({ id: 'VXNlcjoy' });
  });

  it('issues one expiring at the end of the picked day in Gwangju, and hands back the secret', async () => {
    const { query, sent } = setup({
      body: { data: { issueApiToken: { token, secret: 'bgl_ab12.secret', userErrors: [] } } },
    });
    const issued = await issueApiToken(query, {
      userId: 'VXNlcjoy',
      name: '통계 연계',
      expiresAt: '2025-12-31',
    });
    expect(issued).toEqual({ token, secret: 'bgl_ab12.secret' });
    expect(sent[0]!.variables).toEqual({
      input: { userId: 'VXNlcjoy', name: '통계 연계', expiresAt: '2025-12-31T23:59:59.999+09:00' },
    });
  });

  it('sends no expiry when none is picked', async () => {
    const { query, sent } = setup({
      body: { data: { issueApiToken: { token, secret: 's', userErrors: [] } } },
    });
    await issueApiToken(query, { userId: 'VXNlcjoy', name: 'x', expiresAt: '' });
    expect((sent[0]!.variables.input as { expiresAt: unknown }).expiresAt).toBeNull();
  });

  it("puts the server's refusal under the dialog's input", async () => {
    const message = '만료일은 지금보다 뒤여야 합니다.';
    const { query } = setup({
      body: {
        data: {
          issueApiToken: {
            token: null,
            secret: null,
            userErrors: [{ field: ['expiresAt'], message, code: 'INVALID' }],
          },
        },
      },
    });
    const error = await issueApiToken(query, { userId: 'u', name: 'x', expiresAt: '2000-01-01' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toMatchObject({ errors: { expiresAt: message } });
  });

  it('revokes one', async () => {
    const revoked = { ...token, revokedAt: '2024-04-01T00:00:00.000Z' };
    const { query, sent } = setup({ body: { data: { revokeApiToken: { token: revoked, userErrors: [] } } } });
    expect(await revokeApiToken(query, token.id)).toEqual(revoked);
    expect(sent[0]!.variables).toEqual({ input: { id: token.id } });
  });

  it('tells active, expired and revoked tokens apart', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    expect(tokenState(token, now)).toBe('ACTIVE');
    expect(tokenState({ ...token, expiresAt: '2024-05-31T14:59:59.999Z' }, now)).toBe('EXPIRED');
    expect(tokenState({ ...token, expiresAt: '2030-01-01T00:00:00Z' }, now)).toBe('ACTIVE');
    expect(tokenState({ ...token, revokedAt: '2024-05-01T00:00:00Z' }, now)).toBe('REVOKED');
    expect(expiryInstant(null)).toBeNull();
  });
});
