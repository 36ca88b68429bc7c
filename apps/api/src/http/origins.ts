import type { CORSOptions } from 'graphql-yoga';

/**
 * The server's own origin as the browser sees it: the request's scheme and Host (whatever a proxy in
 * front passed on; `X-Forwarded-Proto: https` when it ends TLS, as for the cookie's Secure flag).
 */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  if (request.headers.get('x-forwarded-proto') === 'https') url.protocol = 'https:';
  return url.origin;
}

/**
 * Where a request says it comes from: `same` (this server or a listed origin), `foreign` (another
 * page — a sibling port or subdomain is same-*site*, so SameSite cookies do not stop it) or `unknown`
 * (neither Origin nor Sec-Fetch-Site: not a browser page, since current browsers send Origin on every
 * POST and Sec-Fetch-Site on every request).
 */
export function requestOrigin(request: Request, listed: ReadonlySet<string>): 'same' | 'foreign' | 'unknown' {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === ownOrigin(request) || listed.has(origin) ? 'same' : 'foreign';
  const site = request.headers.get('sec-fetch-site');
  if (site === null) return 'unknown';
  return site === 'same-origin' || site === 'none' ? 'same' : 'foreign';
}

/**
 * Yoga's CORS, answered per request: headers (with credentials) only for a listed origin, none at all
 * for any other, so a foreign page's browser withholds the response from it. Yoga's default would echo
 * whatever Origin came, with credentials.
 */
export function corsFor(listed: ReadonlySet<string>) {
  return (request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin');
    if (origin === null || !listed.has(origin)) return false;
    return {
      origin,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'accept-language', 'authorization', 'x-csrf-token'],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    };
  };
}
