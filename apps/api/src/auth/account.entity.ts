import type { Role } from '@bitgoeul/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionAndTimestamps } from '../db/base.entity.js';

export const User = defineEntity({
  name: 'User',
  tableName: 'user',
  properties: {
    ...uuidKey,
    email: p.string().length(254).unique(),
    name: p.string().length(100),
    role: p.string().length(16).$type<Role>(),
    passwordHash: p.string().length(200).hidden(),
    disabled: p.boolean().default(false),
    ...versionAndTimestamps,
  },
});
export type UserEntity = InferEntity<typeof User>;

export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.string().length(64).primary(),
    user: () => p.manyToOne(User).ref(),
    csrfToken: p.string().length(64),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export type SessionEntity = InferEntity<typeof Session>;

export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    ...uuidKey,
    user: () => p.manyToOne(User).ref(),
    name: p.string().length(100),
    tokenHash: p.string().length(64).unique().hidden(),
    prefix: p.string().length(16),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiTokenEntity = InferEntity<typeof ApiToken>;

export const SignInThrottle = defineEntity({
  name: 'SignInThrottle',
  tableName: 'sign_in_throttle',
  properties: {
    key: p.string().length(300).primary(),
    failures: p.integer().default(0),
    blockedUntil: p.datetime().nullable(),
    updatedAt: p.datetime(),
  },
});
export type SignInThrottleEntity = InferEntity<typeof SignInThrottle>;
