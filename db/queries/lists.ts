import type { Db } from '../client';
import { contactWhere, type ContactListQuery } from './contacts';
import { localizedSortSql, now, parseJson } from './util';

/** A smart list's saved filter: the contacts table's own filter, so a list shows what that filter shows. */
export type ListFilter = Omit<ContactListQuery, 'offset' | 'limit' | 'sort' | 'direction' | 'lang'>;

export interface ListValues {
  readonly name: string;
  readonly description: string;
  readonly owner: string | null;
  readonly filter: ListFilter | null;
}

export interface ListRecord extends ListValues {
  readonly id: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
}

export type MemberMode = 'include' | 'exclude';

/** Why a member is left out of sends; the UI shows each beside the person. */
export type MemberWarning = 'do-not-contact' | 'archived' | 'no-email';

export interface ListCounts {
  /** Everyone on the list: filter matches and manual additions, less manual exclusions. */
  readonly members: number;
  /** Members a hand-off reaches: none of the warnings below. */
  readonly sendable: number;
  readonly doNotContact: number;
  readonly archived: number;
  readonly noEmail: number;
  readonly byFilter: number;
  readonly addedByHand: number;
  readonly excludedByHand: number;
}

interface RawList {
  id: number;
  name: string;
  description: string;
  owner: string | null;
  filter: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

const toList = (r: RawList): ListRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  owner: r.owner,
  filter: r.filter === null ? null : parseJson<ListFilter>(r.filter),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
});

export function insertList(db: Db, values: ListValues, at = now()): number {
  return db.$client
    .prepare(
      `INSERT INTO distribution_lists (name, description, owner, filter, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(
      values.name,
      values.description,
      values.owner,
      values.filter === null ? null : JSON.stringify(values.filter),
      at,
      at,
    ) as number;
}

export function updateList(db: Db, id: number, patch: Partial<ListValues>, at = now()): boolean {
  const sets: string[] = [];
  const params: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (patch.name !== undefined) set('name', patch.name);
  if (patch.description !== undefined) set('description', patch.description);
  if (patch.owner !== undefined) set('owner', patch.owner);
  if (patch.filter !== undefined) set('filter', patch.filter === null ? null : JSON.stringify(patch.filter));
  set('updated_at', at);
  return (
    db.$client.prepare(`UPDATE distribution_lists SET ${sets.join(', ')} WHERE id = ?`).run(...params, id).changes > 0
  );
}

export function setListArchived(db: Db, id: number, archived: boolean, at = now()): boolean {
  return (
    db.$client
      .prepare('UPDATE distribution_lists SET archived_at = ?, updated_at = ? WHERE id = ?')
      .run(archived ? at : null, at, id).changes > 0
  );
}

export function getList(db: Db, id: number): ListRecord | undefined {
  const row = db.$client.prepare('SELECT * FROM distribution_lists WHERE id = ?').get(id) as RawList | undefined;
  return row && toList(row);
}

/** Lists with exactly this name, ignoring case; the command line names lists rather than numbering them. */
export function findListsByName(db: Db, name: string): ListRecord[] {
  const rows = db.$client
    .prepare('SELECT * FROM distribution_lists WHERE lower(name) = lower(?) ORDER BY archived_at IS NOT NULL, id')
    .all(name.trim()) as RawList[];
  return rows.map(toList);
}

export function listLists(db: Db, q: { readonly includeArchived: boolean; readonly query: string }): ListRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeArchived) where.push('archived_at IS NULL');
  if (q.query.trim() !== '') {
    where.push("(name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
    const pattern = `%${q.query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(pattern, pattern);
  }
  const rows = db.$client
    .prepare(
      `SELECT * FROM distribution_lists ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY name COLLATE NOCASE, id`,
    )
    .all(...params) as RawList[];
  return rows.map(toList);
}

/** A SQL condition on `c` (contacts) and its parameters. */
interface Condition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

const manual = (mode: MemberMode) =>
  `SELECT contact_id FROM distribution_list_members WHERE list_id = ? AND mode = '${mode}'`;

/** The filter's matches, evaluated now: a smart list follows the contacts as they change. */
function filterCondition(list: ListRecord): Condition | null {
  if (list.filter === null) return null;
  const where = contactWhere(list.filter);
  return { sql: `c.id IN (SELECT c.id FROM contacts c ${where.sql})`, params: where.params };
}

/** Membership: (filter matches − manual exclusions) ∪ manual additions. */
export function memberCondition(list: ListRecord): Condition {
  const filter = filterCondition(list);
  const included = `c.id IN (${manual('include')})`;
  if (filter === null) return { sql: included, params: [list.id] };
  return {
    sql: `((${filter.sql} AND c.id NOT IN (${manual('exclude')})) OR ${included})`,
    params: [...filter.params, list.id, list.id],
  };
}

/** True while a do-not-contact mark is in force: it lapses after its "until" date (`today` is YYYY-MM-DD, local). */
export const doNotContactSql = (today: string) => ({
  sql: 'c.do_not_contact = 1 AND (c.do_not_contact_until IS NULL OR c.do_not_contact_until >= ?)',
  params: [today] as const,
});

const noEmailSql = 'NOT EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)';

export function listCounts(db: Db, list: ListRecord, today: string): ListCounts {
  const members = memberCondition(list);
  const filter = filterCondition(list);
  const dnc = doNotContactSql(today);
  const row = db.$client
    .prepare(
      `SELECT count(*) AS members,
              coalesce(sum(dnc), 0) AS doNotContact,
              coalesce(sum(archived), 0) AS archived,
              coalesce(sum(no_email), 0) AS noEmail,
              coalesce(sum(dnc = 0 AND archived = 0 AND no_email = 0), 0) AS sendable,
              coalesce(sum(by_filter), 0) AS byFilter,
              coalesce(sum(by_hand), 0) AS addedByHand
       FROM (SELECT (${dnc.sql}) AS dnc, c.archived_at IS NOT NULL AS archived, ${noEmailSql} AS no_email,
                    ${filter ? filter.sql : '0'} AS by_filter, c.id IN (${manual('include')}) AS by_hand
             FROM contacts c WHERE ${members.sql})`,
    )
    .get(...dnc.params, ...(filter?.params ?? []), list.id, ...members.params) as Omit<ListCounts, 'excludedByHand'>;
  const excludedByHand = db.$client
    .prepare(`SELECT count(*) FROM distribution_list_members WHERE list_id = ? AND mode = 'exclude'`)
    .pluck()
    .get(list.id) as number;
  return { ...row, excludedByHand };
}

export interface MemberQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort: 'name' | 'organisation' | 'office' | 'country';
  readonly direction: 'asc' | 'desc';
  /** sendable: reached by a hand-off; warnings: left out of it; excluded: taken off the list by hand. */
  readonly status: 'all' | 'sendable' | 'warnings' | 'excluded';
  readonly today: string;
  readonly lang: string;
}

export interface MemberRow {
  readonly id: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly title: Record<string, string>;
  readonly organisationName: Record<string, string>;
  readonly officeName: Record<string, string>;
  readonly city: Record<string, string>;
  readonly country: string | null;
  readonly email: string | null;
  readonly phoneRaw: string | null;
  readonly phoneE164: string | null;
  readonly byFilter: boolean;
  readonly mode: MemberMode | null;
  readonly warnings: MemberWarning[];
  readonly doNotContactReason: string | null;
  readonly doNotContactUntil: string | null;
  readonly archivedAt: string | null;
}

interface RawMemberRow {
  id: number;
  givenName: string;
  familyName: string;
  title: string;
  organisationName: string;
  officeName: string;
  city: string;
  country: string | null;
  email: string | null;
  phone: string | null;
  byFilter: number;
  mode: MemberMode | null;
  dnc: number;
  doNotContactReason: string | null;
  doNotContactUntil: string | null;
  archivedAt: string | null;
}

/** One page of a list's members (or of the people excluded from it by hand), with each one's warnings. */
export function listMembers(db: Db, list: ListRecord, q: MemberQuery): { rows: MemberRow[]; total: number } {
  const members = memberCondition(list);
  const filter = filterCondition(list);
  const dnc = doNotContactSql(q.today);
  const warningSql = `((${dnc.sql}) OR c.archived_at IS NOT NULL OR ${noEmailSql})`;
  const scope: Condition =
    q.status === 'excluded'
      ? { sql: `c.id IN (${manual('exclude')})`, params: [list.id] }
      : q.status === 'sendable'
        ? { sql: `${members.sql} AND NOT ${warningSql}`, params: [...members.params, ...dnc.params] }
        : q.status === 'warnings'
          ? { sql: `${members.sql} AND ${warningSql}`, params: [...members.params, ...dnc.params] }
          : members;
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order = {
    name: `c.family_name COLLATE NOCASE ${dir}, c.given_name COLLATE NOCASE ${dir}`,
    organisation: `${localizedSortSql('o.name', q.lang)} COLLATE NOCASE ${dir}`,
    office: `${localizedSortSql('f.name', q.lang)} COLLATE NOCASE ${dir}`,
    country: `coalesce(f.country, '') ${dir}`,
  }[q.sort];
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, c.title,
              coalesce(o.name, '{}') AS organisationName, coalesce(f.name, '{}') AS officeName,
              coalesce(f.city, '{}') AS city, f.country,
              (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY preferred DESC, position LIMIT 1) AS email,
              (SELECT raw || char(31) || coalesce(e164, '') FROM contact_phones WHERE contact_id = c.id
               ORDER BY preferred DESC, position LIMIT 1) AS phone,
              ${filter ? filter.sql : '0'} AS byFilter, m.mode, (${dnc.sql}) AS dnc,
              c.do_not_contact_reason AS doNotContactReason, c.do_not_contact_until AS doNotContactUntil,
              c.archived_at AS archivedAt
       FROM contacts c
       LEFT JOIN organisations o ON o.id = c.organisation_id
       LEFT JOIN offices f ON f.id = c.office_id
       LEFT JOIN distribution_list_members m ON m.list_id = ? AND m.contact_id = c.id
       WHERE ${scope.sql}
       ORDER BY ${order}, c.id ${dir}
       LIMIT ? OFFSET ?`,
    )
    .all(...(filter?.params ?? []), ...dnc.params, list.id, ...scope.params, q.limit, q.offset) as RawMemberRow[];
  const total = db.$client
    .prepare(`SELECT count(*) FROM contacts c WHERE ${scope.sql}`)
    .pluck()
    .get(...scope.params) as number;
  return {
    total,
    rows: rows.map((r) => {
      const [phoneRaw, phoneE164] = r.phone === null ? [null, null] : r.phone.split('\u001f');
      const warnings: MemberWarning[] = [];
      if (r.dnc === 1) warnings.push('do-not-contact');
      if (r.archivedAt !== null) warnings.push('archived');
      if (r.email === null) warnings.push('no-email');
      return {
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        title: parseJson(r.title),
        organisationName: parseJson(r.organisationName),
        officeName: parseJson(r.officeName),
        city: parseJson(r.city),
        country: r.country,
        email: r.email,
        phoneRaw: phoneRaw ?? null,
        phoneE164: phoneE164 || null,
        byFilter: r.byFilter === 1,
        mode: r.mode,
        warnings,
        doNotContactReason: r.dnc === 1 ? r.doNotContactReason : null,
        doNotContactUntil: r.dnc === 1 ? r.doNotContactUntil : null,
        archivedAt: r.archivedAt,
      };
    }),
  };
}

export interface OrderedMembers {
  readonly ids: number[];
  /** Members left out, by reason (a member with several reasons counts under the first: do-not-contact, archived). */
  readonly skipped: { readonly doNotContact: number; readonly archived: number };
}

/**
 * The list's member ids in name order, for exports; people under an active do-not-contact mark and archived people
 * are left out unless asked for.
 */
export function orderedMemberIds(
  db: Db,
  list: ListRecord,
  options: { readonly today: string; readonly includeDoNotContact: boolean },
): OrderedMembers {
  const members = memberCondition(list);
  const dnc = doNotContactSql(options.today);
  const rows = db.$client
    .prepare(
      `SELECT c.id, (${dnc.sql}) AS dnc, c.archived_at IS NOT NULL AS archived FROM contacts c WHERE ${members.sql}
       ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id`,
    )
    .raw()
    .all(...dnc.params, ...members.params) as [number, number, number][];
  const ids: number[] = [];
  let doNotContact = 0;
  let archived = 0;
  for (const [id, isDnc, isArchived] of rows) {
    if (options.includeDoNotContact) ids.push(id);
    else if (isDnc === 1) doNotContact++;
    else if (isArchived === 1) archived++;
    else ids.push(id);
  }
  return { ids, skipped: { doNotContact, archived } };
}

export interface Recipient {
  readonly id: number;
  readonly givenName: string;
  readonly familyName: string;
  /** The preferred address, else the first. */
  readonly email: string;
}

export interface Unreachable {
  readonly id: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly reason: MemberWarning;
}

/**
 * Who a hand-off reaches, in name order: members with an address, not archived and not under an active
 * do-not-contact mark; everyone else with the first reason they are left out. `only` narrows to those ids (a batch
 * the UI already showed), re-checked now so a mark set in the meantime still keeps the person out.
 */
export function handoffRecipients(
  db: Db,
  list: ListRecord,
  today: string,
  only?: readonly number[],
): { recipients: Recipient[]; unreachable: Unreachable[] } {
  const members = memberCondition(list);
  const dnc = doNotContactSql(today);
  const narrow = only ? 'AND c.id IN (SELECT value FROM json_each(?))' : '';
  const rows = db.$client
    .prepare(
      `SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, (${dnc.sql}) AS dnc,
              c.archived_at IS NOT NULL AS archived,
              (SELECT address FROM contact_emails WHERE contact_id = c.id ORDER BY preferred DESC, position, id LIMIT 1) AS email
       FROM contacts c WHERE ${members.sql} ${narrow}
       ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id`,
    )
    .all(...dnc.params, ...members.params, ...(only ? [JSON.stringify(only)] : [])) as {
    id: number;
    givenName: string;
    familyName: string;
    dnc: number;
    archived: number;
    email: string | null;
  }[];
  const recipients: Recipient[] = [];
  const unreachable: Unreachable[] = [];
  for (const r of rows) {
    const person = { id: r.id, givenName: r.givenName, familyName: r.familyName };
    if (r.dnc === 1) unreachable.push({ ...person, reason: 'do-not-contact' });
    else if (r.archived === 1) unreachable.push({ ...person, reason: 'archived' });
    else if (r.email === null) unreachable.push({ ...person, reason: 'no-email' });
    else recipients.push({ ...person, email: r.email });
  }
  return { recipients, unreachable };
}

/** Ids among `ids` that are contacts, in the order given; for checking a bulk action's input. */
export function existingContactIds(db: Db, ids: readonly number[]): number[] {
  return db.$client
    .prepare(
      'SELECT j.value FROM json_each(?) j WHERE j.value IN (SELECT id FROM contacts) GROUP BY j.value ORDER BY min(j.key)',
    )
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

const touch = (db: Db, listId: number, at: string) =>
  db.$client.prepare('UPDATE distribution_lists SET updated_at = ? WHERE id = ?').run(at, listId);

/** Marks contacts as added (include) or taken off (exclude) by hand, in one transaction; returns how many changed. */
export function setMembers(db: Db, listId: number, ids: readonly number[], mode: MemberMode, at = now()): number {
  return db.transaction(() => {
    const { changes } = db.$client
      .prepare(
        `INSERT INTO distribution_list_members (list_id, contact_id, mode, added_at)
         SELECT ?, value, ?, ? FROM json_each(?) WHERE value IN (SELECT id FROM contacts) AND true
         ON CONFLICT (list_id, contact_id) DO UPDATE SET mode = excluded.mode, added_at = excluded.added_at
         WHERE distribution_list_members.mode <> excluded.mode`,
      )
      .run(listId, mode, at, JSON.stringify(ids));
    if (changes > 0) touch(db, listId, at);
    return changes;
  });
}

/** Forgets manual additions and exclusions: the filter alone decides again for these people. */
export function resetMembers(db: Db, listId: number, ids: readonly number[], at = now()): number {
  return db.transaction(() => {
    const { changes } = db.$client
      .prepare(
        'DELETE FROM distribution_list_members WHERE list_id = ? AND contact_id IN (SELECT value FROM json_each(?))',
      )
      .run(listId, JSON.stringify(ids));
    if (changes > 0) touch(db, listId, at);
    return changes;
  });
}

/**
 * Takes people off the list whatever brought them on: a manual addition is dropped, and someone the filter matches
 * is excluded by hand so they stay off as the filter keeps matching. Returns how many were members before.
 */
export function removeMembers(db: Db, list: ListRecord, ids: readonly number[], at = now()): number {
  return db.transaction(() => {
    const members = memberCondition(list);
    const json = JSON.stringify(ids);
    const before = db.$client
      .prepare(`SELECT count(*) FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${members.sql}`)
      .pluck()
      .get(json, ...members.params) as number;
    db.$client
      .prepare(
        `DELETE FROM distribution_list_members
         WHERE list_id = ? AND mode = 'include' AND contact_id IN (SELECT value FROM json_each(?))`,
      )
      .run(list.id, json);
    const filter = filterCondition(list);
    if (filter) {
      db.$client
        .prepare(
          `INSERT INTO distribution_list_members (list_id, contact_id, mode, added_at)
           SELECT ?, c.id, 'exclude', ? FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${filter.sql}
           ON CONFLICT (list_id, contact_id) DO UPDATE SET mode = 'exclude', added_at = excluded.added_at`,
        )
        .run(list.id, at, json, ...filter.params);
    }
    if (before > 0) touch(db, list.id, at);
    return before;
  });
}

export interface ListRelease {
  readonly id: number;
  readonly reference: string | null;
  readonly title: string;
  readonly language: string;
  readonly status: string;
}

export function setReleaseList(db: Db, releaseId: number, listId: number, attached: boolean): boolean {
  const sql = attached
    ? 'INSERT OR IGNORE INTO release_lists (release_id, list_id) VALUES (?, ?)'
    : 'DELETE FROM release_lists WHERE release_id = ? AND list_id = ?';
  return db.$client.prepare(sql).run(releaseId, listId).changes > 0;
}

/** The releases this list was attached to ("distributed to"), newest first. */
export function releasesOfList(db: Db, listId: number): ListRelease[] {
  return db.$client
    .prepare(
      `SELECT r.id, r.reference, r.title, r.language, r.status FROM release_lists rl JOIN releases r ON r.id = rl.release_id
       WHERE rl.list_id = ? ORDER BY coalesce(r.dateline_date, r.created_at) DESC, r.id DESC`,
    )
    .all(listId) as ListRelease[];
}

export function listsOfRelease(db: Db, releaseId: number): ListRecord[] {
  const rows = db.$client
    .prepare(
      `SELECT l.* FROM release_lists rl JOIN distribution_lists l ON l.id = rl.list_id
       WHERE rl.release_id = ? ORDER BY l.name COLLATE NOCASE, l.id`,
    )
    .all(releaseId) as RawList[];
  return rows.map(toList);
}

export const releaseExists = (db: Db, id: number) =>
  db.$client.prepare('SELECT 1 FROM releases WHERE id = ?').pluck().get(id) === 1;

export interface ReleaseMessage {
  readonly title: string;
  readonly text: string;
  readonly html: string;
}

/** A release as the body of a hand-off: its title, plain text and sanitised HTML. */
export function releaseMessage(db: Db, id: number): ReleaseMessage | undefined {
  return db.$client.prepare('SELECT title, body_text AS text, body_html AS html FROM releases WHERE id = ?').get(id) as
    ReleaseMessage | undefined;
}
