import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { initORM } from '../wiring/orm.js';

describe.each(databaseKinds)('migrations on $name', (kind) => {
  // Indexes and cascade rules live in the migrations only; columns must match the mappings exactly.
  it('create the columns the entity mappings describe', async () => {
    const database = await kind.create();
    const orm = await initORM(database.config, { quiet: true, seed: false });
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      const columnChanges = diff
        .split(';')
        .map((statement) => statement.trim())
        .filter((statement) => /\b(add|drop|rename) column\b|\balter column\b.*\btype\b/i.test(statement));
      expect(columnChanges).toEqual([]);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });

  // The DDL the mappings describe, column by column and in order: a change to how an entity is
  // written (shared base properties, embeddables) must leave every table exactly as it was.
  it('describe the tables recorded in the snapshot', async () => {
    const database = await kind.create();
    const orm = await initORM(database.config, { quiet: true, seed: false });
    try {
      const ddl = await orm.schema.getCreateSchemaSQL({ wrap: false });
      await expect(ddl).toMatchFileSnapshot(`./__snapshots__/entity-ddl.${kind.name}.sql`);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
