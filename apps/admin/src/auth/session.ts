import type { Role } from '@bitgoeul/domain';

/**
 * What the panel knows about its session. The session cookie itself is httpOnly (scripts never
 * see it); the CSRF token it came with is kept here, in memory only, and sent on every request
 * that can change something.
 */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

let current: { user: SessionUser; csrfToken: string } | null = null;

export const session = {
  get: () => current,
  set: (user: SessionUser, csrfToken: string) => {
    current = { user, csrfToken };
  },
  clear: () => {
    current = null;
  },
  csrfHeader: (): Record<string, string> => (current ? { 'X-CSRF-Token': current.csrfToken } : {}),
};
