import type { Db } from '../client';
import type { contactRoles, emailKinds, phoneKinds } from '../schema';
import { pageInNameOrder, pageOfRanked, rankedSearch, rankMatches, type ContactOrder } from './contact-order';
import { flushSearchIndex } from './search-index';
import { ensureTags } from './tags';
import { fold, toFtsQuery } from './fts';
import { nameTier } from './search';
import { localizedSortSql, now, parseJson, prepared } from './util';

type Role = (typeof contactRoles)[number];

export interface PhoneValues {
  readonly id?: number | undefined;
  readonly kind: (typeof phoneKinds)[number] | null;
  readonly raw: string;
  readonly e164: string | null;
  readonly digits: string;
  readonly preferred: boolean;
}

export interface EmailValues {
  readonly id?: number | undefined;
  readonly address: string;
  readonly kind: (typeof emailKinds)[number] | null;
  readonly preferred: boolean;
}

/** A contact as the query layer stores it: phones already parsed by the service. */
export interface ContactValues {
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly organisationId: number | null;
  readonly officeId: number | null;
  readonly title: Record<string, string>;
  readonly phones: readonly PhoneValues[];
  readonly emails: readonly EmailValues[];
  readonly languages: readonly string[];
  readonly roles: readonly Role[];
  readonly countries: readonly string[];
  readonly regionIds: readonly number[];
  readonly topics: readonly string[];
  readonly social: Record<string, string>;
  readonly notes: string;
  readonly doNotContact: boolean;
  readonly doNotContactReason: string | null;
  readonly doNotContactUntil: string | null;
  readonly lawfulBasis: string | null;
  readonly source: string | null;
  readonly lastVerifiedAt: string | null;
}

export interface ContactRecord extends Omit<ContactValues, 'phones' | 'emails'> {
  readonly id: number;
  readonly phones: (PhoneValues & { readonly id: number })[];
  readonly emails: (EmailValues & { readonly id: number })[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
}

const scalarColumns = {
  honorific: 'honorific',
  givenName: 'given_name',
  familyName: 'family_name',
  organisationId: 'organisation_id',
  officeId: 'office_id',
  title: 'title',
  social: 'social',
  notes: 'notes',
  doNotContact: 'do_not_contact',
  doNotContactReason: 'do_not_contact_reason',
  doNotContactUntil: 'do_not_contact_until',
  lawfulBasis: 'lawful_basis',
  source: 'source',
  lastVerifiedAt: 'last_verified_at',
} as const satisfies Partial<Record<keyof ContactValues, string>>;

type Scalar = keyof typeof scalarColumns;
const scalarKeys = Object.keys(scalarColumns) as Scalar[];
const INSERT_CONTACT_SQL = `INSERT INTO contacts (${scalarKeys.map((k) => scalarColumns[k]).join(', ')}, created_at, updated_at)
  VALUES (${scalarKeys.map(() => '?').join(', ')}, ?, ?) RETURNING id`;

const toSql = (key: Scalar, value: unknown) =>
  key === 'title' || key === 'social' ? JSON.stringify(value) : key === 'doNotContact' ? (value ? 1 : 0) : value;

/**
 * Writes the child collections present in `values` (a patch may carry some of them). A contact just inserted has
 * no children yet, so `fresh` skips the deletes that could not match anything.
 */
function writeChildren(db: Db, id: number, values: Partial<ContactValues>, fresh: boolean) {
  if (values.phones) {
    if (!fresh) {
      const keep = values.phones.flatMap((p) => (p.id === undefined ? [] : [p.id]));
      prepared(
        db,
        'DELETE FROM contact_phones WHERE contact_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
      ).run(id, JSON.stringify(keep));
    }
    const update = prepared(
      db,
      'UPDATE contact_phones SET kind = ?, raw = ?, e164 = ?, digits = ?, position = ?, preferred = ? WHERE id = ? AND contact_id = ?',
    );
    const insert = prepared(
      db,
      'INSERT INTO contact_phones (contact_id, kind, raw, e164, digits, position, preferred) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    values.phones.forEach((p, position) => {
      const args = [p.kind, p.raw, p.e164, p.digits, position, p.preferred ? 1 : 0] as const;
      if (p.id === undefined || fresh || update.run(...args, p.id, id).changes === 0) insert.run(id, ...args);
    });
  }
  if (values.emails) {
    if (!fresh) {
      const keep = values.emails.flatMap((e) => (e.id === undefined ? [] : [e.id]));
      prepared(
        db,
        'DELETE FROM contact_emails WHERE contact_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
      ).run(id, JSON.stringify(keep));
    }
    const update = prepared(
      db,
      'UPDATE contact_emails SET address = ?, kind = ?, position = ?, preferred = ? WHERE id = ? AND contact_id = ?',
    );
    const insert = prepared(
      db,
      'INSERT INTO contact_emails (contact_id, address, kind, position, preferred) VALUES (?, ?, ?, ?, ?)',
    );
    values.emails.forEach((e, position) => {
      const args = [e.address, e.kind, position, e.preferred ? 1 : 0] as const;
      if (e.id === undefined || fresh || update.run(...args, e.id, id).changes === 0) insert.run(id, ...args);
    });
  }
  const replaceSet = (
    table: string,
    column: string,
    items: readonly (string | number)[] | undefined,
    ordered = false,
  ) => {
    if (!items) return;
    if (!fresh) prepared(db, `DELETE FROM ${table} WHERE contact_id = ?`).run(id);
    const insert = prepared(
      db,
      ordered
        ? `INSERT OR IGNORE INTO ${table} (contact_id, ${column}, position) VALUES (?, ?, ?)`
        : `INSERT OR IGNORE INTO ${table} (contact_id, ${column}) VALUES (?, ?)`,
    );
    items.forEach((item, i) => (ordered ? insert.run(id, item, i) : insert.run(id, item)));
  };
  replaceSet('contact_languages', 'lang', values.languages, true);
  replaceSet('contact_roles', 'role', values.roles);
  replaceSet('contact_countries', 'country', values.countries);
  replaceSet('contact_regions', 'region_id', values.regionIds);
  if (values.topics) replaceSet('contact_tags', 'tag_id', ensureTags(db, values.topics));
}

/** Inserts a contact and its phones, emails, languages, roles, coverage and topics in one transaction. */
export function insertContact(db: Db, values: ContactValues, at = now()): number {
  return db.transaction(() => {
    const id = insertContactRows(db, values, at);
    flushSearchIndex(db);
    return id;
  });
}

/**
 * The insert without its own transaction or search flush, for bulk writers (seed, import) that wrap thousands of
 * contacts in one transaction and flush the search index once at the end.
 */
export function insertContactRows(db: Db, values: ContactValues, at = now()): number {
  const row = prepared(db, INSERT_CONTACT_SQL).get(...scalarKeys.map((k) => toSql(k, values[k])), at, at) as {
    id: number;
  };
  writeChildren(db, row.id, values, true);
  return row.id;
}

export function updateContact(db: Db, id: number, patch: Partial<ContactValues>): boolean {
  return db.transaction(() => {
    const keys = scalarKeys.filter((k) => patch[k] !== undefined);
    const { changes } = db.$client
      .prepare(
        `UPDATE contacts SET ${[...keys.map((k) => `${scalarColumns[k]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`,
      )
      .run(...keys.map((k) => toSql(k, patch[k])), now(), id);
    if (changes === 0) return false;
    writeChildren(db, id, patch, false);
    flushSearchIndex(db);
    return true;
  });
}

export function setContactArchived(db: Db, id: number, archived: boolean): boolean {
  const at = now();
  return (
    db.$client
      .prepare('UPDATE contacts SET archived_at = ?, updated_at = ? WHERE id = ?')
      .run(archived ? at : null, at, id).changes > 0
  );
}

interface RawContact {
  id: number;
  honorific: string | null;
  given_name: string;
  family_name: string;
  organisation_id: number | null;
  office_id: number | null;
  title: string;
  social: string;
  notes: string;
  do_not_contact: number;
  do_not_contact_reason: string | null;
  do_not_contact_until: string | null;
  lawful_basis: string | null;
  source: string | null;
  last_verified_at: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export function getContact(db: Db, id: number): ContactRecord | undefined {
  const sql = db.$client;
  const c = sql.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as RawContact | undefined;
  if (!c) return undefined;
  const column = <T>(query: string) => (sql.prepare(query).pluck().all(id) as T[]) ?? [];
  const phones = sql
    .prepare(
      'SELECT id, kind, raw, e164, digits, preferred FROM contact_phones WHERE contact_id = ? ORDER BY position, id',
    )
    .all(id) as (Omit<PhoneValues, 'preferred'> & { id: number; preferred: number })[];
  const emails = sql
    .prepare('SELECT id, address, kind, preferred FROM contact_emails WHERE contact_id = ? ORDER BY position, id')
    .all(id) as (Omit<EmailValues, 'preferred'> & { id: number; preferred: number })[];
  return {
    id: c.id,
    honorific: c.honorific,
    givenName: c.given_name,
    familyName: c.family_name,
    organisationId: c.organisation_id,
    officeId: c.office_id,
    title: parseJson(c.title),
    social: parseJson(c.social),
    notes: c.notes,
    doNotContact: c.do_not_contact === 1,
    doNotContactReason: c.do_not_contact_reason,
    doNotContactUntil: c.do_not_contact_until,
    lawfulBasis: c.lawful_basis,
    source: c.source,
    lastVerifiedAt: c.last_verified_at,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    archivedAt: c.archived_at,
    phones: phones.map((p) => ({ ...p, preferred: p.preferred === 1 })),
    emails: emails.map((e) => ({ ...e, preferred: e.preferred === 1 })),
    languages: column<string>('SELECT lang FROM contact_languages WHERE contact_id = ? ORDER BY position'),
    roles: column<Role>('SELECT role FROM contact_roles WHERE contact_id = ? ORDER BY role'),
    countries: column<string>('SELECT country FROM contact_countries WHERE contact_id = ? ORDER BY country'),
    regionIds: column<number>('SELECT region_id FROM contact_regions WHERE contact_id = ? ORDER BY region_id'),
    topics: column<string>(
      'SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? ORDER BY t.name',
    ),
  };
}

export interface ContactListQuery {
  readonly offset: number;
  readonly limit: number;
  /** `relevance` (with a query): exact name, then name prefix, then other matches, as the search box ranks them. */
  readonly sort: 'name' | 'organisation' | 'office' | 'country' | 'updatedAt' | 'lastVerifiedAt' | 'relevance';
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly organisationId?: number | undefined;
  readonly officeId?: number | undefined;
  readonly role?: Role | undefined;
  readonly language?: string | undefined;
  readonly country?: string | undefined;
  readonly regionId?: number | undefined;
  readonly topic?: string | undefined;
  readonly doNotContact?: boolean | undefined;
  readonly verifiedMonthsAgo?: number | undefined;
  readonly includeArchived: boolean;
  readonly lang?: string;
}

export interface ContactListRow {
  readonly id: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly title: Record<string, string>;
  readonly organisationId: number | null;
  readonly organisationName: Record<string, string>;
  readonly officeId: number | null;
  readonly officeName: Record<string, string>;
  readonly city: Record<string, string>;
  readonly country: string | null;
  readonly email: string | null;
  readonly phoneRaw: string | null;
  readonly phoneE164: string | null;
  readonly languages: string[];
  readonly roles: string[];
  readonly doNotContact: boolean;
  readonly lastVerifiedAt: string | null;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
}

type JsonText = string;
interface RawListRow extends Omit<
  ContactListRow,
  | 'title'
  | 'organisationName'
  | 'officeName'
  | 'city'
  | 'phoneRaw'
  | 'phoneE164'
  | 'languages'
  | 'roles'
  | 'doNotContact'
> {
  readonly title: JsonText;
  readonly organisationName: JsonText;
  readonly officeName: JsonText;
  readonly city: JsonText;
  /** raw and E.164 joined by U+001F, so one subquery fetches both. */
  readonly phone: string | null;
  readonly languages: string | null;
  readonly roles: string | null;
  readonly doNotContact: number;
}

/** The WHERE clause for a contact filter; shared by the page query and its count. */
export function contactWhere(q: Omit<ContactListQuery, 'offset' | 'limit' | 'sort' | 'direction'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (!q.includeArchived) add('c.archived_at IS NULL');
  const match = toFtsQuery(q.query);
  if (match) add('c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)', match);
  if (q.organisationId !== undefined) add('c.organisation_id = ?', q.organisationId);
  if (q.officeId !== undefined) add('c.office_id = ?', q.officeId);
  if (q.role !== undefined) add('c.id IN (SELECT contact_id FROM contact_roles WHERE role = ?)', q.role);
  if (q.language !== undefined) add('c.id IN (SELECT contact_id FROM contact_languages WHERE lang = ?)', q.language);
  if (q.country !== undefined) {
    // One set of ids (UNION) rather than ORed conditions: SQLite's OR plan over 100,000 contacts is ~3× slower.
    add(
      `c.id IN (SELECT contact_id FROM contact_countries WHERE country = ?
        UNION SELECT id FROM contacts WHERE office_id IN (SELECT id FROM offices WHERE country = ?))`,
      q.country,
      q.country,
    );
  }
  if (q.regionId !== undefined) {
    add(
      `c.id IN (SELECT contact_id FROM contact_regions WHERE region_id = ?
        UNION SELECT cc.contact_id FROM contact_countries cc JOIN region_countries rc ON rc.country = cc.country WHERE rc.region_id = ?
        UNION SELECT id FROM contacts WHERE office_id IN (SELECT f.id FROM offices f WHERE f.region_id = ? OR f.country IN (SELECT country FROM region_countries WHERE region_id = ?)))`,
      q.regionId,
      q.regionId,
      q.regionId,
      q.regionId,
    );
  }
  if (q.topic !== undefined) {
    add(
      'c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE lower(t.name) = lower(?))',
      q.topic,
    );
  }
  if (q.doNotContact !== undefined) add('c.do_not_contact = ?', q.doNotContact ? 1 : 0);
  if (q.verifiedMonthsAgo !== undefined) {
    // Timestamps are ISO strings, so a date cutoff compares as text; SQLite's date() keeps month ends right.
    add("(c.last_verified_at IS NULL OR c.last_verified_at < date('now', '-' || ? || ' months'))", q.verifiedMonthsAgo);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const ROW_DETAILS_SQL = `
  SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, c.title, c.organisation_id AS organisationId,
         coalesce(o.name, '{}') AS organisationName, c.office_id AS officeId, coalesce(f.name, '{}') AS officeName,
         coalesce(f.city, '{}') AS city, f.country,
         (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY preferred DESC, position LIMIT 1) AS email,
         (SELECT raw || char(31) || coalesce(e164, '') FROM contact_phones WHERE contact_id = c.id ORDER BY preferred DESC, position LIMIT 1) AS phone,
         (SELECT group_concat(lang) FROM (SELECT lang FROM contact_languages WHERE contact_id = c.id ORDER BY position)) AS languages,
         (SELECT group_concat(role) FROM contact_roles WHERE contact_id = c.id) AS roles,
         c.do_not_contact AS doNotContact, c.last_verified_at AS lastVerifiedAt, c.updated_at AS updatedAt,
         c.archived_at AS archivedAt
  FROM contacts c
  LEFT JOIN organisations o ON o.id = c.organisation_id
  LEFT JOIN offices f ON f.id = c.office_id
  WHERE c.id IN (SELECT value FROM json_each(?))`;

/**
 * The relevance tiers, as the search box ranks them (`nameTier`): exact name first, then a name (or one of its
 * words) starting with the query. FTS finds the exact-name candidates on the name column (a folded query, anchored
 * at the first word); `nameTier` confirms them, a handful, so a short query like "a" (20,000 name hits at 100,000
 * contacts) never folds every name in JavaScript. The prefix tier is an FTS query on the name column.
 */
function relevanceTiers(db: Db, query: string): { exact: number[]; prefix: string } {
  const folded = fold(query);
  const words = folded.split(' ').filter(Boolean).slice(0, 12).join(' ');
  const candidates = prepared(
    db,
    `SELECT c.id, trim(c.given_name || ' ' || c.family_name) AS name
     FROM contacts c WHERE c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)`,
  ).all(`{name} : ^"${words}"`) as { id: number; name: string }[];
  const exact = candidates.filter((c) => nameTier(c.name, folded) === 0).map((c) => c.id);
  // One word may start any word of the name ("abdi" → "Abdirahman Abdi"); several must start the name in order.
  const prefix = words.includes(' ') ? `{name} : ^"${words}"*` : `{name} : "${words}"*`;
  return { exact, prefix };
}

function relevanceOrder(db: Db, query: string): { sql: string; params: unknown[] } {
  const { exact, prefix } = relevanceTiers(db, query);
  return {
    sql: `CASE WHEN c.id IN (SELECT value FROM json_each(?)) THEN 0
               WHEN c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?) THEN 1 ELSE 2 END`,
    params: [JSON.stringify(exact), prefix],
  };
}

/** The rowids an FTS query matches, as one JSON array: a third of the time of reading 90,000 rows one by one. */
const ftsIds = (db: Db, match: string) =>
  JSON.parse(
    prepared(db, 'SELECT json_group_array(rowid) FROM contacts_fts WHERE contacts_fts MATCH ?', 'pluck').get(
      match,
    ) as string,
  ) as number[];

/** What a list query says besides its filters: anything else set is a filter chip, which SQL answers. */
const NOT_CHIPS = new Set<string>([
  'offset',
  'limit',
  'sort',
  'direction',
  'query',
  'includeArchived',
  'lang',
] satisfies (keyof ContactListQuery)[]);

/** A filter added to the query later goes to SQL until the name order learns it: nothing is silently ignored. */
const hasChips = (q: ContactListQuery) =>
  Object.entries(q).some(([key, value]) => value !== undefined && !NOT_CHIPS.has(key));

/** What the search box asks for: a text, sorted by name or best match, with or without the archived. */
export type SearchBoxQuery = Pick<ContactListQuery, 'query' | 'includeArchived'> & {
  readonly sort: 'name' | 'relevance';
};

/** What the ranking reads: "Genève" and "geneve" are one search. */
const searchKey = (q: SearchBoxQuery, match: string) =>
  `${q.sort}\u0000${q.includeArchived}\u0000${match}\u0000${fold(q.query)}`;

/** The search's matches ranked on the name order: its FTS matches, tiered by `relevanceTiers` for best match. */
function rankNow(db: Db, q: SearchBoxQuery, order: ContactOrder, match: string) {
  const matches = ftsIds(db, match);
  if (q.sort === 'name') return rankMatches(order, matches, null, 1, q.includeArchived);
  const { exact, prefix } = relevanceTiers(db, q.query);
  const tierById = new Uint8Array(order.pos.length).fill(2);
  for (const id of ftsIds(db, prefix)) if (id < tierById.length) tierById[id] = 1;
  for (const id of exact) if (id < tierById.length) tierById[id] = 0;
  return rankMatches(order, matches, tierById, 3, q.includeArchived);
}

/**
 * Ranks a search box query ahead of time and keeps it on the order until the order's searches are cleared: a
 * press officer's next search starting with this text is then a walk, never a search.
 */
export function rankAheadOfTime(db: Db, q: SearchBoxQuery, order: ContactOrder): void {
  const match = toFtsQuery(q.query);
  if (!match) return;
  const key = searchKey(q, match);
  if (!order.kept.has(key)) order.kept.set(key, order.searches.get(key) ?? rankNow(db, q, order, match));
}

/**
 * The page's ids from the name order in memory, for the search box alone (no filter chips) sorted by name or best
 * match: what typing asks for at every keystroke. Null when the query needs SQL (chips, other sorts).
 */
function pageFromOrder(db: Db, q: ContactListQuery, order: ContactOrder): { ids: number[]; total: number } | null {
  if ((q.sort !== 'name' && q.sort !== 'relevance') || hasChips(q)) return null;
  const match = toFtsQuery(q.query);
  const page = {
    offset: q.offset,
    limit: q.limit,
    includeArchived: q.includeArchived,
    desc: q.direction === 'desc' && !(q.sort === 'relevance' && match),
  };
  if (!match) return pageInNameOrder(order, page);
  const box: SearchBoxQuery = { query: q.query, includeArchived: q.includeArchived, sort: q.sort };
  return pageOfRanked(
    order,
    rankedSearch(order, searchKey(box, match), () => rankNow(db, box, order, match)),
    page,
  );
}

/**
 * The page's ids sorted and filtered in SQL. The page's ids first, sorting only what the order needs; the row
 * details (subqueries for email, phone, languages) then run for the rows on screen, not for every row the sort
 * passes over (7 s → ms at offset 50,000).
 */
function pageFromSql(db: Db, q: ContactListQuery): { ids: number[]; total: number } {
  const where = contactWhere(q);
  const match = q.sort === 'relevance' ? toFtsQuery(q.query) : null;
  // Best first whatever the direction; without a query there is nothing to rank, and names order the rows.
  const dir = match || q.direction !== 'desc' ? 'ASC' : 'DESC';
  const lang = q.lang ?? 'en';
  const byName = `c.family_name COLLATE NOCASE ${dir}, c.given_name COLLATE NOCASE ${dir}`;
  const tiers = match ? relevanceOrder(db, q.query) : { sql: '', params: [] };
  const order = {
    relevance: match ? `${tiers.sql}, ${byName}` : byName,
    name: byName,
    organisation: `${localizedSortSql('o.name', lang)} COLLATE NOCASE ${dir}`,
    office: `${localizedSortSql('f.name', lang)} COLLATE NOCASE ${dir}`,
    country: `coalesce(f.country, '') ${dir}`,
    updatedAt: `c.updated_at ${dir}`,
    lastVerifiedAt: `coalesce(c.last_verified_at, '') ${dir}`,
  }[q.sort];
  const ids = prepared(
    db,
    `SELECT c.id FROM contacts c
     LEFT JOIN organisations o ON o.id = c.organisation_id
     LEFT JOIN offices f ON f.id = c.office_id
     ${where.sql}
     ORDER BY ${order}, c.id ${dir}
     LIMIT ? OFFSET ?`,
    'pluck',
  ).all(...where.params, ...tiers.params, q.limit, q.offset) as number[];
  const total = prepared(db, `SELECT count(*) FROM contacts c ${where.sql}`, 'pluck').get(...where.params) as number;
  return { ids, total };
}

/**
 * One page of contacts, sorted and filtered: the table never holds more than the rows on screen. With `order` (the
 * connection's name order, kept by the service), the search box's pages come from memory; both ways give the same
 * rows in the same order (a test pins it).
 */
export function listContacts(
  db: Db,
  q: ContactListQuery,
  order?: ContactOrder,
): { rows: ContactListRow[]; total: number } {
  const { ids, total } = (order && pageFromOrder(db, q, order)) ?? pageFromSql(db, q);
  const details = prepared(db, ROW_DETAILS_SQL).all(JSON.stringify(ids)) as RawListRow[];
  const byId = new Map(details.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    total,
    rows: rows.map((r) => {
      const [phoneRaw, phoneE164] = r.phone === null ? [null, null] : r.phone.split('\u001f');
      return {
        ...r,
        title: parseJson(r.title),
        organisationName: parseJson(r.organisationName),
        officeName: parseJson(r.officeName),
        city: parseJson(r.city),
        phoneRaw: phoneRaw ?? null,
        phoneE164: phoneE164 || null,
        languages: r.languages ? r.languages.split(',') : [],
        roles: r.roles ? r.roles.split(',') : [],
        doNotContact: r.doNotContact === 1,
      };
    }),
  };
}

/** Contacts that already use this email address or E.164 number, for duplicate warnings and import matching. */
export function findContactsByEmailOrPhone(db: Db, emails: readonly string[], e164s: readonly string[]): number[] {
  return db.$client
    .prepare(
      `SELECT contact_id FROM contact_emails WHERE lower(address) IN (SELECT lower(value) FROM json_each(?))
       UNION SELECT contact_id FROM contact_phones WHERE e164 IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(emails), JSON.stringify(e164s)) as number[];
}

/** The contact with this email address (case-insensitive), preferring one not archived. */
export function findContactIdByEmail(db: Db, address: string): number | undefined {
  return db.$client
    .prepare(
      `SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE lower(e.address) = lower(?) ORDER BY c.archived_at IS NOT NULL, e.contact_id LIMIT 1`,
    )
    .pluck()
    .get(address) as number | undefined;
}
