import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { pickLocale } from '@bitgoeul/domain';
import { FAULT_RETRY_AFTER_SECONDS } from '../db/faults.js';

export const DRAINING_MESSAGE = {
  ko: '서버가 다시 시작하는 중입니다. 잠시 후 다시 시도하세요.',
  en: 'The server is restarting; try again in a moment.',
} as const;

export interface DrainResult {
  /** True when the timeout ran out with requests still unfinished (they were cut). */
  forced: boolean;
  /** Requests still unfinished when the drain ended (0 unless forced). */
  unfinished: number;
}

export interface Lifecycle {
  readonly draining: boolean;
  /** Requests accepted and not yet answered, queued for admission or being worked on. */
  readonly inFlight: number;
  /**
   * Called first for every request. While draining it answers the request itself (503, Retry-After,
   * `connection: close`) and returns false; otherwise it counts the request until its response ends.
   */
  admit(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `timeoutMs`), then
   * closes every connection still open: idle keep-alive ones, and when forced the unfinished ones.
   */
  drain(timeoutMs: number): Promise<DrainResult>;
}

/**
 * The server's stop, as a load balancer needs it: what was accepted is finished, what arrives on a
 * kept-alive connection meanwhile is told to come back (503 with Retry-After) and the connection is
 * closed with it, so the client retries on a fresh one — to another instance.
 */
export function createLifecycle(server: Server): Lifecycle {
  let draining = false;
  let inFlight = 0;
  const sockets = new Set<Socket>();
  /** Unfinished responses per connection: a connection without any is idle. */
  const busy = new Map<Socket, number>();
  const unfinished = new Set<ServerResponse>();
  let settle: (() => void) | null = null;

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      busy.delete(socket);
    });
  });

  const closeIfIdle = (socket: Socket) => {
    if (draining && !busy.get(socket)) socket.end();
  };

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    admit(req, res) {
      const socket = req.socket;
      if (draining) {
        const locale = pickLocale(req.headers['accept-language']);
        const refuse = () => {
          res.writeHead(503, {
            'content-type': 'application/json; charset=utf-8',
            'retry-after': String(FAULT_RETRY_AFTER_SECONDS),
            'cache-control': 'no-store',
            connection: 'close',
          });
          res.end(
            JSON.stringify({
              errors: [{ message: DRAINING_MESSAGE[locale], extensions: { code: 'SERVICE_UNAVAILABLE' } }],
            }),
          );
        };
        // The body is read first: closing a connection with unread bytes resets it, and the client
        // would see ECONNRESET instead of the 503 (the body limit bounds what is read).
        if (req.complete) refuse();
        else {
          req.once('end', refuse);
          req.resume();
        }
        return false;
      }
      inFlight += 1;
      unfinished.add(res);
      busy.set(socket, (busy.get(socket) ?? 0) + 1);
      res.once('close', () => {
        inFlight -= 1;
        unfinished.delete(res);
        busy.set(socket, (busy.get(socket) ?? 1) - 1);
        closeIfIdle(socket);
        if (inFlight === 0) settle?.();
      });
      return true;
    },
    async drain(timeoutMs) {
      draining = true;
      // net.Server's close, not http.Server's: that one also drops idle keep-alive connections at
      // once, and a request already on its way on one would be cut instead of answered 503.
      NetServer.prototype.close.call(server);
      // Responses not yet begun tell their client not to reuse the connection.
      for (const res of unfinished) if (!res.headersSent) res.setHeader('connection', 'close');
      if (inFlight > 0) {
        await new Promise<void>((done) => {
          const timer = setTimeout(done, timeoutMs);
          settle = () => {
            clearTimeout(timer);
            done();
          };
        });
      }
      const left = inFlight;
      for (const socket of sockets) {
        if (left > 0) socket.destroy();
        else socket.end();
      }
      return { forced: left > 0, unfinished: left };
    },
  };
}
