import type { Knex } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';

/**
 * Bitgoeul runs on SQLite and PostgreSQL from one set of migrations: each one describes its
 * change with knex's schema builder, which renders the right DDL for whichever database runs it.
 */
export abstract class PortableMigration extends Migration {
  protected schema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    for (const statement of build(this.getKnex().schema).toSQL()) this.addSql(statement.sql);
  }

  /** Korean (required) and English (optional) columns for one bilingual field. */
  protected bilingual(
    table: Knex.CreateTableBuilder,
    name: string,
    length: number | 'text',
    required = true,
  ): void {
    const column = (suffix: string) =>
      length === 'text' ? table.text(`${name}_${suffix}`) : table.string(`${name}_${suffix}`, length);
    const ko = column('ko');
    if (required) ko.notNullable();
    else ko.nullable();
    column('en').nullable();
  }

  /** The columns of a named, classified record: code, bilingual name and description, visibility. */
  protected namedRecordColumns(table: Knex.CreateTableBuilder): void {
    table.uuid('id').primary();
    table.string('code', 64).notNullable().unique();
    this.bilingual(table, 'name', 200);
    this.bilingual(table, 'description', 'text', false);
    table.string('visibility', 16).notNullable().defaultTo('PUBLIC').index();
  }

  /** A many-to-many link to sources. */
  protected sourceLinks(s: Knex.SchemaBuilder, owner: string): Knex.SchemaBuilder {
    return s.createTable(`${owner}_source`, (t) => {
      t.uuid(`${owner}_id`).notNullable().references('id').inTable(owner).onDelete('cascade');
      t.uuid('source_id').notNullable().references('id').inTable('source').onDelete('restrict').index();
      t.primary([`${owner}_id`, 'source_id']);
    });
  }

  /** An organisation's role in a program, zone or facility. */
  protected organisationLinks(s: Knex.SchemaBuilder, owner: string): Knex.SchemaBuilder {
    return s.createTable(`${owner}_organisation`, (t) => {
      t.uuid('id').primary();
      t.uuid(`${owner}_id`).notNullable().references('id').inTable(owner).onDelete('cascade');
      t.uuid('organisation_id')
        .notNullable()
        .references('id')
        .inTable('organisation')
        .onDelete('restrict')
        .index();
      t.string('role', 16).notNullable();
      t.unique([`${owner}_id`, 'organisation_id', 'role']);
    });
  }

  /** Columns every record carries: optimistic-locking version and timestamps. */
  protected recordColumns(table: Knex.CreateTableBuilder): void {
    table.integer('version').notNullable().defaultTo(1);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  }
}
