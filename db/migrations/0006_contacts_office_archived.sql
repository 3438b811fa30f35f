DROP INDEX `contacts_office`;--> statement-breakpoint
CREATE INDEX `contacts_office_archived` ON `contacts` (`office_id`,`archived_at`);--> statement-breakpoint
CREATE INDEX `contacts_archived` ON `contacts` (`archived_at`);