create table "organisation" ("id" uuid not null, "code" varchar(64) not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "description_ko" text null, "description_en" text null, "visibility" varchar(16) not null default 'PUBLIC', "kind" varchar(32) not null, "parent_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));
alter table "organisation" add constraint "organisation_code_unique" unique ("code");

create table "program" ("id" uuid not null, "code" varchar(64) not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "summary_ko" text not null, "summary_en" text null, "visibility" varchar(16) not null default 'PUBLIC', "area" varchar(32) not null, "status" varchar(32) not null, "planned_start" date null, "planned_end" date null, "actual_start" date null, "actual_end" date null, "parent_id" uuid null, "progress" numeric(5,2) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "program_pkey" primary key ("id"));
alter table "program" add constraint "program_code_unique" unique ("code");
create index "program_area_index" on "program" ("area");
create index "program_status_index" on "program" ("status");
create index "program_parent_id_index" on "program" ("parent_id");

create table "benefit_rule" ("id" uuid not null, "program_id" uuid not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "kind" varchar(16) not null, "amount" bigint not null, "months" int null, "child_orders" varchar(64) not null, "effective_from" date not null, "effective_to" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "benefit_rule_pkey" primary key ("id"));

create table "program_organisation" ("id" uuid not null, "program_id" uuid not null, "organisation_id" uuid not null, "role" varchar(16) not null, constraint "program_organisation_pkey" primary key ("id"));

create table "sign_in_throttle" ("key" varchar(300) not null, "failures" int not null default 0, "blocked_until" timestamptz null, "updated_at" timestamptz not null, constraint "sign_in_throttle_pkey" primary key ("key"));

create table "source" ("id" uuid not null, "code" varchar(64) not null, "kind" varchar(32) not null, "title" varchar(400) not null, "publisher" varchar(200) null, "author" varchar(200) null, "url" varchar(2000) null, "published_on" date null, "retrieved_on" date null, "note" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "source_pkey" primary key ("id"));
alter table "source" add constraint "source_code_unique" unique ("code");

create table "program_source" ("program_id" uuid not null, "source_id" uuid not null, constraint "program_source_pkey" primary key ("program_id", "source_id"));

create table "organisation_source" ("organisation_id" uuid not null, "source_id" uuid not null, constraint "organisation_source_pkey" primary key ("organisation_id", "source_id"));

create table "benefit_rule_source" ("benefit_rule_id" uuid not null, "source_id" uuid not null, constraint "benefit_rule_source_pkey" primary key ("benefit_rule_id", "source_id"));

create table "user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(100) not null, "role" varchar(16) not null, "password_hash" varchar(200) not null, "disabled" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "user_pkey" primary key ("id"));
alter table "user" add constraint "user_email_unique" unique ("email");

create table "session" ("id" varchar(64) not null, "user_id" uuid not null, "csrf_token" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));

create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "user_id" uuid null, "user_email" varchar(254) null, "action" varchar(16) not null, "entity_type" varchar(32) not null, "entity_id" varchar(64) not null, "entity_code" varchar(64) null, "entity_version" int null, "before" text null, "after" text null, "changes" text not null, constraint "audit_event_pkey" primary key ("id"));

create table "api_token" ("id" uuid not null, "user_id" uuid not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));
alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");

create table "zone" ("id" uuid not null, "code" varchar(64) not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "description_ko" text null, "description_en" text null, "visibility" varchar(16) not null default 'PUBLIC', "kind" varchar(32) not null, "status" varchar(32) not null, "parent_id" uuid null, "designation_authority_ko" varchar(200) null, "designation_authority_en" varchar(200) null, "designation_instrument" varchar(200) null, "designated_on" date null, "designated_on_precision" varchar(8) null, "designation_expires_on" date null, "area_value" double precision null, "area_unit" varchar(8) null, "specialisations" text not null default '[]', "geometry" text null, "bounds_west" double precision null, "bounds_south" double precision null, "bounds_east" double precision null, "bounds_north" double precision null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "zone_pkey" primary key ("id"));
alter table "zone" add constraint "zone_code_unique" unique ("code");

create table "program_zone" ("zone_id" uuid not null, "program_id" uuid not null, constraint "program_zone_pkey" primary key ("zone_id", "program_id"));

create table "facility" ("id" uuid not null, "code" varchar(64) not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "description_ko" text null, "description_en" text null, "visibility" varchar(16) not null default 'PUBLIC', "kind" varchar(32) not null, "status" varchar(32) not null, "zone_id" uuid null, "operator_id" uuid null, "address_ko" varchar(300) null, "address_en" varchar(300) null, "longitude" double precision null, "latitude" double precision null, "location_precision" varchar(16) not null default 'APPROXIMATE', "capacity_value" double precision null, "capacity_unit" varchar(32) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "facility_pkey" primary key ("id"));
alter table "facility" add constraint "facility_code_unique" unique ("code");

create table "milestone" ("id" uuid not null, "facility_id" uuid null, "program_id" uuid null, "kind" varchar(32) not null, "title_ko" varchar(300) null, "title_en" varchar(300) null, "planned_on" date null, "planned_on_precision" varchar(8) not null default 'DAY', "actual_on" date null, "actual_on_precision" varchar(8) not null default 'DAY', "note_ko" text null, "note_en" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "milestone_pkey" primary key ("id"));

create table "milestone_source" ("milestone_id" uuid not null, "source_id" uuid not null, constraint "milestone_source_pkey" primary key ("milestone_id", "source_id"));

create table "indicator" ("id" uuid not null, "code" varchar(64) not null, "name_ko" varchar(200) not null, "name_en" varchar(200) null, "description_ko" text null, "description_en" text null, "visibility" varchar(16) not null default 'PUBLIC', "unit" varchar(32) not null, "multiplier" varchar(16) not null default 'ONE', "frequency" varchar(16) not null, "aggregation" varchar(16) not null, "direction" varchar(16) not null, "subject_type" varchar(16) not null, "subject_program_id" uuid null, "subject_zone_id" uuid null, "subject_facility_id" uuid null, "subject_organisation_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "indicator_pkey" primary key ("id"));
alter table "indicator" add constraint "indicator_code_unique" unique ("code");

create table "target" ("id" uuid not null, "indicator_id" uuid not null, "period" varchar(32) null, "deadline" date null, "value" varchar(64) not null, "kind" varchar(16) not null, "source_id" uuid null, "note" text null, "recorded_at" timestamptz not null, "superseded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "target_pkey" primary key ("id"));

create table "observation" ("id" uuid not null, "indicator_id" uuid not null, "period" varchar(32) not null, "period_start" date not null, "period_end" date not null, "value" varchar(64) not null, "status" varchar(16) not null, "source_id" uuid not null, "note" text null, "vintage" int not null default 1, "recorded_at" timestamptz not null, "superseded_at" timestamptz null, "superseded_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "publication_state" varchar(16) not null default 'DRAFT', "last_changed_by" varchar(64) null, "submitted_by" varchar(64) null, "submitted_at" timestamptz null, "reviewed_by" varchar(64) null, "reviewed_at" timestamptz null, "review_comment" text null, "published_by" varchar(64) null, "published_at" timestamptz null, "release_at" timestamptz null, "released_at" timestamptz null, "withdrawn_by" varchar(64) null, "withdrawn_at" timestamptz null, "withdrawal_reason" text null, "public_from" timestamptz null, "public_until" timestamptz null, constraint "observation_pkey" primary key ("id"));

create table "indicator_source" ("indicator_id" uuid not null, "source_id" uuid not null, constraint "indicator_source_pkey" primary key ("indicator_id", "source_id"));

create table "facility_organisation" ("id" uuid not null, "facility_id" uuid not null, "organisation_id" uuid not null, "role" varchar(16) not null, constraint "facility_organisation_pkey" primary key ("id"));

create table "facility_source" ("facility_id" uuid not null, "source_id" uuid not null, constraint "facility_source_pkey" primary key ("facility_id", "source_id"));

create table "facility_program" ("facility_id" uuid not null, "program_id" uuid not null, constraint "facility_program_pkey" primary key ("facility_id", "program_id"));

create table "exemption" ("id" uuid not null, "zone_id" uuid not null, "kind" varchar(32) not null, "law_ko" varchar(300) not null, "law_en" varchar(300) null, "conditions_ko" text null, "conditions_en" text null, "valid_from" date null, "valid_to" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "exemption_pkey" primary key ("id"));

create table "exemption_source" ("exemption_id" uuid not null, "source_id" uuid not null, constraint "exemption_source_pkey" primary key ("exemption_id", "source_id"));

create table "zone_overlap" ("zone_id" uuid not null, "other_zone_id" uuid not null, constraint "zone_overlap_pkey" primary key ("zone_id", "other_zone_id"));

create table "zone_source" ("zone_id" uuid not null, "source_id" uuid not null, constraint "zone_source_pkey" primary key ("zone_id", "source_id"));

create table "zone_organisation" ("id" uuid not null, "zone_id" uuid not null, "organisation_id" uuid not null, "role" varchar(16) not null, constraint "zone_organisation_pkey" primary key ("id"));

alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete set null;

alter table "program" add constraint "program_parent_id_foreign" foreign key ("parent_id") references "program" ("id") on update cascade on delete set null;

alter table "benefit_rule" add constraint "benefit_rule_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;

alter table "program_organisation" add constraint "program_organisation_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;
alter table "program_organisation" add constraint "program_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;

alter table "program_source" add constraint "program_source_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;
alter table "program_source" add constraint "program_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "organisation_source" add constraint "organisation_source_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;
alter table "organisation_source" add constraint "organisation_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "benefit_rule_source" add constraint "benefit_rule_source_benefit_rule_id_foreign" foreign key ("benefit_rule_id") references "benefit_rule" ("id") on update cascade on delete cascade;
alter table "benefit_rule_source" add constraint "benefit_rule_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;

alter table "audit_event" add constraint "audit_event_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete set null;

alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;

alter table "zone" add constraint "zone_parent_id_foreign" foreign key ("parent_id") references "zone" ("id") on update cascade on delete set null;

alter table "program_zone" add constraint "program_zone_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete cascade;
alter table "program_zone" add constraint "program_zone_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;

alter table "facility" add constraint "facility_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete set null;
alter table "facility" add constraint "facility_operator_id_foreign" foreign key ("operator_id") references "organisation" ("id") on update cascade on delete set null;

alter table "milestone" add constraint "milestone_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete set null;
alter table "milestone" add constraint "milestone_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete set null;

alter table "milestone_source" add constraint "milestone_source_milestone_id_foreign" foreign key ("milestone_id") references "milestone" ("id") on update cascade on delete cascade;
alter table "milestone_source" add constraint "milestone_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "indicator" add constraint "indicator_subject_program_id_foreign" foreign key ("subject_program_id") references "program" ("id") on update cascade on delete set null;
alter table "indicator" add constraint "indicator_subject_zone_id_foreign" foreign key ("subject_zone_id") references "zone" ("id") on update cascade on delete set null;
alter table "indicator" add constraint "indicator_subject_facility_id_foreign" foreign key ("subject_facility_id") references "facility" ("id") on update cascade on delete set null;
alter table "indicator" add constraint "indicator_subject_organisation_id_foreign" foreign key ("subject_organisation_id") references "organisation" ("id") on update cascade on delete set null;

alter table "target" add constraint "target_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;
alter table "target" add constraint "target_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete set null;

alter table "observation" add constraint "observation_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;
alter table "observation" add constraint "observation_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;

alter table "indicator_source" add constraint "indicator_source_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;
alter table "indicator_source" add constraint "indicator_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "facility_organisation" add constraint "facility_organisation_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;
alter table "facility_organisation" add constraint "facility_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;

alter table "facility_source" add constraint "facility_source_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete cascade;
alter table "facility_source" add constraint "facility_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "facility_program" add constraint "facility_program_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete cascade;
alter table "facility_program" add constraint "facility_program_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;

alter table "exemption" add constraint "exemption_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade;

alter table "exemption_source" add constraint "exemption_source_exemption_id_foreign" foreign key ("exemption_id") references "exemption" ("id") on update cascade on delete cascade;
alter table "exemption_source" add constraint "exemption_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "zone_overlap" add constraint "zone_overlap_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete cascade;
alter table "zone_overlap" add constraint "zone_overlap_other_zone_id_foreign" foreign key ("other_zone_id") references "zone" ("id") on update cascade on delete cascade;

alter table "zone_source" add constraint "zone_source_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade on delete cascade;
alter table "zone_source" add constraint "zone_source_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;

alter table "zone_organisation" add constraint "zone_organisation_zone_id_foreign" foreign key ("zone_id") references "zone" ("id") on update cascade;
alter table "zone_organisation" add constraint "zone_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;

