import { PortableMigration } from './portable-migration.js';

/**
 * The observations connection pages every current figure by period start, then id. Without an
 * index in that order each page sorted the whole table — 264 ms for page 1 over a million figures
 * (`BENCH_SCALE=large npm run bench`); with it, a page is a seek and a short scan. Superseded
 * vintages stay out of it, as the connection leaves them out unless asked.
 */
export class Migration20261204000000ObservationOrderIndex extends PortableMigration {
  override up(): void {
    this.addSql(
      'create index observation_current_start_index on observation (period_start, id) where superseded_at is null',
    );
  }

  override down(): void {
    this.addSql('drop index observation_current_start_index');
  }
}
