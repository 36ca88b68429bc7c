import { describe, expect, it } from 'vitest';
import { startAtSignIn } from './startAtSignIn';

function browser(hash: string) {
  const calls: { state: unknown; url: string | URL | null | undefined }[] = [];
  return {
    location: { hash },
    history: {
      replaceState: (state: unknown, _unused: string, url?: string | URL | null) =>
        calls.push({ state, url }),
    },
    calls,
  };
}
const signedIn = { checkAuth: async () => undefined };
const signedOut = {
  checkAuth: async () => {
    throw new Error('ra.auth.auth_check_error');
  },
};

describe('opening the panel', () => {
  it('leaves the address alone for a signed-in official', async () => {
    const b = browser('#/programs');
    expect(await startAtSignIn(signedIn, b.location, b.history)).toBe(true);
    expect(b.calls).toEqual([]);
  });

  it('opens on the sign-in page when signed out, remembering the page asked for', async () => {
    const b = browser('#/facilities/RmFjaWxpdHk6MQ/show?tab=1');
    expect(await startAtSignIn(signedOut, b.location, b.history)).toBe(false);
    expect(b.calls).toEqual([
      {
        state: {
          usr: { nextPathname: '/facilities/RmFjaWxpdHk6MQ/show', nextSearch: '?tab=1' },
          key: 'default',
          idx: 0,
        },
        url: '#/login',
      },
    ]);
  });

  it('goes to the sign-in page without a page to return to from the dashboard, and stays on it', async () => {
    const home = browser('');
    await startAtSignIn(signedOut, home.location, home.history);
    expect(home.calls).toEqual([{ state: null, url: '#/login' }]);
    const login = browser('#/login');
    await startAtSignIn(signedOut, login.location, login.history);
    expect(login.calls).toEqual([]);
  });
});
