import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { type Options, UnderscoreNamingStrategy } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

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
  } satisfies Partial<Options>;
  if (database.kind === 'sqlite') {
    return { ...common, driver: BetterSqliteDriver, dbName: database.path } as Options;
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url } as Options;
}
