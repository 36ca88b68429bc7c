import { describe, expect, it } from 'vitest';
import { canAccessResource, canReadHistory } from './access';
import { createAuthProvider } from './authProvider';
import { session } from './session';

describe('which pages a role may open', () => {
  it.each([
    ['ADMIN', 'users', true],
    ['EDITOR', 'users', false],
    ['VIEWER', 'users', false],
    ['ADMIN', 'auditEvents', true],
    ['EDITOR', 'auditEvents', true],
    ['VIEWER', 'auditEvents', false],
    ['VIEWER', 'programs', true],
    [null, 'users', false],
    ['OWNER', 'auditEvents', false],
  ])('%s → %s: %s', (role, resource, allowed) => {
    expect(canAccessResource(role, resource)).toBe(allowed);
  });

  it('shows the History tab to editors and admins only', () => {
    expect(['ADMIN', 'EDITOR', 'VIEWER', null].map(canReadHistory)).toEqual([true, true, false, false]);
  });

  it("is the auth provider's canAccess, from the session's role", async () => {
    const editor = { id: 'VXNlcjoy', email: 'editor@gwangju.go.kr', name: '편집자', role: 'EDITOR' as const };
    session.set(editor, 'csrf');
    const auth = createAuthProvider(
      () => 'ko',
      async () => {
        throw new Error('no request expected');
      },
    );
    await expect(auth.canAccess!({ resource: 'users', action: 'list' })).resolves.toBe(false);
    await expect(auth.canAccess!({ resource: 'auditEvents', action: 'list' })).resolves.toBe(true);
    await expect(auth.getPermissions!({})).resolves.toBe('EDITOR');
    session.clear();
  });
});
