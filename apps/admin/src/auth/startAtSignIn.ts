import type { AuthProvider } from 'react-admin';

/**
 * Before the panel first renders, asks whether a session exists (the one look-up the auth provider makes
 * per page load anyway) and, when none does, opens on the sign-in page, remembering the page that was asked
 * for so that signing in leads there.
 *
 * Without this, a signed-out load renders react-admin's protected routes first; they sign out and navigate
 * to the sign-in page while resetting the store, the reset re-renders the route that signs out again, and
 * every new sign-out interrupts the pending navigation before it renders. On this 2-core machine the sign-in
 * form then appeared after 10–30 s and 1,000–2,000 history entries.
 */
export async function startAtSignIn(
  authProvider: Pick<AuthProvider, 'checkAuth'>,
  location: Pick<Location, 'hash'> = window.location,
  history: Pick<History, 'replaceState'> = window.history,
): Promise<boolean> {
  const signedIn = await authProvider.checkAuth({}).then(
    () => true,
    () => false,
  );
  if (signedIn) return true;
  const asked = location.hash.replace(/^#/, '') || '/';
  if (asked.startsWith('/login')) return false;
  const [nextPathname = '/', query] = asked.split('?');
  // react-router keeps a location's state in history.state.usr; react-admin's sign-in reads nextPathname.
  const state =
    nextPathname === '/'
      ? null
      : { usr: { nextPathname, nextSearch: query ? `?${query}` : '' }, key: 'default', idx: 0 };
  history.replaceState(state, '', '#/login');
  return false;
}
