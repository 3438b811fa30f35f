import type { Db } from '../client';
import { insertContactRows, type ContactValues, type EmailValues, type PhoneValues } from './contacts';
import { ensureTags } from './tags';
import { now, parseJson, prepared } from './util';

/** What duplicate matching needs to know of every contact already in the directory, read in three scans. */
export interface DirectorySnapshot {
  readonly contacts: readonly {
    readonly id: number;
    readonly givenName: string;
    readonly familyName: string;
    readonly organisationId: number | null;
  }[];
  readonly emails: readonly { readonly contactId: number; readonly address: string }[];
  readonly phones: readonly { readonly contactId: number; readonly e164: string }[];
}

/** Archived contacts count too: re-importing someone archived must not bring them back as a second person. */
export function readDirectorySnapshot(db: Db): DirectorySnapshot {
  const sql = db.$client;
  return {
    contacts: sql
      .prepare(
        'SELECT id, given_name AS givenName, family_name AS familyName, organisation_id AS organisationId FROM contacts',
      )
      .all() as DirectorySnapshot['contacts'],
    emails: sql
      .prepare('SELECT contact_id AS contactId, address FROM contact_emails')
      .all() as DirectorySnapshot['emails'],
    phones: sql
      .prepare('SELECT contact_id AS contactId, e164 FROM contact_phones WHERE e164 IS NOT NULL')
      .all() as DirectorySnapshot['phones'],
  };
}

export interface OrganisationNames {
  readonly id: number;
  readonly name: Record<string, string>;
  readonly acronym: Record<string, string>;
}

export function readOrganisationNames(db: Db): OrganisationNames[] {
  const rows = db.$client
    .prepare('SELECT id, name, acronym FROM organisations ORDER BY archived_at IS NOT NULL, id')
    .all() as {
    id: number;
    name: string;
    acronym: string;
  }[];
  return rows.map((r) => ({ id: r.id, name: parseJson(r.name), acronym: parseJson(r.acronym) }));
}

export interface OfficeNames {
  readonly id: number;
  readonly organisationId: number;
  readonly name: Record<string, string>;
  readonly city: Record<string, string>;
}

export function readOfficeNames(db: Db): OfficeNames[] {
  const rows = db.$client
    .prepare(
      'SELECT id, organisation_id AS organisationId, name, city FROM offices WHERE archived_at IS NULL ORDER BY id',
    )
    .all() as { id: number; organisationId: number; name: string; city: string }[];
  return rows.map((r) => ({ ...r, name: parseJson(r.name), city: parseJson(r.city) }));
}

/** The parts of an existing contact a merge can add to. */
export interface MergeTarget {
  readonly id: number;
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisationId: number | null;
  readonly officeId: number | null;
  readonly title: Record<string, string>;
  readonly notes: string;
  readonly lawfulBasis: string | null;
  readonly source: string | null;
  readonly phones: readonly { readonly raw: string; readonly e164: string | null; readonly digits: string }[];
  readonly emails: readonly string[];
  readonly languages: readonly string[];
  readonly topics: readonly string[];
}

/** Loads the contacts that rows of an import matched, in batches of ids (no per-row queries). */
export function readMergeTargets(db: Db, ids: readonly number[]): Map<number, MergeTarget> {
  const sql = db.$client;
  const contacts = sql.prepare(
    `SELECT id, honorific, given_name AS givenName, family_name AS familyName, organisation_id AS organisationId,
            office_id AS officeId, title, notes, lawful_basis AS lawfulBasis, source
     FROM contacts WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const phones = sql.prepare(
    `SELECT contact_id AS contactId, raw, e164, digits FROM contact_phones
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position, id`,
  );
  const emails = sql.prepare(
    `SELECT contact_id AS contactId, address FROM contact_emails
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position, id`,
  );
  const languages = sql.prepare(
    `SELECT contact_id AS contactId, lang FROM contact_languages
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position`,
  );
  const topics = sql.prepare(
    `SELECT ct.contact_id AS contactId, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.contact_id IN (SELECT value FROM json_each(?)) ORDER BY ct.contact_id, t.name`,
  );
  const out = new Map<
    number,
    MergeTarget & { phones: MergeTarget['phones'][number][]; emails: string[]; languages: string[]; topics: string[] }
  >();
  for (let at = 0; at < ids.length; at += 5000) {
    const batch = JSON.stringify(ids.slice(at, at + 5000));
    for (const c of contacts.all(batch) as (Omit<
      MergeTarget,
      'title' | 'phones' | 'emails' | 'languages' | 'topics'
    > & {
      title: string;
    })[]) {
      out.set(c.id, { ...c, title: parseJson(c.title), phones: [], emails: [], languages: [], topics: [] });
    }
    for (const p of phones.all(batch) as { contactId: number; raw: string; e164: string | null; digits: string }[]) {
      out.get(p.contactId)?.phones.push({ raw: p.raw, e164: p.e164, digits: p.digits });
    }
    for (const e of emails.all(batch) as { contactId: number; address: string }[])
      out.get(e.contactId)?.emails.push(e.address);
    for (const l of languages.all(batch) as { contactId: number; lang: string }[])
      out.get(l.contactId)?.languages.push(l.lang);
    for (const t of topics.all(batch) as { contactId: number; name: string }[])
      out.get(t.contactId)?.topics.push(t.name);
  }
  return out;
}

/** What a merge adds to an existing contact; fields left undefined stay as they are. */
export interface ContactAdditions {
  readonly honorific?: string;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly organisationId?: number;
  readonly officeId?: number;
  readonly title?: Record<string, string>;
  readonly notes?: string;
  readonly lawfulBasis?: string;
  readonly phones: readonly Omit<PhoneValues, 'id' | 'preferred'>[];
  readonly emails: readonly Omit<EmailValues, 'id' | 'preferred'>[];
  readonly languages: readonly string[];
  readonly topics: readonly string[];
}

export interface ImportWriter {
  /** `insertContactRows`: no transaction or search flush of its own; the import has both. */
  insertContact(values: ContactValues): number;
  /** Appends phones, emails, languages and topics after the contact's own, and fills the given fields. */
  addToContact(id: number, additions: ContactAdditions, activity: Record<string, unknown>): void;
  insertOrganisation(names: { name: Record<string, string>; acronym: Record<string, string> }): number;
}

/**
 * The writes of one import, all stamped with the same time. Call inside the import's transaction; the caller
 * flushes the search index once at the end.
 */
export function createImportWriter(db: Db, at = now()): ImportWriter {
  const insertPhone = prepared(
    db,
    'INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred) VALUES (?, ?, ?, ?, ?, ?, 0)',
  );
  const insertEmail = prepared(
    db,
    'INSERT INTO contact_emails (contact_id, address, kind, position, preferred) VALUES (?, ?, ?, ?, 0)',
  );
  const insertLanguage = prepared(
    db,
    'INSERT OR IGNORE INTO contact_languages (contact_id, lang, position) VALUES (?, ?, ?)',
  );
  const insertContactTag = prepared(db, 'INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)');
  const counts = prepared(
    db,
    `SELECT (SELECT count(*) FROM contact_phones WHERE contact_id = @id) AS phones,
            (SELECT count(*) FROM contact_emails WHERE contact_id = @id) AS emails,
            (SELECT count(*) FROM contact_languages WHERE contact_id = @id) AS languages`,
  );
  const fill = prepared(
    db,
    `UPDATE contacts SET honorific = coalesce(honorific, ?), given_name = coalesce(?, given_name),
       family_name = coalesce(?, family_name), organisation_id = coalesce(organisation_id, ?),
       office_id = coalesce(office_id, ?), title = coalesce(?, title), notes = coalesce(?, notes),
       lawful_basis = coalesce(lawful_basis, ?), updated_at = ?
     WHERE id = ?`,
  );
  const logActivity = prepared(
    db,
    `INSERT INTO activity (at, kind, subject, contact_id, detail) VALUES (?, 'imported', 'contact', ?, ?)`,
  );
  const insertOrganisation = prepared(
    db,
    `INSERT INTO organisations (name, acronym, kind, created_at, updated_at) VALUES (?, ?, 'other', ?, ?) RETURNING id`,
    'pluck',
  );

  return {
    insertContact: (values) => insertContactRows(db, values, at),
    addToContact(id, a, detail) {
      const have = counts.get({ id }) as { phones: number; emails: number; languages: number };
      fill.run(
        a.honorific ?? null,
        a.givenName ?? null,
        a.familyName ?? null,
        a.organisationId ?? null,
        a.officeId ?? null,
        a.title ? JSON.stringify(a.title) : null,
        a.notes ?? null,
        a.lawfulBasis ?? null,
        at,
        id,
      );
      a.phones.forEach((p, i) => insertPhone.run(id, p.kind, p.raw, p.e164, p.digits, have.phones + i));
      a.emails.forEach((e, i) => insertEmail.run(id, e.address, e.kind, have.emails + i));
      a.languages.forEach((lang, i) => insertLanguage.run(id, lang, have.languages + i));
      for (const tagId of ensureTags(db, a.topics, at)) insertContactTag.run(id, tagId);
      logActivity.run(at, id, JSON.stringify(detail));
    },
    insertOrganisation: ({ name, acronym }) =>
      insertOrganisation.get(JSON.stringify(name), JSON.stringify(acronym), at, at) as number,
  };
}

const mappingKey = (signature: string) => `import.mapping.${signature}`;

/** The column mapping a user confirmed for files with this header signature, if any. */
export function readImportMapping(db: Db, signature: string): unknown {
  const value = prepared(db, 'SELECT value FROM settings WHERE key = ?', 'pluck').get(mappingKey(signature)) as
    string | undefined;
  return value === undefined ? undefined : JSON.parse(value);
}

export function saveImportMapping(db: Db, signature: string, value: unknown): void {
  db.$client
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(mappingKey(signature), JSON.stringify(value));
}
