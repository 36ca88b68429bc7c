import type { EntityManager } from '@mikro-orm/core';
import { SignInThrottle } from './account.entity.js';

/** Failures allowed before sign-in slows down, and the longest wait a block can reach. */
export const FREE_FAILURES = 5;
export const MAX_BLOCK_MS = 15 * 60 * 1000;

/** 1 s after the fifth failure, then doubling: 2 s, 4 s, … up to 15 minutes. */
export function blockFor(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_BLOCK_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

export const throttleKeys = (email: string, address: string | null) => [
  `email:${email.trim().toLowerCase()}`,
  ...(address ? [`ip:${address}`] : []),
];

/** Milliseconds until sign-in may be tried again for any of the keys (0 when not blocked). */
export async function blockedFor(
  em: EntityManager,
  keys: readonly string[],
  now = new Date(),
): Promise<number> {
  const rows = await em.find(SignInThrottle, { key: { $in: [...keys] } });
  return Math.max(
    0,
    ...rows.map((row) => (row.blockedUntil ? row.blockedUntil.getTime() - now.getTime() : 0)),
  );
}

export async function recordFailure(
  em: EntityManager,
  keys: readonly string[],
  now = new Date(),
): Promise<void> {
  for (const key of keys) {
    const row =
      (await em.findOne(SignInThrottle, { key })) ??
      em.create(SignInThrottle, { key, failures: 0, updatedAt: now });
    row.failures += 1;
    row.updatedAt = now;
    const wait = blockFor(row.failures);
    row.blockedUntil = wait > 0 ? new Date(now.getTime() + wait) : null;
  }
  await em.flush();
}

/** A successful sign-in clears the account's counter (the address keeps its own). */
export async function clearFailures(em: EntityManager, email: string): Promise<void> {
  await em.nativeDelete(SignInThrottle, { key: `email:${email.trim().toLowerCase()}` });
}
