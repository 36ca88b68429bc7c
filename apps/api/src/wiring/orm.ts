import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config.js';
import { seedIfEmpty } from '../db/seed/seed.js';
import { ormOptions } from './orm-options.js';

export interface InitOrmOptions {
  /** Run the seed when the database holds no programs yet (default true). */
  seed?: boolean;
  /** Keep the migrator from logging each migration (tests). */
  quiet?: boolean;
  overrides?: Partial<Options>;
}

/**
 * Opens the store, brings its schema up to date and, on an empty database, loads the seed.
 * Used by the server and the tests alike; an existing database is never wiped.
 */
export async function initORM(database: DatabaseConfig, options: InitOrmOptions = {}): Promise<MikroORM> {
  if (database.kind === 'sqlite' && database.path !== ':memory:') {
    mkdirSync(dirname(database.path), { recursive: true });
  }
  const base = ormOptions(database);
  const orm = await MikroORM.init({
    ...base,
    migrations: { ...base.migrations, silent: options.quiet ?? false },
    ...options.overrides,
  });
  try {
    // SQLite's pragmas (foreign keys, busy timeout, WAL) are set on every pooled connection: see ormOptions.
    await orm.getMigrator().up();
    if (options.seed !== false) await seedIfEmpty(orm.em.fork());
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}
