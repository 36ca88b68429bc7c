import { setTimeout as sleep } from 'node:timers/promises';
import { BetterSqliteConnection, BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Configuration } from '@mikro-orm/core';
import { BetterSqliteKnexDialect } from '@mikro-orm/knex';
import type BetterSqlite3 from 'better-sqlite3';

/** How long a write waits for another connection's lock before it gives up (SQLITE_BUSY). */
export const DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Begins a write transaction, waiting for an outside lock without stopping the process. SQLite's
 * own busy timeout sleeps inside the (synchronous) driver call, so the event loop would stand still
 * for as long as the lock is held: no other request, health check or signal would be served. Here
 * the wait is asynchronous: BEGIN IMMEDIATE is tried with no busy timeout and tried again after a
 * short pause, until the connection's busy timeout has passed; then SQLITE_BUSY goes to the caller.
 */
async function beginImmediate(db: BetterSqlite3.Database) {
  const budgetMs = Number(db.pragma('busy_timeout', { simple: true }));
  const deadline = performance.now() + budgetMs;
  db.pragma('busy_timeout = 0');
  try {
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const busy = typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
        if (!busy || performance.now() + pause > deadline) throw error;
        await sleep(pause);
      }
    }
  } finally {
    db.pragma(`busy_timeout = ${budgetMs}`);
  }
}

/**
 * Transactions begin IMMEDIATE: they take the write lock at BEGIN, where they can wait for it. A
 * deferred BEGIN reads first and asks for the lock only at its first write, and SQLite refuses that
 * upgrade at once (SQLITE_BUSY, no waiting, since waiting could deadlock): a mutation that met an
 * outside lock — a backup, the sqlite3 shell — failed within milliseconds.
 */
class ImmediateTransactionsDialect extends BetterSqliteKnexDialect {
  /**
   * The driver answers synchronously, so a request's queries ran back to back without the event
   * loop ever reaching its I/O phase: during a 3,000-row import the process read no request,
   * answered no health check and saw no SIGTERM for seconds. One turn of the loop before each
   * statement (microseconds) keeps it listening.
   */
  async _query(connection: unknown, query: unknown) {
    await new Promise((resume) => setImmediate(resume));
    return super._query(connection, query);
  }

  transaction(...args: unknown[]) {
    // knex's Transaction for SQLite says `BEGIN;`; a nested one (a savepoint) never calls begin.
    // Its own begin swallows a failed BEGIN and runs the work anyway ("Transaction query already
    // complete"); this one rejects with the store's error (SQLITE_BUSY), so the caller sees the fault.
    const trx = super.transaction(...args);
    trx.begin = (connection: BetterSqlite3.Database) => beginImmediate(connection);
    return trx;
  }
}

class ImmediateTransactionsConnection extends BetterSqliteConnection {
  override createKnex() {
    // MikroORM's own connection passes its dialect class where the type says a client name.
    this.client = this.createKnexClient(ImmediateTransactionsDialect as unknown as string);
    this.connected = true;
  }
}

/** MikroORM's better-sqlite driver with IMMEDIATE transactions (see above). */
export class BitgoeulSqliteDriver extends BetterSqliteDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, { connection: new ImmediateTransactionsConnection(this.config) });
  }
}

/**
 * Run on every connection the pool opens (a pragma is per connection, and the pool may replace
 * one): foreign keys on (SQLite's default is off; Bitgoeul relies on them), the busy timeout, and
 * WAL so that readers run during a write.
 */
export function sqliteConnectionSetup(path: string, busyTimeoutMs: number) {
  return (connection: BetterSqlite3.Database, done: (error: Error | null, connection: unknown) => void) => {
    try {
      connection.pragma('foreign_keys = on');
      connection.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
      if (path !== ':memory:') connection.pragma('journal_mode = wal');
      done(null, connection);
    } catch (error) {
      done(error as Error, connection);
    }
  };
}
