import { PortableMigration } from './portable-migration.js';

/**
 * An indicator's latest figure is its current observation with the latest period end. This index
 * answers "the latest end of each indicator" and "the figures ending then" without reading the
 * indicator's whole history; superseded vintages stay out of it.
 */
export class Migration20261130000000LatestFigureIndex extends PortableMigration {
  override up(): void {
    this.addSql(
      'create index observation_current_end_index on observation (indicator_id, period_end) where superseded_at is null',
    );
  }

  override down(): void {
    this.addSql('drop index observation_current_end_index');
  }
}
