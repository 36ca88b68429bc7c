import { PortableMigration } from './portable-migration.js';

/**
 * Organisations, zones and their exemptions, facilities and milestones, indicators with their
 * observations (vintages kept) and targets, and benefit rules — with the links between them.
 */
export class Migration20261125010000WholeDomain extends PortableMigration {
  override up(): void {
    this.schema((s) =>
      s.alterTable('program', (t) => {
        t.string('visibility', 16).notNullable().defaultTo('PUBLIC').index();
      }),
    );
    this.schema((s) =>
      s.createTable('organisation', (t) => {
        this.namedRecordColumns(t);
        t.string('kind', 32).notNullable().index();
        t.uuid('parent_id').nullable().references('id').inTable('organisation').onDelete('restrict').index();
        this.recordColumns(t);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'organisation'));
    this.schema((s) => this.organisationLinks(s, 'program'));

    this.schema((s) =>
      s.createTable('zone', (t) => {
        this.namedRecordColumns(t);
        t.string('kind', 32).notNullable().index();
        t.string('status', 32).notNullable().index();
        t.uuid('parent_id').nullable().references('id').inTable('zone').onDelete('restrict').index();
        this.bilingual(t, 'designation_authority', 200, false);
        t.string('designation_instrument', 200).nullable();
        t.date('designated_on').nullable();
        t.string('designated_on_precision', 8).nullable();
        t.date('designation_expires_on').nullable();
        t.double('area_value').nullable();
        t.string('area_unit', 8).nullable();
        t.text('specialisations').notNullable().defaultTo('[]');
        t.text('geometry').nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) =>
      s.createTable('zone_overlap', (t) => {
        t.uuid('zone_id').notNullable().references('id').inTable('zone').onDelete('cascade');
        t.uuid('other_zone_id').notNullable().references('id').inTable('zone').onDelete('cascade').index();
        t.primary(['zone_id', 'other_zone_id']);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'zone'));
    this.schema((s) => this.organisationLinks(s, 'zone'));
    this.schema((s) =>
      s.createTable('program_zone', (t) => {
        t.uuid('program_id').notNullable().references('id').inTable('program').onDelete('cascade');
        t.uuid('zone_id').notNullable().references('id').inTable('zone').onDelete('cascade').index();
        t.primary(['program_id', 'zone_id']);
      }),
    );
    this.schema((s) =>
      s.createTable('exemption', (t) => {
        t.uuid('id').primary();
        t.uuid('zone_id').notNullable().references('id').inTable('zone').onDelete('cascade').index();
        t.string('kind', 32).notNullable();
        this.bilingual(t, 'law', 300);
        this.bilingual(t, 'conditions', 'text', false);
        t.date('valid_from').nullable();
        t.date('valid_to').nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'exemption'));

    this.schema((s) =>
      s.createTable('facility', (t) => {
        this.namedRecordColumns(t);
        t.string('kind', 32).notNullable().index();
        t.string('status', 32).notNullable().index();
        t.uuid('zone_id').nullable().references('id').inTable('zone').onDelete('restrict').index();
        t.uuid('operator_id')
          .nullable()
          .references('id')
          .inTable('organisation')
          .onDelete('restrict')
          .index();
        this.bilingual(t, 'address', 300, false);
        t.double('longitude').nullable();
        t.double('latitude').nullable();
        t.string('location_precision', 16).notNullable().defaultTo('APPROXIMATE');
        t.double('capacity_value').nullable();
        t.string('capacity_unit', 32).nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) =>
      s.createTable('facility_program', (t) => {
        t.uuid('facility_id').notNullable().references('id').inTable('facility').onDelete('cascade');
        t.uuid('program_id').notNullable().references('id').inTable('program').onDelete('cascade').index();
        t.primary(['facility_id', 'program_id']);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'facility'));
    this.schema((s) => this.organisationLinks(s, 'facility'));
    this.schema((s) =>
      s.createTable('milestone', (t) => {
        t.uuid('id').primary();
        // A milestone marks a facility's step or a program's event; exactly one of the two is set.
        t.uuid('facility_id').nullable().references('id').inTable('facility').onDelete('cascade').index();
        t.uuid('program_id').nullable().references('id').inTable('program').onDelete('cascade').index();
        t.string('kind', 32).notNullable();
        this.bilingual(t, 'title', 300, false);
        t.date('planned_on').nullable();
        t.string('planned_on_precision', 8).notNullable().defaultTo('DAY');
        t.date('actual_on').nullable();
        t.string('actual_on_precision', 8).notNullable().defaultTo('DAY');
        this.bilingual(t, 'note', 'text', false);
        this.recordColumns(t);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'milestone'));

    this.schema((s) =>
      s.createTable('indicator', (t) => {
        this.namedRecordColumns(t);
        t.string('unit', 32).notNullable();
        t.string('multiplier', 16).notNullable().defaultTo('ONE');
        t.string('frequency', 16).notNullable();
        t.string('aggregation', 16).notNullable();
        t.string('direction', 16).notNullable();
        t.string('subject_type', 16).notNullable().index();
        // One nullable column per kind of subject, so every link is a real foreign key.
        t.uuid('subject_program_id')
          .nullable()
          .references('id')
          .inTable('program')
          .onDelete('restrict')
          .index();
        t.uuid('subject_zone_id').nullable().references('id').inTable('zone').onDelete('restrict').index();
        t.uuid('subject_facility_id')
          .nullable()
          .references('id')
          .inTable('facility')
          .onDelete('restrict')
          .index();
        t.uuid('subject_organisation_id')
          .nullable()
          .references('id')
          .inTable('organisation')
          .onDelete('restrict')
          .index();
        this.recordColumns(t);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'indicator'));
    this.schema((s) =>
      s.createTable('observation', (t) => {
        t.uuid('id').primary();
        t.uuid('indicator_id').notNullable().references('id').inTable('indicator').onDelete('cascade');
        t.string('period', 32).notNullable();
        // The period's first and last day, for ordering and range filters in SQL.
        t.date('period_start').notNullable();
        t.date('period_end').notNullable();
        // Exact decimal text: SQLite would turn a NUMERIC column into a binary float.
        t.string('value', 64).notNullable();
        t.string('status', 16).notNullable();
        t.uuid('source_id').notNullable().references('id').inTable('source').onDelete('restrict').index();
        t.text('note').nullable();
        t.integer('vintage').notNullable().defaultTo(1);
        t.timestamp('recorded_at', { useTz: true }).notNullable();
        t.timestamp('superseded_at', { useTz: true }).nullable();
        t.uuid('superseded_by_id').nullable();
        this.recordColumns(t);
        t.index(['indicator_id', 'period_start']);
      }),
    );
    // At most one current vintage per indicator and period, enforced by the store as well.
    this.addSql(
      'create unique index observation_current_unique on observation (indicator_id, period) where superseded_at is null',
    );
    this.schema((s) =>
      s.createTable('target', (t) => {
        t.uuid('id').primary();
        t.uuid('indicator_id')
          .notNullable()
          .references('id')
          .inTable('indicator')
          .onDelete('cascade')
          .index();
        t.string('period', 32).nullable();
        t.date('deadline').nullable();
        t.string('value', 64).notNullable();
        t.string('kind', 16).notNullable();
        t.uuid('source_id').nullable().references('id').inTable('source').onDelete('restrict').index();
        t.text('note').nullable();
        t.timestamp('recorded_at', { useTz: true }).notNullable();
        t.timestamp('superseded_at', { useTz: true }).nullable();
        this.recordColumns(t);
      }),
    );

    this.schema((s) =>
      s.createTable('benefit_rule', (t) => {
        t.uuid('id').primary();
        t.uuid('program_id').notNullable().references('id').inTable('program').onDelete('cascade').index();
        this.bilingual(t, 'name', 200);
        t.string('kind', 16).notNullable();
        t.bigInteger('amount').notNullable();
        t.integer('months').nullable();
        t.string('child_orders', 64).notNullable();
        t.date('effective_from').notNullable();
        t.date('effective_to').nullable();
        this.recordColumns(t);
      }),
    );
    this.schema((s) => this.sourceLinks(s, 'benefit_rule'));
  }

  override down(): void {
    const tables = [
      'benefit_rule_source',
      'benefit_rule',
      'target',
      'observation',
      'indicator_source',
      'indicator',
      'milestone_source',
      'milestone',
      'facility_organisation',
      'facility_source',
      'facility_program',
      'facility',
      'exemption_source',
      'exemption',
      'program_zone',
      'zone_organisation',
      'zone_source',
      'zone_overlap',
      'zone',
      'program_organisation',
      'organisation_source',
      'organisation',
    ];
    for (const table of tables) this.schema((s) => s.dropTable(table));
    this.schema((s) => s.alterTable('program', (t) => t.dropColumn('visibility')));
  }
}
