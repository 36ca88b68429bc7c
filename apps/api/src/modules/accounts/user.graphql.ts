import { Role } from '@bitgoeul/domain';
import { type ApiTokenEntity, User, type UserEntity } from '../../auth/account.entity.js';
import { isStoreId } from '../../db/ids.js';
import { builder } from '../../graphql/builder.js';
import { codeListEnum, decodeId } from '../../graphql/common.js';
import { connectionQuery } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { type UserFilterInput, userRepository, userWhere } from './user.repository.js';

export const RoleEnum = codeListEnum(Role);

const isSelf = (userId: string, ctx: Context) => ctx.caller.user?.id === userId;

// Declared before they are implemented because a user lists its tokens and a token names its user.
export const UserRef = builder.loadableNodeRef('User', {
  id: { resolve: (user: UserEntity) => user.id },
  load: (ids: string[], ctx) => userRepository.byIds(ctx.em, ids),
});

export const ApiTokenRef = builder.loadableNodeRef('ApiToken', {
  id: { resolve: (token: ApiTokenEntity) => token.id },
  load: (ids: string[], ctx) => userRepository.tokensByIds(ctx.em, ids),
});

UserRef.implement({
  description: 'A person who signs in to Bitgoeul, with a role. The password is never readable.',
  // Every path to an account (me, users, node(id), an audit event's author) passes this check:
  // one's own account, or anyone's for editors and admins, who see authors in the audit log.
  authScopes: (user, ctx) => (isSelf(user.id, ctx) ? true : { editor: true }),
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    disabled: t.exposeBoolean('disabled', {
      description: 'A disabled account can neither sign in nor use its tokens.',
    }),
    tokens: t.loadableGroup({
      type: ApiTokenRef,
      description:
        'Personal API tokens, newest first (revoked and expired ones included). Admins, or the owner.',
      authScopes: (user, _args, ctx) => (isSelf(user.id, ctx) ? true : { admin: true }),
      load: (userIds: string[], ctx) => userRepository.tokensOf(ctx.em, userIds),
      group: (token) => (token as ApiTokenEntity).user.id,
      resolve: (u) => u.id,
    }),
    version: t.exposeInt('version', {
      description: 'Send it back with updateUser to detect concurrent edits.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

ApiTokenRef.implement({
  description:
    'A personal API token: send it as `Authorization: Bearer <secret>`. Only its hash is stored; the secret is shown once, when issued.',
  authScopes: (token, ctx) => (isSelf(token.user.id, ctx) ? true : { admin: true }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the token is for, e.g. the integration using it.' }),
    prefix: t.exposeString('prefix', {
      description: 'The first characters of the secret, to tell tokens apart.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the token last authenticated a request (to the minute).',
    }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    user: t.field({ type: UserRef, resolve: (token) => token.user.id }),
  }),
});

const UserFilter = builder.inputRef<UserFilterInput>('UserFilter').implement({
  description: 'Every condition given must hold.',
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive part of the email or the name.' }),
    role: t.field({ type: RoleEnum }),
    disabled: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: UserRef,
    nullable: true,
    description: 'The account making the request (by session or API token); null when anonymous.',
    resolve: (_, __, ctx) => ctx.caller.user,
  }),
  user: t.field({
    type: UserRef,
    description: 'One account by its global id; an unknown id is a NOT_FOUND error. Admins only.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      const id = decodeId(args.id, 'User');
      const [user] = isStoreId(id) ? await userRepository.byIds(ctx.em, [id]) : [];
      if (!user || user instanceof Error) throw notFound('User', String(args.id));
      return user;
    },
  }),
}));

connectionQuery({
  field: 'users',
  name: 'User',
  type: UserRef,
  description: 'Accounts by email, 20 a page by default (at most 100). Admins only.',
  authScopes: { admin: true },
  offsetDescription: 'Skip this many accounts (page-number screens); not with after/before.',
  filter: UserFilter,
  order: { fixed: [{ email: 'asc' }, { id: 'asc' }] },
  entity: User,
  where: (args) => userWhere(args.filter),
});
