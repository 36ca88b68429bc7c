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
});
