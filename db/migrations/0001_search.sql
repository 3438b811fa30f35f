-- Full-text search over contacts, offices and releases.
-- unicode61 with remove_diacritics 2 folds "Genève" to "geneve"; prefix indexes make "gen" fast.
-- The tables are contentless (the text lives in the real tables) and kept in step by triggers,
-- so every writer (app, CLI, import) keeps search right without remembering to.
CREATE VIRTUAL TABLE `contacts_fts` USING fts5(
  name, title, organisation, place, emails, phones, topics,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
--> statement-breakpoint
CREATE TABLE `contacts_fts_dirty` (`contact_id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE VIEW `contact_search_source` AS
SELECT
  c.id AS id,
  trim(c.given_name || ' ' || c.family_name) AS name,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(c.title)), '') AS title,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(o.name)), '') || ' ' ||
    coalesce((SELECT group_concat(value, ' ') FROM json_each(o.acronym)), '') AS organisation,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(f.name)), '') || ' ' ||
    coalesce((SELECT group_concat(value, ' ') FROM json_each(f.city)), '') || ' ' ||
    coalesce(f.country, '') AS place,
  coalesce((SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), '') AS emails,
  coalesce((SELECT group_concat(digits, ' ') FROM contact_phones WHERE contact_id = c.id), '') AS phones,
  coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '') AS topics
FROM contacts c
LEFT JOIN organisations o ON o.id = c.organisation_id
LEFT JOIN offices f ON f.id = c.office_id;
--> statement-breakpoint
-- A new contact is indexed once, by the flush that ends its write, after its phones, emails and tags exist:
-- indexing it here too would index it twice and fragment the index.
CREATE TRIGGER `contacts_fts_ai` AFTER INSERT ON `contacts` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_au` AFTER UPDATE OF given_name, family_name, title, organisation_id, office_id ON `contacts` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_ad` AFTER DELETE ON `contacts` BEGIN
  DELETE FROM contacts_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Child rows mark their contact dirty instead of re-indexing it once per phone, email and tag;
-- the contact query layer ends each write with `DELETE FROM contacts_fts_dirty`, which re-indexes each dirty
-- contact once (trigger below). Renaming an organisation, office or tag re-indexes its contacts directly.
CREATE TRIGGER `contact_phones_fts_ai` AFTER INSERT ON `contact_phones` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (new.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_phones_fts_au` AFTER UPDATE ON `contact_phones` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (old.contact_id), (new.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_phones_fts_ad` AFTER DELETE ON `contact_phones` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (old.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_emails_fts_ai` AFTER INSERT ON `contact_emails` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (new.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_emails_fts_au` AFTER UPDATE ON `contact_emails` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (old.contact_id), (new.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_emails_fts_ad` AFTER DELETE ON `contact_emails` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (old.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_tags_fts_ai` AFTER INSERT ON `contact_tags` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (new.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contact_tags_fts_ad` AFTER DELETE ON `contact_tags` BEGIN
  INSERT OR IGNORE INTO contacts_fts_dirty VALUES (old.contact_id);
END;
--> statement-breakpoint
CREATE TRIGGER `tags_fts_au` AFTER UPDATE OF name ON `tags` BEGIN
  DELETE FROM contacts_fts WHERE rowid IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
  INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
    SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_contacts_fts_au` AFTER UPDATE OF name, acronym ON `organisations` BEGIN
  DELETE FROM contacts_fts WHERE rowid IN (SELECT id FROM contacts WHERE organisation_id = new.id);
  INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
    SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source WHERE id IN (SELECT id FROM contacts WHERE organisation_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `offices_contacts_fts_au` AFTER UPDATE OF name, city, country ON `offices` BEGIN
  DELETE FROM contacts_fts WHERE rowid IN (SELECT id FROM contacts WHERE office_id = new.id);
  INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
    SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source WHERE id IN (SELECT id FROM contacts WHERE office_id = new.id);
END;
--> statement-breakpoint
-- Deleting from the dirty table re-indexes: `DELETE FROM contacts_fts_dirty` ends every write that touched children.
CREATE TRIGGER `contacts_fts_dirty_ad` AFTER DELETE ON `contacts_fts_dirty` BEGIN
  DELETE FROM contacts_fts WHERE rowid = old.contact_id;
  INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
    SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source WHERE id = old.contact_id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `offices_fts` USING fts5(
  name, city, organisation, country,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
--> statement-breakpoint
CREATE VIEW `office_search_source` AS
SELECT
  f.id AS id,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(f.name)), '') AS name,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(f.city)), '') AS city,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(o.name)), '') || ' ' ||
    coalesce((SELECT group_concat(value, ' ') FROM json_each(o.acronym)), '') AS organisation,
  coalesce(f.country, '') AS country
FROM offices f
LEFT JOIN organisations o ON o.id = f.organisation_id;
--> statement-breakpoint
CREATE TRIGGER `offices_fts_ai` AFTER INSERT ON `offices` BEGIN
  INSERT INTO offices_fts(rowid, name, city, organisation, country)
    SELECT id, name, city, organisation, country FROM office_search_source WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `offices_fts_au` AFTER UPDATE ON `offices` BEGIN
  DELETE FROM offices_fts WHERE rowid = old.id;
  INSERT INTO offices_fts(rowid, name, city, organisation, country)
    SELECT id, name, city, organisation, country FROM office_search_source WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `offices_fts_ad` AFTER DELETE ON `offices` BEGIN
  DELETE FROM offices_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_offices_fts_au` AFTER UPDATE OF name, acronym ON `organisations` BEGIN
  DELETE FROM offices_fts WHERE rowid IN (SELECT id FROM offices WHERE organisation_id = new.id);
  INSERT INTO offices_fts(rowid, name, city, organisation, country)
    SELECT id, name, city, organisation, country FROM office_search_source WHERE id IN (SELECT id FROM offices WHERE organisation_id = new.id);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `releases_fts` USING fts5(
  title, subtitle, body, reference,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
--> statement-breakpoint
CREATE TRIGGER `releases_fts_ai` AFTER INSERT ON `releases` BEGIN
  INSERT INTO releases_fts(rowid, title, subtitle, body, reference)
    VALUES (new.id, new.title, new.subtitle, new.body_text, coalesce(new.reference, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `releases_fts_au` AFTER UPDATE OF title, subtitle, body_text, reference ON `releases` BEGIN
  DELETE FROM releases_fts WHERE rowid = old.id;
  INSERT INTO releases_fts(rowid, title, subtitle, body, reference)
    VALUES (new.id, new.title, new.subtitle, new.body_text, coalesce(new.reference, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `releases_fts_ad` AFTER DELETE ON `releases` BEGIN
  DELETE FROM releases_fts WHERE rowid = old.id;
END;
