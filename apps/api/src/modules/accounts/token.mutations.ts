import { fromZodIssues, requiredText, TOKEN_NAME_MAX } from '@bitgoeul/domain';
import { ApiToken, type ApiTokenEntity, User } from '../../auth/account.entity.js';
import { issueToken } from '../../auth/accounts.js';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { decodeId, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import type { StoreIssue } from '../../records/record-writes.js';
import { accountError, accountRefusal, TOKEN_LABELS } from './account-errors.js';
import { ApiTokenRef } from './user.graphql.js';
import { tokenValues } from './user.repository.js';

interface TokenWritten {
  token: ApiTokenEntity | null;
  secret?: string | null;
  userErrors: UserError[];
}

const refuse = (issues: StoreIssue[], ctx: Context): TokenWritten => ({
  token: null,
  userErrors: accountRefusal(issues, ctx.locale, TOKEN_LABELS),
});

interface IssueArgs {
  userId: string | number;
  name: string;
  expiresAt?: Date | null;
}

async function issueApiToken(ctx: Context, input: IssueArgs, now = new Date()): Promise<TokenWritten> {
  const userId = decodeId(input.userId, 'User', 'userId');
  // The same text rule as every domain field: no control characters, not blank, at most TOKEN_NAME_MAX.
  const checked = requiredText(TOKEN_NAME_MAX).safeParse(input.name, { reportInput: true });
  if (!checked.success) {
    const issues = fromZodIssues(checked.error.issues).map((issue) => ({ ...issue, field: 'name' }));
    return refuse(
      issues.map((i) => (i.code === 'REQUIRED' ? { ...i, code: 'BLANK' as const } : i)),
      ctx,
    );
  }
  const name = checked.data;
  if (input.expiresAt && input.expiresAt <= now) {
    return { token: null, userErrors: [accountError('expiresAt', 'INVALID', 'PAST_EXPIRY', ctx.locale)] };
  }
  if (!isStoreId(userId)) return refuse([{ field: 'userId', code: 'NOT_FOUND' }], ctx);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId });
    if (!user) return refuse([{ field: 'userId', code: 'NOT_FOUND' }], ctx);
    if (user.disabled) {
      return { token: null, userErrors: [accountError('userId', 'INVALID', 'DISABLED_USER', ctx.locale)] };
    }
    const { token, secret } = await issueToken(em, user, name, input.expiresAt ?? null);
    recordAudit(em, ctx.caller, {
      action: 'CREATE',
      entityType: 'ApiToken',
      entityId: token.id,
      entityCode: token.prefix,
      before: null,
      after: tokenValues(token),
    });
    await em.flush();
    return { token, secret, userErrors: [] };
  });
}

/** Revoking twice is harmless: the first revocation stands and nothing more is recorded. */
async function revokeApiToken(ctx: Context, globalId: string | number): Promise<TokenWritten> {
  const id = decodeId(globalId, 'ApiToken');
  if (!isStoreId(id)) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx);
  return ctx.em.transactional(async (em) => {
    const token = await em.findOne(ApiToken, { id });
    if (!token) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx);
    if (token.revokedAt) return { token, userErrors: [] };
    const before = tokenValues(token);
    token.revokedAt = new Date();
    await em.flush();
    recordAudit(em, ctx.caller, {
      action: 'UPDATE',
      entityType: 'ApiToken',
      entityId: token.id,
      entityCode: token.prefix,
      before,
      after: tokenValues(token),
    });
    await em.flush();
    return { token, userErrors: [] };
  });
}

const IssueApiTokenPayload = builder.objectRef<TokenWritten>('IssueApiTokenPayload').implement({
  fields: (t) => ({
    token: t.field({ type: ApiTokenRef, nullable: true, resolve: (p) => p.token }),
    secret: t.string({
      nullable: true,
      description: 'The token itself. Shown this once and never again: only its hash is stored.',
      resolve: (p) => p.secret ?? null,
    }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const ApiTokenPayload = builder.objectRef<TokenWritten>('ApiTokenPayload').implement({
  fields: (t) => ({
    token: t.field({ type: ApiTokenRef, nullable: true, resolve: (p) => p.token }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const IssueApiTokenInput = builder.inputType('IssueApiTokenInput', {
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The account the token acts as (it gets that role).' }),
    name: t.string({ required: true, description: 'What the token is for, e.g. "통계청 연계".' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When it stops working; never when left out.' }),
  }),
});

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

builder.mutationFields((t) => ({
  issueApiToken: t.field({
    type: IssueApiTokenPayload,
    description:
      'Issues a personal API token for an account. Admins only. The secret is in this answer only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: IssueApiTokenInput, required: true }) },
    resolve: (_, { input }, ctx) => issueApiToken(ctx, input),
  }),
  revokeApiToken: t.field({
    type: ApiTokenPayload,
    description: 'Revokes a token at once: requests using it are refused with 401. Admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: (_, { input }, ctx) => revokeApiToken(ctx, input.id),
  }),
}));
