import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { FAULT_RETRY_AFTER_SECONDS } from '../db/faults.js';

/** How long readiness waits for the database to answer `select 1`. */
export const READY_TIMEOUT_MS = 2000;

export type DatabaseState = 'ok' | 'unavailable' | 'timeout';

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function databaseState(orm: MikroORM, timeoutMs = READY_TIMEOUT_MS): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DatabaseState>((done) => {
    timer = setTimeout(() => done('timeout'), timeoutMs);
  });
  const answer = orm.em
    .getConnection()
    .execute('select 1')
    .then(
      () => 'ok' as const,
      () => 'unavailable' as const,
    );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(status === 503 ? { 'retry-after': String(FAULT_RETRY_AFTER_SECONDS) } : {}),
  });
  res.end(JSON.stringify(body));
};

/**
 * GET /healthz: the process lives (200 whatever the database does; restarting it would not help).
 * GET /readyz: send it traffic — the database answers and the server is not stopping; otherwise 503
 * with Retry-After and a body that says which. Neither needs a caller nor waits for admission.
 */
export function serveHealth(
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  ready: { orm: MikroORM; draining: () => boolean; timeoutMs?: number },
): boolean {
  if (path !== '/healthz' && path !== '/readyz') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  if (path === '/healthz') {
    send(res, 200, { status: 'ok' });
    return true;
  }
  void databaseState(ready.orm, ready.timeoutMs).then((database) => {
    const draining = ready.draining();
    const ok = database === 'ok' && !draining;
    send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', database, draining });
  });
  return true;
}
