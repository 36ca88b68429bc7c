import { Role, roleIncludes } from '@bitgoeul/domain';

/**
 * Which pages a role may open, for react-admin's `canAccess` (it hides menu entries and buttons and turns
 * a typed-in address into "access denied"). Only the pages that the API itself reserves are closed here:
 * account management is for admins, the audit log for editors and admins. Every other resource is open
 * to anyone signed in; the API refuses a write a role may not make, with its own message.
 */
const RESERVED: Readonly<Record<string, Role>> = {
  users: 'ADMIN',
  auditEvents: 'EDITOR',
};

export function canAccessResource(role: unknown, resource: string | undefined): boolean {
  const needed = resource ? RESERVED[resource] : undefined;
  if (!needed) return true;
  return Role.is(role) && roleIncludes(role, needed);
}

/** Histories and restores (the `history` fields, `restoreRecord`) are for editors and admins. */
export const canReadHistory = (role: unknown): boolean => Role.is(role) && roleIncludes(role, 'EDITOR');

/** Writes to records (placing a facility on the map among them) are for editors and admins. */
export const canEditRecords = (role: unknown): boolean => Role.is(role) && roleIncludes(role, 'EDITOR');
