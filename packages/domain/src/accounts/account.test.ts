import { describe, expect, it } from 'vitest';
import { roleIncludes, validateUser } from './account.js';

describe('accounts', () => {
  it('ranks roles: admin ⊇ editor ⊇ viewer', () => {
    expect(roleIncludes('ADMIN', 'EDITOR')).toBe(true);
    expect(roleIncludes('EDITOR', 'EDITOR')).toBe(true);
    expect(roleIncludes('EDITOR', 'ADMIN')).toBe(false);
    expect(roleIncludes('VIEWER', 'EDITOR')).toBe(false);
  });

  it('normalises the email and accepts a long passphrase', () => {
    const result = validateUser({
      email: ' Kim@Gwangju.go.kr ',
      name: '김 주무관',
      role: 'EDITOR',
      password: 'correct horse battery',
    });
    expect(result).toMatchObject({ ok: true, value: { email: 'kim@gwangju.go.kr' } });
  });

  it.each([
    [{ email: 'not-an-email' }, 'email', 'INVALID_FORMAT'],
    [{ password: 'short' }, 'password', 'TOO_SHORT'],
    [{ role: 'OWNER' }, 'role', 'UNKNOWN_CODE'],
    [{ name: '  ' }, 'name', 'BLANK'],
  ])('refuses %j', (change, field, code) => {
    const result = validateUser({ email: 'a@b.kr', name: '김', role: 'VIEWER', ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ field, code }));
  });
});
