import { validateUser } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import { User } from './account.entity.js';
import { hashPassword } from './passwords.js';
import { newSecret } from './secrets.js';

export interface FirstAdmin {
  email: string;
  /** Set only when the password was generated here and must be shown once. */
  generatedPassword: string | null;
}

/**
 * On a database without accounts, creates the first administrator from BITGOEUL_ADMIN_EMAIL and
 * BITGOEUL_ADMIN_PASSWORD, or with a random password to print once. Does nothing afterwards.
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  env: NodeJS.ProcessEnv,
): Promise<FirstAdmin | null> {
  if ((await em.count(User, {})) > 0) return null;
  const generatedPassword = env.BITGOEUL_ADMIN_PASSWORD ? null : newSecret(18);
  const checked = validateUser({
    email: env.BITGOEUL_ADMIN_EMAIL || 'admin@bitgoeul.local',
    name: '관리자',
    role: 'ADMIN',
    password: env.BITGOEUL_ADMIN_PASSWORD ?? generatedPassword,
  });
  if (!checked.ok) {
    const fields = checked.issues.map((issue) => `${issue.field} (${issue.code})`).join(', ');
    throw new Error(`BITGOEUL_ADMIN_EMAIL / BITGOEUL_ADMIN_PASSWORD are not acceptable: ${fields}`);
  }
  const { email, name, role, password } = checked.value;
  em.create(User, { email, name, role, passwordHash: await hashPassword(password!) });
  await em.flush();
  return { email, generatedPassword };
}
