import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import sirv from 'sirv';
import { createGraphQL } from '../graphql/yoga.js';
import { ADMIN_CSP, GRAPHIQL_CSP, MAX_BODY_BYTES, SECURITY_HEADERS } from './limits.js';

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

export interface AppOptions {
  orm: MikroORM;
  exposeErrors?: boolean;
  adminDir?: string | null;
}

/**
 * One HTTP server for both: GraphQL at /graphql, the admin panel at /. Unknown admin paths fall
 * back to index.html so that the panel's client-side routes survive a reload.
 */
export function createApp({ orm, exposeErrors, adminDir = adminDistDir() }: AppOptions) {
  const yoga = createGraphQL({ orm, exposeErrors });
  const admin = adminDir
    ? sirv(adminDir, { single: true, etag: true, gzip: false, immutable: false })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The admin panel is not built. Run `npm run build` (or `npm start`, which builds it).\n');
      };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0]!;
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
      if (Number(length) > MAX_BODY_BYTES) {
        return void res.writeHead(413).end(`Request body over ${MAX_BODY_BYTES} bytes\n`);
      }
    }
    if (req.method === 'GET' && req.headers.accept?.includes('text/html')) {
      res.setHeader('content-security-policy', GRAPHIQL_CSP);
    }
    void yoga(req, res);
  });
  return { server, yoga };
}
