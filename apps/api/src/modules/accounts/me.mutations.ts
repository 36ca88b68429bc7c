import { PasswordChangeInput, ProfileInput, validateWith } from '@bitgoeul/domain';
import { OptimisticLockError } from '@mikro-orm/core';
import { Session, User, type UserEntity } from '../../auth/account.entity.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { blockedFor, clearFailures, recordFailure, throttleKeys } from '../../auth/throttle.js';
import { builder } from '../../graphql/builder.js';
import { UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import { accountError, accountRefusal } from './account-errors.js';
import { UserRef } from './user.graphql.js';
import { userValues } from './user.repository.js';

/**
 * What a signed-in person changes of their own account, whatever their role: their name, and their
 * password with the current one. An administrator changes other people's through updateUser.
 */

interface MeWritten {
  user: UserEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): MeWritten => ({ user: null, userErrors });
const auditCode = (user: UserEntity) => user.email.slice(0, 64);

function audited(user: UserEntity, before: ReturnType<typeof userValues>, extra = {}) {
  return {
    action: 'UPDATE' as const,
    entityType: 'User',
    entityId: user.id,
    entityCode: auditCode(user),
    entityVersion: user.version,
    before,
    after: { ...userValues(user), ...extra },
  };
}

async function updateMe(ctx: Context, input: { name: string; version?: number | null }): Promise<MeWritten> {
  const checked = validateWith(ProfileInput, { name: input.name });
  if (!checked.ok) return refused(accountRefusal(checked.issues, ctx.locale));
  const id = ctx.caller.user!.id;
  try {
    return await ctx.em.transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id });
      if (input.version != null && input.version !== user.version) {
        return refused(
          accountRefusal(
            [{ field: 'version', code: 'STALE_VERSION', params: { current: user.version } }],
            ctx.locale,
          ),
        );
      }
      const before = userValues(user);
      em.assign(user, { name: checked.value.name });
      await em.flush();
      recordAudit(em, ctx.caller, audited(user, before));
      await em.flush();
      return { user, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    return refused(
      accountRefusal([{ field: 'version', code: 'STALE_VERSION', params: { current: '?' } }], ctx.locale),
    );
  }
}

/**
 * A new password for the caller, given the current one. A wrong current password counts against
 * the account like a failed sign-in (the same throttle: after five, a growing wait); once it is
 * right, every other session of the account ends and the one making the change stays signed in.
 */
async function changeMyPassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string },
): Promise<MeWritten> {
  const { locale, caller } = ctx;
  // A token is for an integration: a leaked one must not be able to take the account over.
  if (caller.via !== 'session') return refused([accountError('id', 'INVALID', 'TOKEN_CALLER', locale)]);
  const checked = validateWith(PasswordChangeInput, input);
  if (!checked.ok) return refused(accountRefusal(checked.issues, locale));
  const { currentPassword, newPassword } = checked.value;
  const em = ctx.em;
  const user = await em.findOneOrFail(User, { id: caller.user!.id }, { refresh: true });
  const keys = throttleKeys(user.email, null);
  const wait = await blockedFor(em, keys);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    return refused([accountError('currentPassword', 'INVALID', 'PASSWORD_THROTTLED', locale, { seconds })]);
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordFailure(em, keys);
    return refused([accountError('currentPassword', 'INVALID', 'WRONG_PASSWORD', locale)]);
  }
  await clearFailures(em, user.email);
  if (newPassword === currentPassword)
    return refused([accountError('newPassword', 'INVALID', 'SAME_PASSWORD', locale)]);
  // Hashing is deliberately slow: done before the transaction, which then stays short.
  const passwordHash = await hashPassword(newPassword);
  return em.transactional(async (tx) => {
    const stored = await tx.findOneOrFail(User, { id: user.id });
    const before = userValues(stored);
    tx.assign(stored, { passwordHash });
    await tx.flush();
    await tx.nativeDelete(Session, { user: stored.id, id: { $ne: caller.sessionId! } });
    recordAudit(tx, caller, audited(stored, before, { passwordChanged: true }));
    await tx.flush();
    return { user: stored, userErrors: [] };
  });
}

const MePayload = builder.objectRef<MeWritten>('MePayload').implement({
  description: 'Your account as it now stands, or why nothing was changed.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, resolve: (p) => p.user }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const UpdateMeInput = builder.inputType('UpdateMeInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name others see beside your changes.' }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
  }),
});

const ChangeMyPasswordInput = builder.inputType('ChangeMyPasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({
      required: true,
      description: 'At least 12 characters, as for every account; stored only as an argon2 hash.',
    }),
  }),
});

builder.mutationFields((t) => ({
  updateMe: t.field({
    type: MePayload,
    description: 'Renames your own account. Any signed-in role.',
    // Every role may change its own account, not only editors (the Mutation type's scope).
    skipTypeScopes: true,
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateMeInput, required: true }) },
    resolve: (_, { input }, ctx) => updateMe(ctx, input),
  }),
  changeMyPassword: t.field({
    type: MePayload,
    description:
      'Changes your own password, given the current one (a wrong one is a userError on currentPassword and counts like a failed sign-in). Your other sessions end; this one stays. Signed-in sessions only, not API tokens.',
    skipTypeScopes: true,
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ChangeMyPasswordInput, required: true }) },
    resolve: (_, { input }, ctx) => changeMyPassword(ctx, input),
  }),
}));
