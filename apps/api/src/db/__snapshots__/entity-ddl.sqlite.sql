create table `organisation` (`id` text not null, `code` text not null, `name_ko` text not null, `name_en` text null, `description_ko` text null, `description_en` text null, `visibility` text not null default 'PUBLIC', `kind` text not null, `parent_id` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `organisation_parent_id_foreign` foreign key(`parent_id`) references `organisation`(`id`) on delete set null on update cascade, primary key (`id`));
create unique index `organisation_code_unique` on `organisation` (`code`);
create index `organisation_parent_id_index` on `organisation` (`parent_id`);

create table `program` (`id` text not null, `code` text not null, `name_ko` text not null, `name_en` text null, `summary_ko` text not null, `summary_en` text null, `visibility` text not null default 'PUBLIC', `area` text not null, `status` text not null, `planned_start` date null, `planned_end` date null, `actual_start` date null, `actual_end` date null, `parent_id` text null, `progress` numeric(5,2) null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `program_parent_id_foreign` foreign key(`parent_id`) references `program`(`id`) on delete set null on update cascade, primary key (`id`));
create unique index `program_code_unique` on `program` (`code`);
create index `program_area_index` on `program` (`area`);
create index `program_status_index` on `program` (`status`);
create index `program_parent_id_index` on `program` (`parent_id`);

create table `benefit_rule` (`id` text not null, `program_id` text not null, `name_ko` text not null, `name_en` text null, `kind` text not null, `amount` bigint not null, `months` integer null, `child_orders` text not null, `effective_from` date not null, `effective_to` date null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `benefit_rule_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on update cascade, primary key (`id`));
create index `benefit_rule_program_id_index` on `benefit_rule` (`program_id`);

create table `program_organisation` (`id` text not null, `program_id` text not null, `organisation_id` text not null, `role` text not null, constraint `program_organisation_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on update cascade, constraint `program_organisation_organisation_id_foreign` foreign key(`organisation_id`) references `organisation`(`id`) on update cascade, primary key (`id`));
create index `program_organisation_program_id_index` on `program_organisation` (`program_id`);
create index `program_organisation_organisation_id_index` on `program_organisation` (`organisation_id`);

create table `sign_in_throttle` (`key` text not null, `failures` integer not null default 0, `blocked_until` datetime null, `updated_at` datetime not null, primary key (`key`));

create table `source` (`id` text not null, `code` text not null, `kind` text not null, `title` text not null, `publisher` text null, `author` text null, `url` text null, `published_on` date null, `retrieved_on` date null, `note` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, primary key (`id`));
create unique index `source_code_unique` on `source` (`code`);

create table `program_source` (`program_id` text not null, `source_id` text not null, constraint `program_source_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, constraint `program_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`program_id`, `source_id`));
create index `program_source_program_id_index` on `program_source` (`program_id`);
create index `program_source_source_id_index` on `program_source` (`source_id`);

create table `organisation_source` (`organisation_id` text not null, `source_id` text not null, constraint `organisation_source_organisation_id_foreign` foreign key(`organisation_id`) references `organisation`(`id`) on delete cascade on update cascade, constraint `organisation_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`organisation_id`, `source_id`));
create index `organisation_source_organisation_id_index` on `organisation_source` (`organisation_id`);
create index `organisation_source_source_id_index` on `organisation_source` (`source_id`);

create table `benefit_rule_source` (`benefit_rule_id` text not null, `source_id` text not null, constraint `benefit_rule_source_benefit_rule_id_foreign` foreign key(`benefit_rule_id`) references `benefit_rule`(`id`) on delete cascade on update cascade, constraint `benefit_rule_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`benefit_rule_id`, `source_id`));
create index `benefit_rule_source_benefit_rule_id_index` on `benefit_rule_source` (`benefit_rule_id`);
create index `benefit_rule_source_source_id_index` on `benefit_rule_source` (`source_id`);

create table `user` (`id` text not null, `email` text not null, `name` text not null, `role` text not null, `password_hash` text not null, `disabled` integer not null default false, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, primary key (`id`));
create unique index `user_email_unique` on `user` (`email`);

create table `session` (`id` text not null, `user_id` text not null, `csrf_token` text not null, `created_at` datetime not null, `expires_at` datetime not null, constraint `session_user_id_foreign` foreign key(`user_id`) references `user`(`id`) on update cascade, primary key (`id`));
create index `session_user_id_index` on `session` (`user_id`);

create table `audit_event` (`id` text not null, `at` datetime not null, `user_id` text null, `user_email` text null, `action` text not null, `entity_type` text not null, `entity_id` text not null, `entity_code` text null, `entity_version` integer null, `before` text null, `after` text null, `changes` text not null, constraint `audit_event_user_id_foreign` foreign key(`user_id`) references `user`(`id`) on delete set null on update cascade, primary key (`id`));
create index `audit_event_user_id_index` on `audit_event` (`user_id`);

create table `api_token` (`id` text not null, `user_id` text not null, `name` text not null, `token_hash` text not null, `prefix` text not null, `created_at` datetime not null, `expires_at` datetime null, `last_used_at` datetime null, `revoked_at` datetime null, constraint `api_token_user_id_foreign` foreign key(`user_id`) references `user`(`id`) on update cascade, primary key (`id`));
create index `api_token_user_id_index` on `api_token` (`user_id`);
create unique index `api_token_token_hash_unique` on `api_token` (`token_hash`);

create table `zone` (`id` text not null, `code` text not null, `name_ko` text not null, `name_en` text null, `description_ko` text null, `description_en` text null, `visibility` text not null default 'PUBLIC', `kind` text not null, `status` text not null, `parent_id` text null, `designation_authority_ko` text null, `designation_authority_en` text null, `designation_instrument` text null, `designated_on` date null, `designated_on_precision` text null, `designation_expires_on` date null, `area_value` double null, `area_unit` text null, `specialisations` text not null default '[]', `geometry` text null, `bounds_west` double null, `bounds_south` double null, `bounds_east` double null, `bounds_north` double null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `zone_parent_id_foreign` foreign key(`parent_id`) references `zone`(`id`) on delete set null on update cascade, primary key (`id`));
create unique index `zone_code_unique` on `zone` (`code`);
create index `zone_parent_id_index` on `zone` (`parent_id`);

create table `program_zone` (`zone_id` text not null, `program_id` text not null, constraint `program_zone_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on delete cascade on update cascade, constraint `program_zone_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, primary key (`zone_id`, `program_id`));
create index `program_zone_zone_id_index` on `program_zone` (`zone_id`);
create index `program_zone_program_id_index` on `program_zone` (`program_id`);

create table `facility` (`id` text not null, `code` text not null, `name_ko` text not null, `name_en` text null, `description_ko` text null, `description_en` text null, `visibility` text not null default 'PUBLIC', `kind` text not null, `status` text not null, `zone_id` text null, `operator_id` text null, `address_ko` text null, `address_en` text null, `longitude` double null, `latitude` double null, `location_precision` text not null default 'APPROXIMATE', `capacity_value` double null, `capacity_unit` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `facility_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on delete set null on update cascade, constraint `facility_operator_id_foreign` foreign key(`operator_id`) references `organisation`(`id`) on delete set null on update cascade, primary key (`id`));
create unique index `facility_code_unique` on `facility` (`code`);
create index `facility_zone_id_index` on `facility` (`zone_id`);
create index `facility_operator_id_index` on `facility` (`operator_id`);

create table `milestone` (`id` text not null, `facility_id` text null, `program_id` text null, `kind` text not null, `title_ko` text null, `title_en` text null, `planned_on` date null, `planned_on_precision` text not null default 'DAY', `actual_on` date null, `actual_on_precision` text not null default 'DAY', `note_ko` text null, `note_en` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `milestone_facility_id_foreign` foreign key(`facility_id`) references `facility`(`id`) on delete set null on update cascade, constraint `milestone_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete set null on update cascade, primary key (`id`));
create index `milestone_facility_id_index` on `milestone` (`facility_id`);
create index `milestone_program_id_index` on `milestone` (`program_id`);

create table `milestone_source` (`milestone_id` text not null, `source_id` text not null, constraint `milestone_source_milestone_id_foreign` foreign key(`milestone_id`) references `milestone`(`id`) on delete cascade on update cascade, constraint `milestone_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`milestone_id`, `source_id`));
create index `milestone_source_milestone_id_index` on `milestone_source` (`milestone_id`);
create index `milestone_source_source_id_index` on `milestone_source` (`source_id`);

create table `indicator` (`id` text not null, `code` text not null, `name_ko` text not null, `name_en` text null, `description_ko` text null, `description_en` text null, `visibility` text not null default 'PUBLIC', `unit` text not null, `multiplier` text not null default 'ONE', `frequency` text not null, `aggregation` text not null, `direction` text not null, `subject_type` text not null, `subject_program_id` text null, `subject_zone_id` text null, `subject_facility_id` text null, `subject_organisation_id` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `indicator_subject_program_id_foreign` foreign key(`subject_program_id`) references `program`(`id`) on delete set null on update cascade, constraint `indicator_subject_zone_id_foreign` foreign key(`subject_zone_id`) references `zone`(`id`) on delete set null on update cascade, constraint `indicator_subject_facility_id_foreign` foreign key(`subject_facility_id`) references `facility`(`id`) on delete set null on update cascade, constraint `indicator_subject_organisation_id_foreign` foreign key(`subject_organisation_id`) references `organisation`(`id`) on delete set null on update cascade, primary key (`id`));
create unique index `indicator_code_unique` on `indicator` (`code`);
create index `indicator_subject_program_id_index` on `indicator` (`subject_program_id`);
create index `indicator_subject_zone_id_index` on `indicator` (`subject_zone_id`);
create index `indicator_subject_facility_id_index` on `indicator` (`subject_facility_id`);
create index `indicator_subject_organisation_id_index` on `indicator` (`subject_organisation_id`);

create table `target` (`id` text not null, `indicator_id` text not null, `period` text null, `deadline` date null, `value` text not null, `kind` text not null, `source_id` text null, `note` text null, `recorded_at` datetime not null, `superseded_at` datetime null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `target_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on update cascade, constraint `target_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete set null on update cascade, primary key (`id`));
create index `target_indicator_id_index` on `target` (`indicator_id`);
create index `target_source_id_index` on `target` (`source_id`);

create table `observation` (`id` text not null, `indicator_id` text not null, `period` text not null, `period_start` date not null, `period_end` date not null, `value` text not null, `status` text not null, `source_id` text not null, `note` text null, `vintage` integer not null default 1, `recorded_at` datetime not null, `superseded_at` datetime null, `superseded_by_id` text null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, `publication_state` text not null default 'DRAFT', `last_changed_by` text null, `submitted_by` text null, `submitted_at` datetime null, `reviewed_by` text null, `reviewed_at` datetime null, `review_comment` text null, `published_by` text null, `published_at` datetime null, `release_at` datetime null, `released_at` datetime null, `withdrawn_by` text null, `withdrawn_at` datetime null, `withdrawal_reason` text null, `public_from` datetime null, `public_until` datetime null, constraint `observation_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on update cascade, constraint `observation_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade, primary key (`id`));
create index `observation_indicator_id_index` on `observation` (`indicator_id`);
create index `observation_source_id_index` on `observation` (`source_id`);

create table `indicator_source` (`indicator_id` text not null, `source_id` text not null, constraint `indicator_source_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on delete cascade on update cascade, constraint `indicator_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`indicator_id`, `source_id`));
create index `indicator_source_indicator_id_index` on `indicator_source` (`indicator_id`);
create index `indicator_source_source_id_index` on `indicator_source` (`source_id`);

create table `facility_organisation` (`id` text not null, `facility_id` text not null, `organisation_id` text not null, `role` text not null, constraint `facility_organisation_facility_id_foreign` foreign key(`facility_id`) references `facility`(`id`) on update cascade, constraint `facility_organisation_organisation_id_foreign` foreign key(`organisation_id`) references `organisation`(`id`) on update cascade, primary key (`id`));
create index `facility_organisation_facility_id_index` on `facility_organisation` (`facility_id`);
create index `facility_organisation_organisation_id_index` on `facility_organisation` (`organisation_id`);

create table `facility_source` (`facility_id` text not null, `source_id` text not null, constraint `facility_source_facility_id_foreign` foreign key(`facility_id`) references `facility`(`id`) on delete cascade on update cascade, constraint `facility_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`facility_id`, `source_id`));
create index `facility_source_facility_id_index` on `facility_source` (`facility_id`);
create index `facility_source_source_id_index` on `facility_source` (`source_id`);

create table `facility_program` (`facility_id` text not null, `program_id` text not null, constraint `facility_program_facility_id_foreign` foreign key(`facility_id`) references `facility`(`id`) on delete cascade on update cascade, constraint `facility_program_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, primary key (`facility_id`, `program_id`));
create index `facility_program_facility_id_index` on `facility_program` (`facility_id`);
create index `facility_program_program_id_index` on `facility_program` (`program_id`);

create table `exemption` (`id` text not null, `zone_id` text not null, `kind` text not null, `law_ko` text not null, `law_en` text null, `conditions_ko` text null, `conditions_en` text null, `valid_from` date null, `valid_to` date null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `exemption_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on update cascade, primary key (`id`));
create index `exemption_zone_id_index` on `exemption` (`zone_id`);

create table `exemption_source` (`exemption_id` text not null, `source_id` text not null, constraint `exemption_source_exemption_id_foreign` foreign key(`exemption_id`) references `exemption`(`id`) on delete cascade on update cascade, constraint `exemption_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`exemption_id`, `source_id`));
create index `exemption_source_exemption_id_index` on `exemption_source` (`exemption_id`);
create index `exemption_source_source_id_index` on `exemption_source` (`source_id`);

create table `zone_overlap` (`zone_id` text not null, `other_zone_id` text not null, constraint `zone_overlap_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on delete cascade on update cascade, constraint `zone_overlap_other_zone_id_foreign` foreign key(`other_zone_id`) references `zone`(`id`) on delete cascade on update cascade, primary key (`zone_id`, `other_zone_id`));
create index `zone_overlap_zone_id_index` on `zone_overlap` (`zone_id`);
create index `zone_overlap_other_zone_id_index` on `zone_overlap` (`other_zone_id`);

create table `zone_source` (`zone_id` text not null, `source_id` text not null, constraint `zone_source_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on delete cascade on update cascade, constraint `zone_source_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`zone_id`, `source_id`));
create index `zone_source_zone_id_index` on `zone_source` (`zone_id`);
create index `zone_source_source_id_index` on `zone_source` (`source_id`);

create table `zone_organisation` (`id` text not null, `zone_id` text not null, `organisation_id` text not null, `role` text not null, constraint `zone_organisation_zone_id_foreign` foreign key(`zone_id`) references `zone`(`id`) on update cascade, constraint `zone_organisation_organisation_id_foreign` foreign key(`organisation_id`) references `organisation`(`id`) on update cascade, primary key (`id`));
create index `zone_organisation_zone_id_index` on `zone_organisation` (`zone_id`);
create index `zone_organisation_organisation_id_index` on `zone_organisation` (`organisation_id`);

