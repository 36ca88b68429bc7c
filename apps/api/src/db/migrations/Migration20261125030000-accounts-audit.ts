import { PortableMigration } from './portable-migration.js';

/** Accounts, their sessions and API tokens, sign-in throttling, and the audit log. */
export class Migration20261125030000AccountsAudit extends PortableMigration {
  override up(): void {
    this.schema((s) =>
      s.createTable('user', (t) => {
        t.uuid('id').primary();
        t.string('email', 254).notNullable().unique();
        t.string('name', 100).notNullable();
        t.string('role', 16).notNullable();
        t.string('password_hash', 200).notNullable();
        t.boolean('disabled').notNullable().defaultTo(false);
        this.recordColumns(t);
      }),
    );
    this.schema((s) =>
      s.createTable('session', (t) => {
        // The id is the SHA-256 of the cookie's secret: a stolen database holds no usable session.
        t.string('id', 64).primary();
        t.uuid('user_id').notNullable().references('id').inTable('user').onDelete('cascade').index();
        t.string('csrf_token', 64).notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('expires_at', { useTz: true }).notNullable();
      }),
    );
    this.schema((s) =>
      s.createTable('api_token', (t) => {
        t.uuid('id').primary();
        t.uuid('user_id').notNullable().references('id').inTable('user').onDelete('cascade').index();
        t.string('name', 100).notNullable();
        t.string('token_hash', 64).notNullable().unique();
        t.string('prefix', 16).notNullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('expires_at', { useTz: true }).nullable();
        t.timestamp('last_used_at', { useTz: true }).nullable();
        t.timestamp('revoked_at', { useTz: true }).nullable();
      }),
    );
    this.schema((s) =>
      s.createTable('sign_in_throttle', (t) => {
        // `email:<address>` or `ip:<address>`: failures are counted per account and per address.
        t.string('key', 300).primary();
        t.integer('failures').notNullable().defaultTo(0);
        t.timestamp('blocked_until', { useTz: true }).nullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
      }),
    );
    this.schema((s) =>
      s.createTable('audit_event', (t) => {
        t.uuid('id').primary();
        t.timestamp('at', { useTz: true }).notNullable().index();
        t.uuid('user_id').nullable().references('id').inTable('user').onDelete('set null').index();
        t.string('user_email', 254).nullable();
        t.string('action', 16).notNullable();
        t.string('entity_type', 32).notNullable();
        t.string('entity_id', 64).notNullable();
        t.string('entity_code', 64).nullable();
        t.integer('entity_version').nullable();
        t.text('before').nullable();
        t.text('after').nullable();
        t.text('changes').notNullable();
        t.index(['entity_type', 'entity_id', 'at']);
      }),
    );
  }

  override down(): void {
    for (const table of ['audit_event', 'sign_in_throttle', 'api_token', 'session', 'user']) {
      this.schema((s) => s.dropTable(table));
    }
  }
}
