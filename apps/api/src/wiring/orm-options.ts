import { type Options, UnderscoreNamingStrategy } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { TokenCacheInvalidation } from '../auth/token-cache.js';
import type { DatabaseConfig } from '../config.js';
import { migrationsList } from '../db/migrations/index.js';
import {
  BitgoeulSqliteDriver,
  DEFAULT_SQLITE_BUSY_TIMEOUT_MS,
  sqliteConnectionSetup,
} from '../db/sqlite-driver.js';
import { entities } from './entities.js';

/** The ORM options for one store. Shared by the server, the tests and the MikroORM CLI. */
export function ormOptions(database: DatabaseConfig): Options {
  const common = {
    entities,
    namingStrategy: UnderscoreNamingStrategy,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Each request works on its own fork; a stray use of the global manager is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    // Remembered API token look-ups are forgotten on any account or token write.
    subscribers: [new TokenCacheInvalidation()],
  } satisfies Partial<Options>;
  if (database.kind === 'sqlite') {
    const busyTimeoutMs = database.busyTimeoutMs ?? DEFAULT_SQLITE_BUSY_TIMEOUT_MS;
    return {
      ...common,
      driver: BitgoeulSqliteDriver,
      dbName: database.path,
      pool: { afterCreate: sqliteConnectionSetup(database.path, busyTimeoutMs) },
    } as Options;
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url } as Options;
}
