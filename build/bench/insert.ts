import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import type { DemoDirectory } from '../../db/seed/plan';
import { writeDemoDirectory } from '../../db/seed/seed-demo';
import { ms, progress, ratio, timed } from './stats';

const STAMP = '2026-01-01T00:00:00.000Z';

/**
 * The floor: the same rows written with raw better-sqlite3 statements prepared once, in one transaction, ending with
 * the same search re-index. The schema and its FTS triggers are the real ones, so what is left between this and the
 * app is the cost of the query layer itself.
 */
export function writeDirectoryRaw(sqlite: Database.Database, plan: DemoDirectory): number {
  const prepare = (sql: string) => sqlite.prepare(sql);
  const region = prepare('INSERT INTO regions (name, created_at, updated_at) VALUES (?, ?, ?)');
  const regionCountry = prepare('INSERT INTO region_countries (region_id, country) VALUES (?, ?)');
  const organisation = prepare(
    'INSERT INTO organisations (name, acronym, kind, website, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const office = prepare(
    `INSERT INTO offices (organisation_id, parent_id, kind, name, city, country, region_id, time_zone, phone_raw,
       phone_e164, email, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = prepare('INSERT INTO tags (name, created_at) VALUES (?, ?)');
  const contact = prepare(
    `INSERT INTO contacts (honorific, given_name, family_name, organisation_id, office_id, title, social, notes,
       do_not_contact, do_not_contact_reason, do_not_contact_until, lawful_basis, source, last_verified_at, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const phone = prepare(
    'INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const email = prepare(
    'INSERT INTO contact_emails (contact_id, address, kind, position, preferred) VALUES (?, ?, ?, ?, ?)',
  );
  const language = prepare('INSERT INTO contact_languages (contact_id, lang, position) VALUES (?, ?, ?)');
  const role = prepare('INSERT INTO contact_roles (contact_id, role) VALUES (?, ?)');
  const country = prepare('INSERT INTO contact_countries (contact_id, country) VALUES (?, ?)');
  const contactRegion = prepare('INSERT INTO contact_regions (contact_id, region_id) VALUES (?, ?)');
  const contactTag = prepare('INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)');
  const flush = prepare('DELETE FROM contacts_fts_dirty');
  const id = (info: Database.RunResult) => Number(info.lastInsertRowid);

  return sqlite.transaction(() => {
    const regionIds = new Map(
      plan.regions.map((r) => {
        const regionId = id(region.run(JSON.stringify(r.name), STAMP, STAMP));
        for (const c of r.countries) regionCountry.run(regionId, c);
        return [r.key, regionId];
      }),
    );
    const organisationIds = plan.organisations.map((o) =>
      id(
        organisation.run(
          JSON.stringify(o.values.name),
          JSON.stringify(o.values.acronym),
          o.values.kind,
          o.values.website,
          STAMP,
          STAMP,
        ),
      ),
    );
    const officeIds: number[] = [];
    for (const o of plan.offices) {
      const v = o.values;
      officeIds.push(
        id(
          office.run(
            organisationIds[o.organisation],
            o.parent === null ? null : officeIds[o.parent],
            v.kind,
            JSON.stringify(v.name),
            JSON.stringify(v.city),
            v.country,
            regionIds.get(o.region),
            v.timeZone,
            v.phoneRaw,
            v.phoneE164,
            v.email,
            v.address,
            STAMP,
            STAMP,
          ),
        ),
      );
    }
    const tagIds = new Map<string, number>();
    const tagId = (name: string) => {
      const key = name.toLowerCase();
      let found = tagIds.get(key);
      if (found === undefined) tagIds.set(key, (found = id(tag.run(name, STAMP))));
      return found;
    };
    for (const c of plan.contacts) {
      const v = c.values;
      const contactId = id(
        contact.run(
          v.honorific,
          v.givenName,
          v.familyName,
          organisationIds[c.organisation],
          officeIds[c.office],
          JSON.stringify(v.title),
          JSON.stringify(v.social),
          v.notes,
          v.doNotContact ? 1 : 0,
          v.doNotContactReason,
          v.doNotContactUntil,
          v.lawfulBasis,
          v.source,
          v.lastVerifiedAt,
          c.at,
          c.at,
        ),
      );
      v.phones.forEach((p, i) => phone.run(contactId, p.kind, p.raw, p.e164, p.digits, i, p.preferred ? 1 : 0));
      v.emails.forEach((e, i) => email.run(contactId, e.address, e.kind, i, e.preferred ? 1 : 0));
      v.languages.forEach((l, i) => language.run(contactId, l, i));
      for (const r of v.roles) role.run(contactId, r);
      for (const k of v.countries) country.run(contactId, k);
      for (const r of c.regions) contactRegion.run(contactId, regionIds.get(r));
      for (const t of new Set(v.topics.map(tagId))) contactTag.run(contactId, t);
    }
    flush.run();
    return plan.contacts.length;
  })();
}

const TABLES = [
  'organisations',
  'offices',
  'regions',
  'region_countries',
  'tags',
  'contacts',
  'contact_phones',
  'contact_emails',
  'contact_languages',
  'contact_roles',
  'contact_countries',
  'contact_regions',
  'contact_tags',
  'contacts_fts_dirty',
];

/** Row counts per table and the search index's size: both runs must leave the same database behind. */
function fingerprint(sqlite: Database.Database) {
  const counts = Object.fromEntries(
    TABLES.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
  const indexed = sqlite.prepare(`SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'phones : "2"*'`);
  return { ...counts, fts_phone_prefix_2: indexed.pluck().get() as number };
}

const open = (dir: string, name: string) => openDatabase(path.join(dir, name), { create: true, owner: 'bench' });

export interface InsertResult {
  readonly entry: Record<string, unknown>;
  /** The database the app wrote, left open for the search benchmark. */
  readonly app: OpenedDatabase;
}

/** Inserts the planned directory twice, into two fresh databases with the real migrations: raw, then the app's way. */
export async function runInsertBenchmark(plan: DemoDirectory, dir: string): Promise<InsertResult> {
  const rows = plan.contacts.length;
  const floorDb = await open(dir, 'floor.db');
  let floor: ReturnType<typeof timed<number>>;
  let floorPrint: ReturnType<typeof fingerprint>;
  try {
    progress(`floor: raw prepared inserts of ${rows} contacts…`);
    floor = timed(() => writeDirectoryRaw(floorDb.db.$client, plan));
    floorPrint = fingerprint(floorDb.db.$client);
  } finally {
    floorDb.close();
  }
  progress(`floor: ${ms(floor.ms)} ms`);

  const app = await open(dir, 'app.db');
  try {
    progress(`app: ${rows} contacts through the query layer (db/seed writeDemoDirectory)…`);
    const written = timed(() => writeDemoDirectory(app.db, plan));
    progress(`app: ${ms(written.ms)} ms`);
    const appPrint = fingerprint(app.db.$client);
    const same = JSON.stringify(appPrint) === JSON.stringify(floorPrint);
    return {
      app,
      entry: {
        app_ms: ms(written.ms),
        floor_ms: ms(floor.ms),
        ratio: ratio(written.ms, floor.ms),
        app_cpu_ms: ms(written.cpuMs),
        floor_cpu_ms: ms(floor.cpuMs),
        contacts: rows,
        app_rows_per_s: Math.round(rows / (written.ms / 1000)),
        floor_rows_per_s: Math.round(rows / (floor.ms / 1000)),
        same_rows: same,
        ...(same ? {} : { app_rows: appPrint, floor_rows: floorPrint }),
        rows_written: appPrint,
        journal_mode: app.db.$client.pragma('journal_mode', { simple: true }),
        synchronous: app.db.$client.pragma('synchronous', { simple: true }),
      },
    };
  } catch (error) {
    app.close();
    throw error;
  }
}
