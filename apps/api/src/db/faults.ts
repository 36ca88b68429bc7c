/**
 * Infrastructure faults: failures of the store or of the process around it, not of the request
 * and not of our code. A caller can do nothing about them but try again a little later, so they
 * are answered 503 with Retry-After instead of a masked "Unexpected error.".
 */
export type FaultKind =
  /** The database cannot be reached or went away (down, refused, restarting, connection lost). */
  | 'unavailable'
  /** Another writer held the lock for longer than we wait (SQLite busy/locked, PostgreSQL lock timeout). */
  | 'busy'
  /** No room to write (SQLite full, PostgreSQL disk_full, ENOSPC). */
  | 'full'
  /** Every connection of the pool stayed in use for longer than a request waits for one. */
  | 'exhausted'
  /** The store has been closed: the process is stopping. */
  | 'closed';

export interface Fault {
  kind: FaultKind;
  /** The driver's code (SQLITE_BUSY, 57P01, ECONNREFUSED, …), for the log. */
  code: string | null;
  /** The driver's own words, without the SQL statement (which can carry the values written). */
  message: string;
}

/** PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const PG_STATES: Readonly<Record<string, FaultKind>> = {
  '53000': 'unavailable', // insufficient_resources
  '53100': 'full', // disk_full
  '53200': 'unavailable', // out_of_memory
  '53300': 'exhausted', // too_many_connections
  '55P03': 'busy', // lock_not_available
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now
  '58030': 'full', // io_error (typically a failing or full disk)
};

/** Operating-system error codes from the socket or the file system. */
const ERRNOS: Readonly<Record<string, FaultKind>> = {
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ECONNABORTED: 'unavailable',
  ETIMEDOUT: 'unavailable',
  EPIPE: 'unavailable',
  EHOSTUNREACH: 'unavailable',
  ENETUNREACH: 'unavailable',
  EAI_AGAIN: 'unavailable',
  ENOSPC: 'full',
  EDQUOT: 'full',
};

/** Messages of drivers and pools that carry no code of their own. */
const MESSAGES: readonly [RegExp, FaultKind][] = [
  [
    /Connection terminated|connection error and is not queryable|Connection ended unexpectedly/i,
    'unavailable',
  ],
  [/Timeout acquiring a connection|pool is probably full/i, 'exhausted'],
  [/Unable to acquire a connection|pool is destroyed|The database connection is not open/i, 'closed'],
];

function classifyOne(error: Record<string, unknown>): FaultKind | null {
  const code = typeof error.code === 'string' ? error.code : null;
  if (code) {
    // SQLite's extended codes refine the primary one: SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE, …
    if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return 'busy';
    if (code === 'SQLITE_FULL') return 'full';
    if (code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') return 'full';
    if (PG_STATES[code]) return PG_STATES[code];
    // Class 08: connection exceptions.
    if (/^08[0-9A-Z]{3}$/.test(code)) return 'unavailable';
    if (ERRNOS[code]) return ERRNOS[code];
  }
  if (error.name === 'KnexTimeoutError' || error.name === 'TimeoutError') return 'exhausted';
  const message = typeof error.message === 'string' ? error.message : '';
  for (const [pattern, kind] of MESSAGES) if (pattern.test(message)) return kind;
  return null;
}

/** The driver's message without the statement knex puts in front of it ("insert … - database is locked"). */
const withoutSql = (message: string) => {
  const cut = message.lastIndexOf(' - ');
  return (cut >= 0 ? message.slice(cut + 3) : message).slice(0, 300);
};

/**
 * The fault behind an error, looking through what wraps it (`originalError` of a GraphQL error,
 * `cause`, the errors of an AggregateError such as Node's for a refused dual-stack connect), or
 * null when it is not an infrastructure fault — a bug, or a refusal that trying again will not cure.
 */
export function classifyFault(error: unknown): Fault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    const kind = classifyOne(record);
    if (kind) {
      const code = typeof record.code === 'string' ? record.code : null;
      const message = typeof record.message === 'string' ? withoutSql(record.message) : '';
      return { kind, code, message };
    }
    queue.push(record.originalError, record.cause);
    if (Array.isArray(record.errors)) queue.push(...record.errors);
  }
  return null;
}

/** How long a caller is asked to wait before trying again after a fault (the Retry-After header). */
export const FAULT_RETRY_AFTER_SECONDS = 5;

/** What the caller is told about a fault: that it is passing, never what it was. */
export const FAULT_MESSAGE = {
  ko: '일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도하세요.',
  en: 'The service is temporarily unavailable; try again in a moment.',
} as const;
