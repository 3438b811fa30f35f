import type { Db } from '../client';
import type { activityKinds } from '../schema';
import { now, parseJson } from './util';

export type ActivityKind = (typeof activityKinds)[number];

export interface ContactActivity {
  readonly kind: ActivityKind;
  readonly contactIds: readonly number[];
  readonly releaseId?: number | null;
  readonly listId?: number | null;
  /** What was handed over and how: `{ format: 'csv', file: 'press.csv' }`, `{ via: 'eml', batch: 2 }`. */
  readonly detail: Record<string, unknown>;
}

/**
 * One activity row per contact, written by a single INSERT … SELECT so that an export of a whole directory records
 * who was in it without a round trip per person.
 */
export function recordContactActivity(db: Db, entry: ContactActivity, at = now()): number {
  if (entry.contactIds.length === 0) return 0;
  return db.$client
    .prepare(
      `INSERT INTO activity (at, kind, subject, contact_id, release_id, list_id, detail)
       SELECT ?, ?, 'contact', j.value, ?, ?, ? FROM json_each(?) j WHERE j.value IN (SELECT id FROM contacts)`,
    )
    .run(
      at,
      entry.kind,
      entry.releaseId ?? null,
      entry.listId ?? null,
      JSON.stringify(entry.detail),
      JSON.stringify(entry.contactIds),
    ).changes;
}

/** An entry about a record other than a contact: a list created, renamed or archived. */
export function recordActivity(
  db: Db,
  entry: {
    readonly kind: ActivityKind;
    readonly subject: 'list' | 'release' | 'office' | 'organisation';
    readonly listId?: number | null;
    readonly releaseId?: number | null;
    readonly detail: Record<string, unknown>;
  },
  at = now(),
): void {
  db.$client
    .prepare('INSERT INTO activity (at, kind, subject, release_id, list_id, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(at, entry.kind, entry.subject, entry.releaseId ?? null, entry.listId ?? null, JSON.stringify(entry.detail));
}

export interface ActivityRow {
  readonly id: number;
  readonly at: string;
  readonly kind: ActivityKind;
  readonly releaseId: number | null;
  readonly releaseTitle: string | null;
  readonly releaseReference: string | null;
  readonly listId: number | null;
  readonly listName: string | null;
  readonly detail: Record<string, unknown>;
}

/** What a contact was sent or given, newest first: the "received" panel of a contact's page. */
export function contactActivity(
  db: Db,
  contactId: number,
  page: { readonly offset: number; readonly limit: number },
): { rows: ActivityRow[]; total: number } {
  const rows = db.$client
    .prepare(
      `SELECT a.id, a.at, a.kind, a.release_id AS releaseId, r.title AS releaseTitle, r.reference AS releaseReference,
              a.list_id AS listId, l.name AS listName, a.detail
       FROM activity a
       LEFT JOIN releases r ON r.id = a.release_id
       LEFT JOIN distribution_lists l ON l.id = a.list_id
       WHERE a.contact_id = ? ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(contactId, page.limit, page.offset) as (Omit<ActivityRow, 'detail'> & { detail: string })[];
  const total = db.$client
    .prepare('SELECT count(*) FROM activity WHERE contact_id = ?')
    .pluck()
    .get(contactId) as number;
  return { total, rows: rows.map((r) => ({ ...r, detail: parseJson<Record<string, unknown>>(r.detail) })) };
}
