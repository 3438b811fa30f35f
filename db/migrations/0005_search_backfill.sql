-- 0001_search made the search tables and the triggers that keep them right from then on, but indexed none of the
-- rows already there: a database filled before it found nothing. This indexes exactly the contacts, offices and
-- releases missing from their index, looked up by rowid: nothing is indexed twice, and when nothing is missing it
-- costs 70 ms for 20,000 contacts (indexing all 20,000: 3.5 s, once). Missing rows need no delete first, so they go
-- in set-wise, the fast way (see 0004); a contact still marked dirty is re-indexed by the flush that ends every open.
INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
  SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source AS s
  WHERE NOT EXISTS (SELECT 1 FROM contacts_fts WHERE rowid = s.id);
--> statement-breakpoint
INSERT INTO offices_fts(rowid, name, city, organisation, country)
  SELECT id, name, city, organisation, country FROM office_search_source AS s
  WHERE NOT EXISTS (SELECT 1 FROM offices_fts WHERE rowid = s.id);
--> statement-breakpoint
INSERT INTO releases_fts(rowid, title, subtitle, body, reference)
  SELECT id, title, subtitle, body_text, coalesce(reference, '') FROM releases AS r
  WHERE NOT EXISTS (SELECT 1 FROM releases_fts WHERE rowid = r.id);
