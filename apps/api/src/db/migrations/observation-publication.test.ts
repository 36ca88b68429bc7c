import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/databases.js';
import { initORM } from '../../wiring/orm.js';

describe.each(databaseKinds)('the publishing migration on $name', (kind) => {
  it("publishes what the city had shown as of its recording, and keeps an internal indicator's figures drafts", async () => {
    const database = await kind.create();
    const orm = await initORM(database.config, { quiet: true });
    try {
      const migrator = orm.getMigrator();
      const sql = orm.em.getConnection();
      // The seeded store as it stood before publishing existed, with one indicator made internal
      // and one figure corrected (its old vintage superseded).
      await migrator.down(); // the publishing migration only
      const [internal, corrected] = (await sql.execute(
        'select id, indicator_id from observation order by id limit 2',
      )) as { id: string; indicator_id: string }[];
      await sql.execute("update indicator set visibility = 'INTERNAL' where id = ?", [
        internal!.indicator_id,
      ]);
      await sql.execute('update observation set superseded_at = recorded_at where id = ?', [corrected!.id]);

      await migrator.up();
      const rows = (await sql.execute(
        `select o.id, o.publication_state, o.recorded_at, o.superseded_at, o.published_at, o.release_at,
                o.public_from, o.public_until, i.visibility
           from observation o join indicator i on i.id = o.indicator_id`,
      )) as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(2);
      for (const row of rows) {
        if (row.visibility === 'INTERNAL') {
          expect(row).toMatchObject({ publication_state: 'DRAFT', public_from: null, published_at: null });
        } else {
          expect(row.publication_state).toBe('PUBLISHED');
          expect(row.public_from).toEqual(row.recorded_at);
          expect(row.release_at).toEqual(row.recorded_at);
          expect(row.public_until).toEqual(row.superseded_at);
        }
      }
      const replaced = rows.find((row) => row.id === corrected!.id)!;
      if (replaced.visibility !== 'INTERNAL') expect(replaced.public_until).not.toBeNull();
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
