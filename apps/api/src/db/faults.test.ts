import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConnectionException,
  DriverException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { initORM } from '../wiring/orm.js';
import { classifyFault } from './faults.js';

/** An error shaped as the driver throws it: a message and the properties it sets. */
const driverError = (message: string, props: Record<string, unknown>) =>
  Object.assign(new Error(message), props);

describe('classifyFault', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-faults-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads SQLite busy, locked and full from the real driver', () => {
    const path = join(dir, 'busy.sqlite');
    const holder = new Database(path);
    holder.exec('create table t (x); begin immediate');
    const other = new Database(path, { timeout: 0 });
    let busy: unknown;
    try {
      other.exec('begin immediate');
    } catch (error) {
      busy = error;
    }
    holder.exec('rollback');
    expect(classifyFault(busy)).toEqual({ kind: 'busy', code: 'SQLITE_BUSY', message: 'database is locked' });
    // As MikroORM wraps it (its properties copied onto the exception).
    expect(classifyFault(new LockWaitTimeoutException(busy as Error))?.kind).toBe('busy');

    // A database that may not grow past its pages is full, as a full disk makes it.
    const full = new Database(join(dir, 'full.sqlite'));
    full.exec('create table t (x)');
    full.pragma(`max_page_count = ${full.pragma('page_count', { simple: true })}`);
    let error: unknown;
    try {
      full.prepare('insert into t values (?)').run('x'.repeat(100_000));
    } catch (e) {
      error = e;
    }
    expect(classifyFault(error)).toMatchObject({ kind: 'full', code: 'SQLITE_FULL' });
    for (const db of [holder, other, full]) db.close();
    expect(classifyFault(driverError('x', { code: 'SQLITE_LOCKED_SHAREDCACHE' }))?.kind).toBe('busy');
    expect(classifyFault(driverError('x', { code: 'SQLITE_BUSY_SNAPSHOT' }))?.kind).toBe('busy');
  });

  it('reads PostgreSQL SQLSTATEs: disk full, shutdown, cannot connect now, connection exceptions', () => {
    expect(classifyFault(driverError('could not extend file', { code: '53100' }))?.kind).toBe('full');
    expect(
      classifyFault(driverError('terminating connection due to administrator command', { code: '57P01' }))
        ?.kind,
    ).toBe('unavailable');
    expect(classifyFault(driverError('the database system is starting up', { code: '57P03' }))?.kind).toBe(
      'unavailable',
    );
    expect(classifyFault(driverError('connection failure', { code: '08006' }))?.kind).toBe('unavailable');
    expect(classifyFault(driverError('too many clients', { code: '53300' }))?.kind).toBe('exhausted');
    expect(
      classifyFault(driverError('canceling statement due to lock timeout', { code: '55P03' }))?.kind,
    ).toBe('busy');
  });

  it('reads refused connections, lost connections, full disks and pool timeouts, however deeply wrapped', () => {
    const refused = driverError('connect ECONNREFUSED 127.0.0.1:5433', { code: 'ECONNREFUSED', errno: -111 });
    expect(classifyFault(refused)).toEqual({
      kind: 'unavailable',
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 127.0.0.1:5433',
    });
    // Node reports a refused dual-stack connect as an AggregateError of one error per address.
    expect(classifyFault(new AggregateError([refused], ''))?.kind).toBe('unavailable');
    expect(classifyFault(new Error('outer', { cause: new ConnectionException(refused) }))?.kind).toBe(
      'unavailable',
    );
    expect(
      classifyFault(new GraphQLError('x', { originalError: new Error('Connection terminated unexpectedly') }))
        ?.kind,
    ).toBe('unavailable');
    expect(classifyFault(driverError('write failed', { code: 'ENOSPC' }))?.kind).toBe('full');
    const poolTimeout = Object.assign(
      new Error('Knex: Timeout acquiring a connection. The pool is probably full.'),
      { name: 'KnexTimeoutError' },
    );
    expect(classifyFault(poolTimeout)?.kind).toBe('exhausted');
    // A closed store: the process is stopping.
    expect(classifyFault(new DriverException(new Error('Unable to acquire a connection')))?.kind).toBe(
      'closed',
    );
  });

  it('reads a pool that has no connection to give within its timeout (the real knex error)', async () => {
    const database = await databaseKinds[0]!.create();
    const orm = await initORM(database.config, {
      quiet: true,
      seed: false,
      overrides: { driverOptions: { acquireConnectionTimeout: 200 } },
    });
    try {
      // SQLite's pool has one connection; a transaction holds it past the other request's wait.
      const holding = orm.em.fork().transactional(() => sleep(600));
      await sleep(50);
      const error = await orm.em
        .fork()
        .getConnection()
        .execute('select 1')
        .catch((e: unknown) => e);
      await holding;
      expect(classifyFault(error)).toMatchObject({ kind: 'exhausted' });
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });

  it('keeps the SQL statement, which can carry the values written, out of the detail', () => {
    const fault = classifyFault(
      driverError("insert into `session` (`token_hash`) values ('secret') - database is locked", {
        code: 'SQLITE_BUSY',
      }),
    );
    expect(fault?.message).toBe('database is locked');
  });

  it('leaves bugs and refusals alone', () => {
    expect(classifyFault(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
    expect(
      classifyFault(
        new UniqueConstraintViolationException(
          driverError('UNIQUE constraint failed', { code: 'SQLITE_CONSTRAINT_UNIQUE' }),
        ),
      ),
    ).toBeNull();
    expect(classifyFault(driverError('syntax error', { code: '42601' }))).toBeNull();
    expect(classifyFault('a string')).toBeNull();
    expect(classifyFault(null)).toBeNull();
    // A cycle of causes ends.
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = new Error('b', { cause: a });
    expect(classifyFault(a)).toBeNull();
  });
});
