import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import pLimit from 'p-limit';
import sirv from 'sirv';
import { DEFAULT_API_CONCURRENCY } from '../config.js';
import { serveHealth } from '../http/health.js';
import { createLifecycle } from '../http/lifecycle.js';
import { ADMIN_CSP, bodyLimitOf, GRAPHIQL_CSP, SECURITY_HEADERS } from '../http/limits.js';
import { createGraphQL, type YogaOptions } from './yoga.js';

/** Where the built admin panel lives (the @bitgoeul/admin package's dist/). */
export function adminDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('@bitgoeul/admin/package.json');
    const dir = join(dirname(pkg), 'dist');
    return existsSync(join(dir, 'index.html')) ? dir : null;
  } catch {
    return null;
  }
}

export interface AppOptions extends Pick<YogaOptions, 'corsOrigins' | 'publicIntrospection' | 'rateLimit'> {
  orm: MikroORM;
  exposeErrors?: boolean;
  adminDir?: string | null;
  /** API requests worked on at once (BITGOEUL_API_CONCURRENCY); later ones queue in arrival order. */
  concurrency?: number;
}

/**
 * One HTTP server for both: GraphQL at /graphql, the admin panel at /. Unknown admin paths fall
 * back to index.html so that the panel's client-side routes survive a reload.
 */
export function createApp({
  orm,
  exposeErrors,
  adminDir = adminDistDir(),
  concurrency = DEFAULT_API_CONCURRENCY,
  ...guards
}: AppOptions) {
  const yoga = createGraphQL({ orm, exposeErrors, ...guards });
  // Admission control: every request admitted at once interleaves with all the others, so under a
  // burst each one finishes late and some very late (the event loop serves them in no fair order).
  // A bounded number at a time, first come first served, keeps the slowest answers near the typical
  // ones; a slot is held until the response is finished or the client has gone. The close is
  // watched from arrival: a client that leaves while queued has already closed when its turn comes,
  // and its slot must come straight back rather than wait for an event that has passed.
  const admit = pLimit(concurrency);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const closed = new Promise<void>((done) => res.once('close', () => done()));
    return admit(() => {
      if (!res.destroyed && !req.destroyed) void yoga(req, res);
      return closed;
    });
  };
  const admin = adminDir
    ? sirv(adminDir, { single: true, etag: true, gzip: false, immutable: false })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The admin panel is not built. Run `npm run build` (or `npm start`, which builds it).\n');
      };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0]!;
    // Health first: no caller, no admission queue, no limits; /readyz says 503 while draining.
    if (lifecycle.draining) res.setHeader('connection', 'close');
    if (serveHealth(path, req, res, { orm, draining: () => lifecycle.draining })) return;
    // While stopping: 503 with Retry-After; otherwise counted until answered (queued ones too).
    if (!lifecycle.admit(req, res)) return;
    const api =
      path === yoga.graphqlEndpoint ||
      path.startsWith(`${yoga.graphqlEndpoint}/`) ||
      path.startsWith('/auth/');
    if (!api) {
      res.setHeader('content-security-policy', ADMIN_CSP);
      admin(req, res, () => {
        res.writeHead(404).end();
      });
      return;
    }
    if (req.method === 'POST') {
      // Refuse oversized bodies before reading them; a body of unknown length cannot be bounded up front.
      const length = req.headers['content-length'];
      if (length === undefined) return void res.writeHead(411).end('Content-Length required\n');
      const limit = bodyLimitOf(req.headers['content-type'], path === yoga.graphqlEndpoint);
      if (Number(length) > limit) return void res.writeHead(413).end(`Request body over ${limit} bytes\n`);
    }
    if (req.method === 'GET' && req.headers.accept?.includes('text/html')) {
      res.setHeader('content-security-policy', GRAPHIQL_CSP);
    }
    void serve(req, res);
  });
  // Keep-alive longer than a load balancer's idle timeout (60 s is common): the balancer, not the
  // server, closes an idle connection, so it never sends a request on one the server is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const lifecycle = createLifecycle(server);
  return { server, yoga, lifecycle };
}
