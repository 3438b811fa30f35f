import type { Db } from '../client';
import type { ReleaseStatus } from './releases';
import { listLists, memberCondition } from './lists';

/** A release whose contact block names the person. */
export interface ContactReleaseRow {
  readonly id: number;
  readonly reference: string | null;
  readonly language: string;
  readonly title: string;
  readonly status: ReleaseStatus;
  readonly datelineDate: string | null;
  readonly archivedAt: string | null;
}

/** The releases this person appears in (any block), newest dateline first. */
export function releasesOfContact(db: Db, contactId: number): ContactReleaseRow[] {
  return db.$client
    .prepare(
      `SELECT r.id, r.reference, r.language, r.title, r.status, r.dateline_date AS datelineDate,
              r.archived_at AS archivedAt
       FROM releases r
       WHERE r.id IN (SELECT b.release_id FROM contact_block_rows w JOIN contact_blocks b ON b.id = w.block_id
                      WHERE w.contact_id = ?)
       ORDER BY coalesce(r.dateline_date, substr(r.created_at, 1, 10)) DESC, r.id DESC`,
    )
    .all(contactId) as ContactReleaseRow[];
}

/** How the person is on a list: added by hand, matched by its saved filter, or taken off it by hand. */
export type ListMembership = 'added' | 'filter' | 'excluded';

export interface ContactListRow {
  readonly id: number;
  readonly name: string;
  readonly membership: ListMembership;
  readonly archivedAt: string | null;
}

/**
 * The lists the person belongs to, smart lists included: each list's membership condition is evaluated for this one
 * contact, so the answer agrees with what the list page and its hand-offs count. Lists they were excluded from by
 * hand are listed too, since that is a decision about them.
 */
export function listsOfContact(db: Db, contactId: number): ContactListRow[] {
  const manual = new Map(
    (
      db.$client
        .prepare('SELECT list_id AS listId, mode FROM distribution_list_members WHERE contact_id = ?')
        .all(contactId) as { listId: number; mode: 'include' | 'exclude' }[]
    ).map((m) => [m.listId, m.mode]),
  );
  const rows: ContactListRow[] = [];
  for (const list of listLists(db, { includeArchived: true, query: '' })) {
    const mode = manual.get(list.id);
    let membership: ListMembership | null = null;
    if (mode === 'include') membership = 'added';
    else if (mode === 'exclude') membership = 'excluded';
    else if (list.filter !== null) {
      const condition = memberCondition(list);
      const hit = db.$client
        .prepare(`SELECT 1 FROM contacts c WHERE c.id = ? AND ${condition.sql}`)
        .get(contactId, ...condition.params);
      if (hit) membership = 'filter';
    }
    if (membership) rows.push({ id: list.id, name: list.name, membership, archivedAt: list.archivedAt });
  }
  return rows;
}

export interface DuplicateHit {
  readonly kind: 'email' | 'phone';
  /** The address or E.164 number both contacts share. */
  readonly value: string;
  readonly contactId: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly archivedAt: string | null;
}

/** Other contacts that already use one of these addresses (case-insensitive) or E.164 numbers. */
export function duplicatesOf(
  db: Db,
  emails: readonly string[],
  e164s: readonly string[],
  exceptContactId: number | null,
): DuplicateHit[] {
  return db.$client
    .prepare(
      `SELECT 'email' AS kind, e.address AS value, c.id AS contactId, c.given_name AS givenName,
              c.family_name AS familyName, c.archived_at AS archivedAt
       FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE lower(e.address) IN (SELECT lower(value) FROM json_each(?)) AND c.id IS NOT ?
       UNION
       SELECT 'phone', p.e164, c.id, c.given_name, c.family_name, c.archived_at
       FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.e164 IN (SELECT value FROM json_each(?)) AND c.id IS NOT ?
       ORDER BY 1, 2, 3 LIMIT 50`,
    )
    .all(JSON.stringify(emails), exceptContactId, JSON.stringify(e164s), exceptContactId) as DuplicateHit[];
}
