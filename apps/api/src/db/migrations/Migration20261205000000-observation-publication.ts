import { migrationState } from '@bitgoeul/domain';
import type { Knex } from '@mikro-orm/knex';
import { PortableMigration } from './portable-migration.js';

const PUBLICATION_COLUMNS = [
  'publication_state',
  'last_changed_by',
  'submitted_by',
  'submitted_at',
  'reviewed_by',
  'reviewed_at',
  'review_comment',
  'published_by',
  'published_at',
  'release_at',
  'released_at',
  'withdrawn_by',
  'withdrawn_at',
  'withdrawal_reason',
  'public_from',
  'public_until',
];

/** The publication columns of a vintage (publicationColumns in db/base.entity.ts). */
export function addPublicationColumns(t: Knex.AlterTableBuilder): void {
  const who = (name: string) => t.string(name, 64).nullable();
  const at = (name: string) => t.timestamp(name, { useTz: true }).nullable();
  t.string('publication_state', 16).notNullable().defaultTo('DRAFT');
  who('last_changed_by');
  who('submitted_by');
  at('submitted_at');
  who('reviewed_by');
  at('reviewed_at');
  t.text('review_comment').nullable();
  who('published_by');
  at('published_at');
  at('release_at');
  at('released_at');
  who('withdrawn_by');
  at('withdrawn_at');
  t.text('withdrawal_reason').nullable();
  at('public_from');
  at('public_until');
}

/**
 * Figures go draft → review → approved → published before the public sees them (issue #15).
 * What was recorded before is what the city had already shown: a figure of a PUBLIC indicator
 * becomes PUBLISHED as of its recording (the domain's migrationState), public until the vintage
 * that replaced it was recorded; one of an INTERNAL indicator stays a DRAFT and never public.
 * The window is copied in SQL, column to column, so each store keeps its own timestamp form.
 */
export class Migration20261205000000ObservationPublication extends PortableMigration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const statements = [
      ...knex.schema.alterTable('observation', addPublicationColumns).toSQL(),
      ...knex.schema
        .alterTable('observation', (t) =>
          t.index(['indicator_id', 'public_from', 'public_until'], 'observation_public_window_index'),
        )
        .toSQL(),
    ];
    for (const statement of statements) await this.execute(statement.sql);
    // One rule for every row of a visibility; the domain decides it, from a representative moment.
    const shown = migrationState({ visibility: 'PUBLIC', recordedAt: '2000-01-01T00:00:00Z' });
    const hidden = migrationState({ visibility: 'INTERNAL', recordedAt: '2000-01-01T00:00:00Z' });
    await this.execute(
      `update observation set publication_state = ?, published_at = recorded_at, release_at = recorded_at, released_at = recorded_at,
         public_from = recorded_at, public_until = superseded_at
       where indicator_id in (select id from indicator where visibility = 'PUBLIC')`,
      [shown.state],
    );
    await this.execute(
      `update observation set publication_state = ?
       where indicator_id not in (select id from indicator where visibility = 'PUBLIC')`,
      [hidden.state],
    );
  }

  // Raw statements: knex renders SQLite's column drops as a table rebuild its toSQL cannot replay.
  override down(): void {
    this.addSql('drop index observation_public_window_index');
    for (const column of PUBLICATION_COLUMNS) this.addSql(`alter table observation drop column ${column}`);
  }
}
