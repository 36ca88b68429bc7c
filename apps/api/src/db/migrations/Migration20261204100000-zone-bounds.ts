import { geometryBounds, ZoneGeometry } from '@bitgoeul/domain';
import { PortableMigration } from './portable-migration.js';

/**
 * A zone's outline gets its extent in four indexed columns, so that the spatial filters find
 * candidates in SQL (a box overlap) before the exact test in code; facilities get an index on their
 * point for the same reason. Outlines stored before this migration get their extent here.
 */
export class Migration20261204100000ZoneBounds extends PortableMigration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const statements = [
      ...knex.schema
        .alterTable('zone', (t) => {
          for (const side of ['west', 'south', 'east', 'north']) t.double(`bounds_${side}`).nullable();
        })
        .toSQL(),
      ...knex.schema
        .alterTable('zone', (t) => t.index(['bounds_west', 'bounds_east'], 'zone_bounds_index'))
        .toSQL(),
      ...knex.schema
        .alterTable('facility', (t) => t.index(['longitude', 'latitude'], 'facility_point_index'))
        .toSQL(),
    ];
    for (const statement of statements) await this.execute(statement.sql);
    const outlined = await this.execute('select id, geometry from zone where geometry is not null');
    for (const row of outlined as { id: string; geometry: string }[]) {
      const parsed = ZoneGeometry.safeParse(JSON.parse(row.geometry));
      if (!parsed.success) continue;
      const [west, south, east, north] = geometryBounds(parsed.data);
      await this.execute(
        'update zone set bounds_west = ?, bounds_south = ?, bounds_east = ?, bounds_north = ? where id = ?',
        [west, south, east, north, row.id],
      );
    }
  }

  override down(): void {
    this.schema((s) =>
      s
        .alterTable('facility', (t) => t.dropIndex(['longitude', 'latitude'], 'facility_point_index'))
        .alterTable('zone', (t) => {
          t.dropIndex(['bounds_west', 'bounds_east'], 'zone_bounds_index');
          for (const side of ['west', 'south', 'east', 'north']) t.dropColumn(`bounds_${side}`);
        }),
    );
  }
}
