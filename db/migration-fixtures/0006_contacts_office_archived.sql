-- Data for a database at schema 0006_contacts_office_archived: the 0002 data (0003 to 0006 only add or change indexes, change a trigger and fill the search index).
INSERT INTO regions (id, name, created_at, updated_at) VALUES
  (1, '{"en":"Europe","fr":"Europe"}', '2024-01-02T09:00:00.000Z', '2024-01-02T09:00:00.000Z'),
  (2, '{"en":"Middle East and North Africa","fr":"Moyen-Orient et Afrique du Nord"}', '2024-01-02T09:00:00.000Z', '2024-01-02T09:00:00.000Z');
INSERT INTO region_countries (region_id, country) VALUES (1, 'BE'), (1, 'CH'), (2, 'EG'), (2, 'JO');
INSERT INTO organisations (id, name, acronym, kind, website, created_at, updated_at, archived_at) VALUES
  (1, '{"en":"International Organization for Migration","fr":"Organisation internationale pour les migrations"}', '{"en":"IOM","fr":"OIM"}', 'un_agency', 'https://www.iom.int', '2024-01-02T09:00:00.000Z', '2024-01-02T09:00:00.000Z', NULL),
  (2, '{"en":"International Catholic Migration Commission"}', '{"en":"ICMC"}', 'ngo', NULL, '2024-01-02T09:00:00.000Z', '2024-01-03T09:00:00.000Z', '2024-06-01T00:00:00.000Z');
INSERT INTO offices (id, organisation_id, parent_id, kind, name, city, country, region_id, time_zone, phone_raw, phone_e164, email, address, created_at, updated_at, archived_at) VALUES
  (1, 1, NULL, 'regional', '{"en":"Regional Office for the EU","fr":"Bureau régional pour l’UE"}', '{"en":"Brussels","fr":"Bruxelles"}', 'BE', 1, 'Europe/Brussels', '+32 2 287 70 00', '+3222877000', 'robrussels@iom.int', 'Rue Montoyer 40', '2024-01-02T09:00:00.000Z', '2024-01-02T09:00:00.000Z', NULL),
  (2, 1, 1, 'country', '{"en":"IOM Cairo","ar":"المنظمة الدولية للهجرة القاهرة"}', '{"en":"Cairo"}', 'EG', 2, 'Africa/Cairo', NULL, NULL, NULL, NULL, '2024-01-02T09:00:00.000Z', '2024-01-02T09:00:00.000Z', NULL);
-- 40 people; every one has two phones, an email, a language, a role, a country, a region and a tag.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO contacts (id, honorific, given_name, family_name, organisation_id, office_id, title, social, notes, do_not_contact, do_not_contact_reason, do_not_contact_until, lawful_basis, source, last_verified_at, created_at, updated_at, archived_at)
SELECT i, CASE WHEN i % 3 = 0 THEN 'Dr' END, 'Amélie ' || i, 'Dö Backer-' || i, CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + i % 2 END, CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % 2 END,
  '{"en":"Spokesperson ' || i || '","fr":"Porte-parole ' || i || '"}', '{"x":"@person' || i || '"}', 'Notes «' || i || '»', i % 7 = 0, CASE WHEN i % 7 = 0 THEN 'Asked not to be contacted' END, NULL,
  'legitimate_interest', 'Fixture 0000', CASE WHEN i % 2 = 0 THEN '2024-05-01' END, '2024-01-0' || (1 + i % 9) || 'T10:00:00.000Z', '2024-02-01T10:00:00.000Z', CASE WHEN i = 40 THEN '2024-07-01T00:00:00.000Z' END
FROM n;
INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred)
  SELECT id, 'office', '+32 2 287 7' || printf('%03d', id), '+322287' || printf('7%03d', id), '322287' || printf('7%03d', id), 0, 1 FROM contacts;
INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred)
  SELECT id, 'mobile', '0470 13 1' || printf('%03d', id), NULL, '047013' || printf('1%03d', id), 1, 0 FROM contacts;
INSERT INTO contact_emails (contact_id, address, kind, position, preferred)
  SELECT id, 'person' || id || '@example.org', 'work', 0, 1 FROM contacts;
INSERT INTO contact_languages (contact_id, lang, position) SELECT id, CASE WHEN id % 2 = 0 THEN 'fr' ELSE 'en' END, 0 FROM contacts;
INSERT INTO contact_roles (contact_id, role) SELECT id, 'spokesperson' FROM contacts WHERE id % 2 = 1;
INSERT INTO contact_roles (contact_id, role) SELECT id, 'media' FROM contacts WHERE id % 2 = 0;
INSERT INTO contact_countries (contact_id, country) SELECT id, CASE WHEN id % 2 = 0 THEN 'BE' ELSE 'EG' END FROM contacts;
INSERT INTO contact_regions (contact_id, region_id) SELECT id, 1 + id % 2 FROM contacts;
INSERT INTO tags (id, name, created_at) VALUES (1, 'Resettlement', '2024-01-02T09:00:00.000Z'), (2, 'Santé', '2024-01-02T09:00:00.000Z');
INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 1 + id % 2 FROM contacts;
INSERT INTO releases (id, reference, year, language, translation_group, organisation_id, title, subtitle, dateline_city, dateline_date, body_json, body_html, body_text, notes_to_editors, status, embargo_until, embargo_time_zone, created_at, updated_at, archived_at) VALUES
  (1, 'PR-2024-001', 2024, 'fr', 'group-1', 1, 'L’OIM présente des modèles européens', 'Réinstallation', 'Bruxelles', '2024-04-12', '{"type":"doc","content":[]}', '<p>Les participants ont débattu.</p>', 'Les participants ont débattu.', 'Pour plus d’informations', 'published', NULL, NULL, '2024-04-10T09:00:00.000Z', '2024-04-12T09:00:00.000Z', NULL),
  (2, NULL, 2024, 'en', 'group-1', NULL, 'IOM presents European models', '', NULL, NULL, NULL, '<p>Participants discussed.</p>', 'Participants discussed.', '', 'draft', '2024-04-12T10:00:00+02:00', 'Europe/Brussels', '2024-04-10T09:00:00.000Z', '2024-04-10T09:00:00.000Z', NULL);
INSERT INTO release_tags (release_id, tag_id) VALUES (1, 1), (2, 1), (2, 2);
INSERT INTO release_revisions (release_id, created_at, snapshot) VALUES
  (1, '2024-04-11T09:00:00.000Z', '{"title":"Brouillon"}'), (1, '2024-04-12T09:00:00.000Z', '{"title":"L’OIM présente"}'), (2, '2024-04-10T09:00:00.000Z', '{"title":"Draft"}');
INSERT INTO contact_blocks (id, release_id, position, subheading) VALUES (1, 1, 0, 'Contacts presse'), (2, 1, 1, NULL), (3, 2, 0, 'Media contacts');
INSERT INTO contact_block_rows (block_id, contact_id, position, phone_ids, email_ids)
  SELECT 1 + id % 3, id, id, '[' || (id * 2 - 1) || ']', '[' || id || ']' FROM contacts WHERE id <= 12;
INSERT INTO distribution_lists (id, name, description, owner, filter, created_at, updated_at, archived_at) VALUES
  (1, 'Brussels media', 'Hand-picked', 'Press office', NULL, '2024-03-01T09:00:00.000Z', '2024-03-01T09:00:00.000Z', NULL),
  (2, 'Spokespeople', '', NULL, '{"query":"","role":"spokesperson","includeArchived":false}', '2024-03-01T09:00:00.000Z', '2024-03-02T09:00:00.000Z', NULL);
INSERT INTO distribution_list_members (list_id, contact_id, mode, added_at)
  SELECT 1 + id % 2, id, CASE WHEN id % 5 = 0 THEN 'exclude' ELSE 'include' END, '2024-03-01T09:00:00.000Z' FROM contacts WHERE id <= 30;
INSERT INTO release_lists (release_id, list_id) VALUES (1, 1), (1, 2), (2, 1);
INSERT INTO activity (at, kind, subject, contact_id, release_id, list_id, detail)
  SELECT '2024-04-12T09:00:00.000Z', 'sent', 'contact', id, 1, 1, '{"via":"eml","batch":1}' FROM contacts WHERE id <= 20;
INSERT INTO activity (at, kind, subject, contact_id, release_id, list_id, detail) VALUES
  ('2024-04-10T09:00:00.000Z', 'created', 'release', NULL, 2, NULL, '{}'), ('2024-03-01T09:00:00.000Z', 'created', 'list', NULL, NULL, 1, '{"name":"Brussels media"}');
INSERT INTO settings (key, value) VALUES ('releases.referencePattern', '"PR-{YYYY}-{NNN}"'), ('import.mapping.abc', '{"header":["Name"],"mapping":["name"]}');
-- Every write path of this version ended by re-indexing the contacts it touched.
DELETE FROM contacts_fts_dirty;
UPDATE releases SET translated_from_id = 1, edited_at = '2024-04-11T09:00:00.000Z' WHERE id = 2;
UPDATE releases SET edited_at = '2024-04-12T09:00:00.000Z' WHERE id = 1;
UPDATE release_revisions SET saved_at = created_at;
UPDATE release_revisions SET reason = 'restore' WHERE id = 2;
