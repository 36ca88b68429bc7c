import { type Role, UserInput, validateUser, validateWith } from '@bitgoeul/domain';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Session, User, type UserEntity } from '../../auth/account.entity.js';
import { hashPassword } from '../../auth/passwords.js';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { decodeId, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import { recordAudit } from '../../records/audit.js';
import { definedOnly, type StoreIssue } from '../../records/record-writes.js';
import { accountError, accountRefusal } from './account-errors.js';
import { RoleEnum, UserRef } from './user.graphql.js';
import { userValues } from './user.repository.js';

interface UserWritten {
  user: UserEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): UserWritten => ({ user: null, userErrors });
const refuse = (issues: StoreIssue[], ctx: Context) => refused(accountRefusal(issues, ctx.locale));

// The audit log's code column is short; an email is the account's code, cut to fit.
const auditCode = (user: UserEntity) => user.email.slice(0, 64);

interface CreateUserArgs {
  email: string;
  name: string;
  role: Role;
  password: string;
}

async function createUser(ctx: Context, input: CreateUserArgs): Promise<UserWritten> {
  const checked = validateUser(input);
  if (!checked.ok) return refused(accountRefusal(checked.issues, ctx.locale));
  const { email, name, role, password } = checked.value;
  // Hashing is deliberately slow: done before the transaction, which then stays short.
  const passwordHash = await hashPassword(password!);
  const duplicate: StoreIssue = { field: 'email', code: 'DUPLICATE', params: { value: email } };
  try {
    return await ctx.em.transactional(async (em) => {
      if ((await em.count(User, { email })) > 0) return refuse([duplicate], ctx);
      const user = em.create(User, { email, name, role, passwordHash });
      await em.flush();
      recordAudit(em, ctx.caller, {
        action: 'CREATE',
        entityType: 'User',
        entityId: user.id,
        entityCode: auditCode(user),
        entityVersion: user.version,
        before: null,
        after: userValues(user),
      });
      await em.flush();
      return { user, userErrors: [] };
    });
  } catch (error) {
    // Two admins creating the same account at once: the unique index lets one through.
    if (error instanceof UniqueConstraintViolationException) return refuse([duplicate], ctx);
    throw error;
  }
}

interface UpdateUserArgs {
  id: string | number;
  version?: number | null;
  name?: string | null;
  role?: Role | null;
  disabled?: boolean | null;
  password?: string | null;
}

async function updateUser(ctx: Context, input: UpdateUserArgs): Promise<UserWritten> {
  const id = decodeId(input.id, 'User');
  const { name, role, password } = input;
  const patch = validateWith(UserInput.partial(), definedOnly({ name, role, password }));
  if (!patch.ok) return refused(accountRefusal(patch.issues, ctx.locale));
  const self = ctx.caller.user?.id === id;
  // An administrator cannot lock themselves out; another administrator has to do it.
  const selfErrors: UserError[] = [];
  if (self && patch.value.role !== undefined && patch.value.role !== 'ADMIN')
    selfErrors.push(accountError('role', 'INVALID', 'OWN_ROLE', ctx.locale));
  if (self && input.disabled === true)
    selfErrors.push(accountError('disabled', 'INVALID', 'OWN_ACCOUNT', ctx.locale));
  if (selfErrors.length) return refused(selfErrors);
  if (!isStoreId(id)) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx);
  const passwordHash = patch.value.password ? await hashPassword(patch.value.password) : undefined;
  try {
    return await ctx.em.transactional(async (em) => {
      const user = await em.findOne(User, { id });
      if (!user) return refuse([{ field: 'id', code: 'NOT_FOUND' }], ctx);
      if (input.version != null && input.version !== user.version) {
        return refuse([{ field: 'version', code: 'STALE_VERSION', params: { current: user.version } }], ctx);
      }
      const before = userValues(user);
      const disabling = input.disabled === true && !user.disabled;
      em.assign(user, {
        ...definedOnly({ name: patch.value.name, role: patch.value.role, passwordHash }),
        ...(input.disabled == null ? {} : { disabled: input.disabled }),
      });
      await em.flush();
      if (passwordHash || disabling) {
        // A new password or a disabled account ends the account's other sessions at once.
        const keep = ctx.caller.sessionId;
        await em.nativeDelete(Session, keep ? { user: id, id: { $ne: keep } } : { user: id });
      }
      recordAudit(em, ctx.caller, {
        action: 'UPDATE',
        entityType: 'User',
        entityId: user.id,
        entityCode: auditCode(user),
        entityVersion: user.version,
        before,
        after: { ...userValues(user), ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      await em.flush();
      return { user, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const stored = await ctx.em.fork().findOne(User, { id });
    return refuse(
      [{ field: 'version', code: 'STALE_VERSION', params: { current: stored?.version ?? '?' } }],
      ctx,
    );
  }
}

const UserPayload = builder.objectRef<UserWritten>('UserPayload').implement({
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, resolve: (p) => p.user }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    email: t.string({ required: true, description: 'Unique; stored in lower case.' }),
    name: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
    password: t.string({
      required: true,
      description: 'At least 12 characters; stored only as an argon2 hash.',
    }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description:
    'Fields left out are kept. A new password or disabling the account signs it out everywhere else. ' +
    'You cannot remove your own ADMIN role or disable yourself.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ description: 'The version you read; if someone saved since, you get STALE_VERSION.' }),
    name: t.string(),
    role: t.field({ type: RoleEnum }),
    disabled: t.boolean(),
    password: t.string({ description: 'A new password (at least 12 characters).' }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserPayload,
    description: 'Creates an account. Admins only; an email already in use is DUPLICATE.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => createUser(ctx, input),
  }),
  updateUser: t.field({
    type: UserPayload,
    description: 'Renames an account, changes its role or password, or disables it. Admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => updateUser(ctx, input),
  }),
}));
