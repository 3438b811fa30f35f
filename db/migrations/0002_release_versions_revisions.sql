DROP INDEX `releases_reference`;--> statement-breakpoint
ALTER TABLE `releases` ADD `translated_from_id` integer;--> statement-breakpoint
ALTER TABLE `releases` ADD `edited_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `releases_reference_language` ON `releases` (`reference`,`language`);--> statement-breakpoint
ALTER TABLE `release_revisions` ADD `saved_at` text;--> statement-breakpoint
ALTER TABLE `release_revisions` ADD `reason` text DEFAULT 'edit' NOT NULL;