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

  /** Columns every record carries: optimistic-locking version and timestamps. */
  protected recordColumns(table: Knex.CreateTableBuilder): void {
    table.integer('version').notNullable().defaultTo(1);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  }
}
