import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseKinds, type TestDatabase } from '../../test/databases.js';
import { initORM } from '../wiring/orm.js';
import { ApiToken, User } from './account.entity.js';
import { callerFromSession, callerFromToken, issueToken, signIn, signOut } from './accounts.js';
import { ensureFirstAdmin } from './bootstrap.js';
import { hashPassword } from './passwords.js';
import { blockFor, FREE_FAILURES } from './throttle.js';
import { TOKEN_CACHE_TTL_MS } from './token-cache.js';

describe('sign-in backoff', () => {
  it('lets five failures pass, then doubles the wait up to fifteen minutes', () => {
    expect(blockFor(FREE_FAILURES - 1)).toBe(0);
    expect(blockFor(FREE_FAILURES)).toBe(1000);
    expect(blockFor(FREE_FAILURES + 3)).toBe(8000);
    expect(blockFor(100)).toBe(15 * 60 * 1000);
  });
});

describe.each(databaseKinds)('accounts on $name', (kind) => {
  let orm: MikroORM;
  let database: TestDatabase;
  const PASSWORD = 'a long enough passphrase';
  beforeAll(async () => {
    database = await kind.create();
    orm = await initORM(database.config, { quiet: true, seed: false });
    const em = orm.em.fork();
    em.create(User, {
      email: 'editor@gwangju.go.kr',
      name: '편집자',
      role: 'EDITOR',
      passwordHash: await hashPassword(PASSWORD),
    });
    await em.flush();
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it('creates the first admin once, from the environment or with a printed random password', async () => {
    const fresh = await kind.create();
    const other = await initORM(fresh.config, { quiet: true, seed: false });
    try {
      const first = await ensureFirstAdmin(other.em.fork(), {});
      expect(first).toMatchObject({ email: 'admin@bitgoeul.local' });
      expect(first!.generatedPassword!.length).toBeGreaterThanOrEqual(20);
      const signedIn = await signIn(other.em.fork(), 'admin@bitgoeul.local', first!.generatedPassword!, null);
      expect(signedIn.ok).toBe(true);
      expect(await ensureFirstAdmin(other.em.fork(), { BITGOEUL_ADMIN_EMAIL: 'x@y.kr' })).toBeNull();
      await expect(ensureFirstAdmin(orm.em.fork(), {})).resolves.toBeNull();
    } finally {
      await other.close(true);
      await fresh.drop();
    }
  });

  it('refuses a weak configured admin password with a message naming the variable', async () => {
    const fresh = await kind.create();
    const other = await initORM(fresh.config, { quiet: true, seed: false });
    try {
      await expect(ensureFirstAdmin(other.em.fork(), { BITGOEUL_ADMIN_PASSWORD: 'short' })).rejects.toThrow(
        /BITGOEUL_ADMIN_PASSWORD.*password \(TOO_SHORT\)/,
      );
    } finally {
      await other.close(true);
      await fresh.drop();
    }
  });

  it('gives a wrong password and an unknown email the same answer', async () => {
    const wrong = await signIn(orm.em.fork(), 'editor@gwangju.go.kr', 'not the passphrase', '10.0.0.1');
    const unknown = await signIn(orm.em.fork(), 'nobody@gwangju.go.kr', PASSWORD, '10.0.0.2');
    expect(wrong).toEqual({ ok: false, reason: 'INVALID' });
    expect(unknown).toEqual(wrong);
  });

  it('opens a session that identifies the user, and closes it on sign-out', async () => {
    const result = await signIn(orm.em.fork(), ' Editor@Gwangju.go.kr ', PASSWORD, '10.0.0.3');
    if (!result.ok) throw new Error('sign-in failed');
    const caller = await callerFromSession(orm.em.fork(), result.cookie);
    expect(caller).toMatchObject({ via: 'session', user: { email: 'editor@gwangju.go.kr', role: 'EDITOR' } });
    expect(caller.csrfToken).toBe(result.csrfToken);
    await signOut(orm.em.fork(), caller.sessionId!);
    expect((await callerFromSession(orm.em.fork(), result.cookie)).user).toBeNull();
    expect((await callerFromSession(orm.em.fork(), 'forged-cookie')).user).toBeNull();
  });

  it('backs off after repeated failures, even for the right password, per account and per address', async () => {
    const em = orm.em.fork();
    em.create(User, {
      email: 'target@gwangju.go.kr',
      name: '대상',
      role: 'VIEWER',
      passwordHash: await hashPassword(PASSWORD),
    });
    await em.flush();
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await signIn(orm.em.fork(), 'target@gwangju.go.kr', 'wrong passphrase!', `10.1.0.${i}`)).toEqual(
        {
          ok: false,
          reason: 'INVALID',
        },
      );
    }
    const blocked = await signIn(orm.em.fork(), 'target@gwangju.go.kr', PASSWORD, '10.9.9.9');
    expect(blocked).toMatchObject({ ok: false, reason: 'THROTTLED' });
    // One address guessing at many accounts is slowed down too.
    for (let i = 0; i < FREE_FAILURES; i++)
      await signIn(orm.em.fork(), `guess${i}@gwangju.go.kr`, 'x', '10.2.2.2');
    expect(await signIn(orm.em.fork(), 'editor@gwangju.go.kr', PASSWORD, '10.2.2.2')).toMatchObject({
      reason: 'THROTTLED',
    });
  });

  it('accepts an issued API token and refuses forged, revoked and expired ones', async () => {
    const em = orm.em.fork();
    const user = await em.findOneOrFail(User, { email: 'editor@gwangju.go.kr' });
    const { token, secret } = await issueToken(em, user, '통계 연계', null);
    expect(secret.startsWith('bgl_')).toBe(true);
    expect(token.tokenHash).not.toContain(secret);
    const caller = await callerFromToken(orm.em.fork(), secret);
    expect(caller).toMatchObject({ via: 'token', user: { email: 'editor@gwangju.go.kr' } });
    expect((await orm.em.fork().findOneOrFail(ApiToken, { id: token.id })).lastUsedAt).toBeInstanceOf(Date);

    expect(await callerFromToken(orm.em.fork(), `${secret}x`)).toBeNull();
    expect(await callerFromToken(orm.em.fork(), 'Bearer nonsense')).toBeNull();
    // Revoked through the API's own write: refused on the very next look-up, remembered or not.
    const revoking = orm.em.fork();
    (await revoking.findOneOrFail(ApiToken, { id: token.id })).revokedAt = new Date();
    await revoking.flush();
    expect(await callerFromToken(orm.em.fork(), secret)).toBeNull();

    const expired = await issueToken(orm.em.fork(), user, '만료', new Date(Date.now() - 1000));
    expect(await callerFromToken(orm.em.fork(), expired.secret)).toBeNull();
  });

  it('remembers a token look-up for a few seconds, forgets it on any account write, and sees a change made behind its back once the few seconds pass', async () => {
    const user = await orm.em.fork().findOneOrFail(User, { email: 'editor@gwangju.go.kr' });
    const { token, secret } = await issueToken(orm.em.fork(), user, '캐시', null);
    expect(await callerFromToken(orm.em.fork(), secret)).toMatchObject({ via: 'token' });

    // Remembered: a second look-up reads nothing from the store, and gives a managed owner.
    const again = orm.em.fork();
    const reads = vi.spyOn(again.getConnection(), 'execute');
    const caller = await callerFromToken(again, secret);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(caller?.user).toMatchObject({ email: 'editor@gwangju.go.kr', role: user.role });
    expect(again.getUnitOfWork().getById('User', caller!.user!.id)).toBe(caller!.user);

    // Disabling the owner through the API's write is seen on the next request.
    const disabling = orm.em.fork();
    (await disabling.findOneOrFail(User, { id: user.id })).disabled = true;
    await disabling.flush();
    expect(await callerFromToken(orm.em.fork(), secret)).toBeNull();
    const enabling = orm.em.fork();
    (await enabling.findOneOrFail(User, { id: user.id })).disabled = false;
    await enabling.flush();
    expect(await callerFromToken(orm.em.fork(), secret)).toMatchObject({ via: 'token' });
    // …and once that write's transaction has ended, look-ups are remembered again.
    const remembered = orm.em.fork();
    const rereads = vi.spyOn(remembered.getConnection(), 'execute');
    expect(await callerFromToken(remembered, secret)).toMatchObject({ user: { disabled: false } });
    expect(rereads).not.toHaveBeenCalled();
    rereads.mockRestore();

    // Revoked directly in the store, behind the API's back: still remembered for a moment, refused after.
    await orm.em.fork().nativeUpdate(ApiToken, { id: token.id }, { revokedAt: new Date() });
    const later = new Date(Date.now() + TOKEN_CACHE_TTL_MS + 1);
    expect(await callerFromToken(orm.em.fork(), secret, later)).toBeNull();
  });
});
