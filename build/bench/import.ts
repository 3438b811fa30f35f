import path from 'node:path';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { openDatabase } from '../../db/open';
import type { DemoDirectory } from '../../db/seed/plan';
import { importFile } from '../../electron/services/import/import-file';
import { ms, progress, ratio } from './stats';

const STAMP = '2026-01-01T00:00:00.000Z';
const SOURCE = 'Imported from contacts.csv';

/** One CSV row per demo contact, the way a press office's sheet holds them: what both runs write. */
interface SheetRow {
  readonly givenName: string;
  readonly familyName: string;
  readonly organisation: string;
  readonly title: string;
  readonly email: string | null;
  readonly office: { readonly raw: string; readonly e164: string; readonly digits: string } | null;
  readonly mobile: { readonly raw: string; readonly e164: string; readonly digits: string } | null;
  readonly country: string;
}

function sheetRows(plan: DemoDirectory): SheetRow[] {
  return plan.contacts.map((c) => {
    const v = c.values;
    const org = plan.organisations[c.organisation]!.values;
    const phone = (kind: string) => {
      const p = v.phones.find((x) => x.kind === kind);
      return p && p.e164 ? { raw: p.raw, e164: p.e164, digits: p.digits } : null;
    };
    return {
      givenName: v.givenName,
      familyName: v.familyName,
      organisation: org.name?.en ?? Object.values(org.name ?? {})[0] ?? '',
      title: v.title.en ?? '',
      email: v.emails[0]?.address ?? null,
      office: phone('office'),
      mobile: phone('mobile'),
      country: plan.offices[c.office]!.values.country ?? '',
    };
  });
}

const toCsv = (rows: readonly SheetRow[]) =>
  Buffer.from(
    stringify([
      ['Given Name', 'Family Name', 'Organisation', 'Job Title', 'Email', 'Office Phone', 'Mobile Phone', 'Country'],
      ...rows.map((r) => [
        r.givenName,
        r.familyName,
        r.organisation,
        r.title,
        r.email ?? '',
        r.office?.raw ?? '',
        r.mobile?.raw ?? '',
        r.country,
      ]),
    ]),
  );

/**
 * The floor: the rows the file holds, already parsed (names split, numbers in E.164), written with raw prepared
 * statements in one transaction and the same search re-index. The app reads the CSV itself, checks every row, parses
 * every number, looks for duplicates, then writes; the ratio is what all of that costs over bare inserts.
 */
function writeRowsRaw(sqlite: Database.Database, rows: readonly SheetRow[]): number {
  const organisation = sqlite.prepare(
    `INSERT INTO organisations (name, acronym, kind, created_at, updated_at) VALUES (?, '{}', 'other', ?, ?)`,
  );
  const contact = sqlite.prepare(
    `INSERT INTO contacts (given_name, family_name, organisation_id, title, social, notes, do_not_contact, source,
       created_at, updated_at) VALUES (?, ?, ?, ?, '{}', '', 0, ?, ?, ?)`,
  );
  const phone = sqlite.prepare(
    'INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred) VALUES (?, ?, ?, ?, ?, ?, 0)',
  );
  const email = sqlite.prepare(
    'INSERT INTO contact_emails (contact_id, address, kind, position, preferred) VALUES (?, ?, NULL, 0, 0)',
  );
  const flush = sqlite.prepare('DELETE FROM contacts_fts_dirty');
  return sqlite.transaction(() => {
    const organisations = new Map<string, number>();
    for (const r of rows) {
      let orgId = organisations.get(r.organisation);
      if (orgId === undefined) {
        orgId = Number(organisation.run(JSON.stringify({ en: r.organisation }), STAMP, STAMP).lastInsertRowid);
        organisations.set(r.organisation, orgId);
      }
      const title = r.title ? JSON.stringify({ en: r.title }) : '{}';
      const id = Number(contact.run(r.givenName, r.familyName, orgId, title, SOURCE, STAMP, STAMP).lastInsertRowid);
      let position = 0;
      if (r.office) phone.run(id, 'office', r.office.raw, r.office.e164, r.office.digits, position++);
      if (r.mobile) phone.run(id, 'mobile', r.mobile.raw, r.mobile.e164, r.mobile.digits, position++);
      if (r.email) email.run(id, r.email);
    }
    flush.run();
    return rows.length;
  })();
}

const count = (sqlite: Database.Database, table: string) =>
  sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const counts = (sqlite: Database.Database) => ({
  contacts: count(sqlite, 'contacts'),
  contact_phones: count(sqlite, 'contact_phones'),
  contact_emails: count(sqlite, 'contact_emails'),
  organisations: count(sqlite, 'organisations'),
});

/** A CSV of the demo directory imported through importFile, against raw inserts of the same rows, in one run. */
export async function runImportBenchmark(plan: DemoDirectory, dir: string): Promise<Record<string, unknown>> {
  const rows = sheetRows(plan);
  const csv = toCsv(rows);
  const open = (name: string) => openDatabase(path.join(dir, name), { create: true, owner: 'bench' });

  const floorDb = await open('import-floor.db');
  let floorMs: number;
  let floorCounts: ReturnType<typeof counts>;
  try {
    progress(`import floor: raw prepared inserts of ${rows.length} parsed rows…`);
    const start = process.hrtime.bigint();
    writeRowsRaw(floorDb.db.$client, rows);
    floorMs = Number(process.hrtime.bigint() - start) / 1e6;
    floorCounts = counts(floorDb.db.$client);
  } finally {
    floorDb.close();
  }
  progress(`import floor: ${ms(floorMs)} ms`);

  const appDb = await open('import-app.db');
  try {
    progress(`import app: importFile of a ${(csv.length / 1e6).toFixed(1)} MB CSV…`);
    const start = process.hrtime.bigint();
    const { preview, result } = await importFile(appDb.db, csv, {
      fileName: 'contacts.csv',
      // Demo people can share a name within an organisation: keep them all, so both runs write the same rows.
      onDuplicate: 'keep-both',
      skipInvalid: true,
    });
    const appMs = Number(process.hrtime.bigint() - start) / 1e6;
    progress(`import app: ${ms(appMs)} ms`);
    const appCounts = counts(appDb.db.$client);
    return {
      app_ms: ms(appMs),
      floor_ms: ms(floorMs),
      ratio: ratio(appMs, floorMs),
      target_ratio: 4,
      contacts: rows.length,
      csv_bytes: csv.length,
      preset: preview.table?.preset ?? null,
      created: result.created,
      rejected_rows: preview.counts.rejected,
      duplicates_kept: preview.counts.duplicates + preview.counts.inFile,
      same_rows: JSON.stringify(appCounts) === JSON.stringify(floorCounts),
      app_rows: appCounts,
      floor_rows: floorCounts,
    };
  } finally {
    appDb.close();
  }
}
