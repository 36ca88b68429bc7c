import { PortableMigration } from './portable-migration.js';

export class Migration20261125000000Programs extends PortableMigration {
  override up(): void {
    this.schema((s) =>
      s.createTable('source', (t) => {
        t.uuid('id').primary();
        t.string('code', 64).notNullable().unique();
        t.string('kind', 32).notNullable();
        t.string('title', 400).notNullable();
        t.string('publisher', 200).nullable();
        t.string('author', 200).nullable();
        t.string('url', 2000).nullable();
        t.date('published_on').nullable();
        t.date('retrieved_on').nullable();
        t.text('note').nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) =>
      s.createTable('program', (t) => {
        t.uuid('id').primary();
        t.string('code', 64).notNullable().unique();
        t.string('name_ko', 200).notNullable();
        t.string('name_en', 200).nullable();
        t.text('summary_ko').notNullable();
        t.text('summary_en').nullable();
        t.string('area', 32).notNullable().index();
        t.string('status', 32).notNullable().index();
        t.date('planned_start').nullable();
        t.date('planned_end').nullable();
        t.date('actual_start').nullable();
        t.date('actual_end').nullable();
        t.uuid('parent_id').nullable().references('id').inTable('program').onDelete('restrict').index();
        t.decimal('progress', 5, 2).nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) =>
      s.createTable('program_source', (t) => {
        t.uuid('program_id').notNullable().references('id').inTable('program').onDelete('cascade');
        t.uuid('source_id').notNullable().references('id').inTable('source').onDelete('restrict').index();
        t.primary(['program_id', 'source_id']);
      }),
    );
  }

  override down(): void {
    this.schema((s) => s.dropTable('program_source').dropTable('program').dropTable('source'));
  }
}
