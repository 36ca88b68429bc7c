import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../src/config.js';

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  name: 'sqlite' | 'postgresql';
  create(): Promise<TestDatabase>;
}

const sqlite: DatabaseKind = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'bitgoeul-test-'));
    return {
      config: { kind: 'sqlite', path: join(dir, 'test.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** Runs one statement on the server TEST_DATABASE_URL points at (to create or drop a database). */
async function onServer(url: string, statement: string) {
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
  });
  try {
    await admin.em.getConnection().execute(statement);
  } finally {
    await admin.close(true);
  }
}

function postgresql(serverUrl: string): DatabaseKind {
  return {
    name: 'postgresql',
    async create() {
      const name = `bitgoeul_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      await onServer(serverUrl, `create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        config: { kind: 'postgresql', url: url.toString() },
        drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
      };
    },
  };
}

/**
 * The stores every database suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is
 * set (CI sets it). Each suite gets a database of its own, created fresh and dropped after.
 */
export const databaseKinds: DatabaseKind[] = [
  sqlite,
  ...(process.env.TEST_DATABASE_URL ? [postgresql(process.env.TEST_DATABASE_URL)] : []),
];
