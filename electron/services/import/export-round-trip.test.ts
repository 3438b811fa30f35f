import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { useTempDir } from '../../../db/testing/temp-dir';
import { exportContacts } from '../export/export';
import { seedSheetDirectory } from '../export/testing/directory';
import { importFile } from './import-file';

const tempDir = useTempDir('pressdesk-round-trip-');

/** What must survive an export and an import: names, notes as typed, every number and address. */
const people = (db: Db) =>
  db.$client
    .prepare(
      `SELECT c.given_name AS given, c.family_name AS family, c.notes,
         (SELECT group_concat(e164, ' ') FROM (SELECT e164 FROM contact_phones WHERE contact_id = c.id ORDER BY e164)) AS phones,
         (SELECT group_concat(address, ' ') FROM (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY address)) AS emails
       FROM contacts c ORDER BY c.family_name, c.given_name`,
    )
    .all();

describe('a PressDesk CSV export imported again', () => {
  let source: OpenedDatabase;
  beforeEach(async () => {
    source = await openDatabase(':memory:');
    seedSheetDirectory(source.db);
  });
  afterEach(() => source.close());

  for (const format of ['csv', 'csv-semicolon'] as const) {
    it(`gives back every person, number and address, and notes that start like a formula (${format})`, async () => {
      // Notes the exporter must guard with a leading ' and the importer must give back exactly as typed.
      const guarded = ['=SUM(A1)', '+1 is a vote', '-dash first', '@handle', "'already quoted"];
      const rows = source.db.$client.prepare('SELECT id FROM contacts ORDER BY id').pluck().all() as number[];
      guarded.forEach((notes, i) =>
        source.db.$client.prepare('UPDATE contacts SET notes = ? WHERE id = ?').run(notes, rows[i]),
      );
      const file = path.join(tempDir(), 'contacts.csv');
      await exportContacts(source.db, {
        scope: { kind: 'filter', filter: { query: '', includeArchived: false } },
        format,
        destination: file,
        columns: ['givenName', 'familyName', 'emails', 'phones', 'notes'],
      });
      const bytes = fs.readFileSync(file);
      // The guard really is in the file: one ' before each formula start, E.164 numbers included.
      expect(bytes.toString('utf8')).toContain("'=SUM(A1)");
      expect(bytes.toString('utf8')).toMatch(/'\+\d/);

      const target = await openDatabase(':memory:');
      try {
        const { preview, result } = await importFile(target.db, bytes, {
          fileName: path.basename(file),
          onDuplicate: 'keep-both',
          skipInvalid: false,
        });
        expect(preview.table?.delimiter).toBe(format === 'csv' ? ',' : ';');
        expect(result.created).toBe(rows.length);
        expect(people(target.db)).toEqual(people(source.db));
      } finally {
        target.close();
      }
    });
  }

  it('keeps an apostrophe that is part of a name', async () => {
    source.db.$client
      .prepare(
        `INSERT INTO contacts (given_name, family_name, title, social, notes, do_not_contact, created_at, updated_at)
         VALUES ('Siobhán', 'O''Brien', '{}', '{}', '', 0, '2026-01-01', '2026-01-01')`,
      )
      .run();
    const file = path.join(tempDir(), 'contacts.csv');
    await exportContacts(source.db, {
      scope: { kind: 'filter', filter: { query: '', includeArchived: false } },
      format: 'csv',
      destination: file,
      columns: ['givenName', 'familyName'],
    });
    const target = await openDatabase(':memory:');
    try {
      await importFile(target.db, fs.readFileSync(file), {
        fileName: 'contacts.csv',
        onDuplicate: 'skip',
        skipInvalid: false,
      });
      expect(target.db.$client.prepare('SELECT family_name FROM contacts').pluck().all()).toContain("O'Brien");
    } finally {
      target.close();
    }
  });
});
