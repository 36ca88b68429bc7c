import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases.js';
import { allSeedPrograms } from '../db/seed/seed.js';
import { Program } from '../modules/programs/program.entity.js';
import { initORM } from './orm.js';

describe.each(databaseKinds)('the store on $name', (kind) => {
  it('is created, migrated and seeded on first start, and kept as it is on the next', async () => {
    const database = await kind.create();
    try {
      const first = await initORM(database.config, { quiet: true });
      const em = first.em.fork();
      expect(await em.count(Program, {})).toBe(allSeedPrograms.length);
      const jobs = await em.findOneOrFail(Program, { code: 'GWANGJU-TYPE-JOBS' });
      jobs.progress = 53;
      await em.flush();
      await em.nativeDelete(Program, { code: 'VICE-MAYOR-CULTURE-ECONOMY' });
      await first.close();

      const second = await initORM(database.config, { quiet: true });
      const again = second.em.fork();
      expect(await again.count(Program, {})).toBe(allSeedPrograms.length - 1);
      expect((await again.findOneOrFail(Program, { code: 'GWANGJU-TYPE-JOBS' })).progress).toBe(53);
      expect(await second.getMigrator().getPendingMigrations()).toEqual([]);
      await second.close();
    } finally {
      await database.drop();
    }
  });
});
