CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`contact_id` integer,
	`release_id` integer,
	`list_id` integer,
	`detail` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`list_id`) REFERENCES `distribution_lists`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activity_contact` ON `activity` (`contact_id`,`at`);--> statement-breakpoint
CREATE INDEX `activity_release` ON `activity` (`release_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contact_countries` (
	`contact_id` integer NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`contact_id`, `country`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_countries_country` ON `contact_countries` (`country`);--> statement-breakpoint
CREATE TABLE `contact_emails` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`address` text NOT NULL,
	`kind` text,
	`position` integer DEFAULT 0 NOT NULL,
	`preferred` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_emails_contact` ON `contact_emails` (`contact_id`);--> statement-breakpoint
CREATE INDEX `contact_emails_address` ON `contact_emails` (`address`);--> statement-breakpoint
CREATE TABLE `contact_languages` (
	`contact_id` integer NOT NULL,
	`lang` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`contact_id`, `lang`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_languages_lang` ON `contact_languages` (`lang`);--> statement-breakpoint
CREATE TABLE `contact_phones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`kind` text,
	`raw` text NOT NULL,
	`e164` text,
	`digits` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`preferred` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_phones_contact` ON `contact_phones` (`contact_id`);--> statement-breakpoint
CREATE INDEX `contact_phones_e164` ON `contact_phones` (`e164`);--> statement-breakpoint
CREATE TABLE `contact_regions` (
	`contact_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	PRIMARY KEY(`contact_id`, `region_id`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_regions_region` ON `contact_regions` (`region_id`);--> statement-breakpoint
CREATE TABLE `contact_roles` (
	`contact_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`contact_id`, `role`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_roles_role` ON `contact_roles` (`role`);--> statement-breakpoint
CREATE TABLE `contact_tags` (
	`contact_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`contact_id`, `tag_id`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_tags_tag` ON `contact_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`honorific` text,
	`given_name` text DEFAULT '' NOT NULL,
	`family_name` text DEFAULT '' NOT NULL,
	`organisation_id` integer,
	`office_id` integer,
	`title` text DEFAULT '{}' NOT NULL,
	`social` text DEFAULT '{}' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`do_not_contact` integer DEFAULT false NOT NULL,
	`do_not_contact_reason` text,
	`do_not_contact_until` text,
	`lawful_basis` text,
	`source` text,
	`last_verified_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contacts_organisation` ON `contacts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `contacts_office` ON `contacts` (`office_id`);--> statement-breakpoint
CREATE INDEX `contacts_family_given` ON `contacts` (`family_name`,`given_name`);--> statement-breakpoint
CREATE TABLE `distribution_list_members` (
	`list_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`mode` text DEFAULT 'include' NOT NULL,
	`added_at` text NOT NULL,
	PRIMARY KEY(`list_id`, `contact_id`),
	FOREIGN KEY (`list_id`) REFERENCES `distribution_lists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `distribution_list_members_contact` ON `distribution_list_members` (`contact_id`);--> statement-breakpoint
CREATE TABLE `distribution_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner` text,
	`filter` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `release_lists` (
	`release_id` integer NOT NULL,
	`list_id` integer NOT NULL,
	PRIMARY KEY(`release_id`, `list_id`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`list_id`) REFERENCES `distribution_lists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `offices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`parent_id` integer,
	`kind` text DEFAULT 'country' NOT NULL,
	`name` text DEFAULT '{}' NOT NULL,
	`city` text DEFAULT '{}' NOT NULL,
	`country` text,
	`region_id` integer,
	`time_zone` text,
	`phone_raw` text,
	`phone_e164` text,
	`email` text,
	`address` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `offices_organisation` ON `offices` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `offices_parent` ON `offices` (`parent_id`);--> statement-breakpoint
CREATE INDEX `offices_country` ON `offices` (`country`);--> statement-breakpoint
CREATE INDEX `offices_region` ON `offices` (`region_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT '{}' NOT NULL,
	`acronym` text DEFAULT '{}' NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`website` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `region_countries` (
	`region_id` integer NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`region_id`, `country`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `region_countries_country` ON `region_countries` (`country`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contact_block_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`block_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`phone_ids` text,
	`email_ids` text,
	FOREIGN KEY (`block_id`) REFERENCES `contact_blocks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_block_rows_block` ON `contact_block_rows` (`block_id`);--> statement-breakpoint
CREATE INDEX `contact_block_rows_contact` ON `contact_block_rows` (`contact_id`);--> statement-breakpoint
CREATE TABLE `contact_blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`release_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`subheading` text,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_blocks_release` ON `contact_blocks` (`release_id`);--> statement-breakpoint
CREATE TABLE `release_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`release_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `release_revisions_release` ON `release_revisions` (`release_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `release_tags` (
	`release_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`release_id`, `tag_id`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `release_tags_tag` ON `release_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text,
	`year` integer NOT NULL,
	`language` text NOT NULL,
	`translation_group` text NOT NULL,
	`organisation_id` integer,
	`title` text DEFAULT '' NOT NULL,
	`subtitle` text DEFAULT '' NOT NULL,
	`dateline_city` text,
	`dateline_date` text,
	`body_json` text,
	`body_html` text DEFAULT '' NOT NULL,
	`body_text` text DEFAULT '' NOT NULL,
	`notes_to_editors` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`embargo_until` text,
	`embargo_time_zone` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `releases_reference` ON `releases` (`reference`);--> statement-breakpoint
CREATE INDEX `releases_group` ON `releases` (`translation_group`);--> statement-breakpoint
CREATE INDEX `releases_status` ON `releases` (`status`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name` ON `tags` (lower("name"));