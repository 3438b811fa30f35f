import type { Db } from '../client';
import { contactWhere } from './contacts';
import type { ListFilter } from './lists';
import { setMembers } from './lists';
import { ensureTags } from './tags';
import { now, prepared } from './util';

export type BulkTargetQuery =
  { readonly ids: readonly number[] } | { readonly filter: ListFilter; readonly exceptIds: readonly number[] };

export type BulkChange =
  | { readonly kind: 'addTag' | 'removeTag'; readonly tag: string }
  | { readonly kind: 'addToList'; readonly listId: number }
  | { readonly kind: 'setDoNotContact'; readonly reason: string; readonly until: string | null }
  | { readonly kind: 'clearDoNotContact' | 'markVerified' | 'archive' };

/** The columns a bulk action may change, as they were before it: what undo writes back. */
interface ContactState {
  readonly id: number;
  readonly do_not_contact: number;
  readonly do_not_contact_reason: string | null;
  readonly do_not_contact_until: string | null;
  readonly last_verified_at: string | null;
  readonly archived_at: string | null;
  readonly updated_at: string;
}

interface MemberState {
  readonly contactId: number;
  /** Null when the person was not on the list by hand before. */
  readonly mode: string | null;
  readonly addedAt: string | null;
}

/** Everything needed to take one bulk action back, and to tell whether anything touched its rows since. */
export interface BulkUndoRecord {
  readonly kind: BulkChange['kind'];
  readonly at: string;
  readonly contacts: readonly ContactState[];
  readonly tagId?: number;
  readonly listId?: number;
  readonly members?: readonly MemberState[];
}

export interface BulkResult {
  readonly matched: number;
  readonly changed: number;
  readonly undo: BulkUndoRecord | null;
}

const json = (ids: readonly number[]) => JSON.stringify(ids);

/**
 * Re-indexes the dirty contacts set-wise: every delete, then every insert in id order. The per-contact flush
 * (`flushSearchIndex`) alternates them, which costs FTS5 a flush per contact (20 s instead of 7 s for 10,000
 * contacts). Row 0 in the dirty table keeps its trigger from re-indexing each contact again (migration 0004).
 */
function flushSearchIndexSetwise(db: Db) {
  const dirty = 'SELECT contact_id FROM contacts_fts_dirty WHERE contact_id <> 0';
  prepared(db, 'INSERT OR IGNORE INTO contacts_fts_dirty VALUES (0)').run();
  prepared(db, `DELETE FROM contacts_fts WHERE rowid IN (${dirty})`).run();
  prepared(
    db,
    `INSERT INTO contacts_fts(rowid, name, title, organisation, place, emails, phones, topics)
     SELECT id, name, title, organisation, place, emails, phones, topics FROM contact_search_source
     WHERE id IN (${dirty}) ORDER BY id`,
  ).run();
  prepared(db, 'DELETE FROM contacts_fts_dirty WHERE contact_id <> 0').run();
  prepared(db, 'DELETE FROM contacts_fts_dirty WHERE contact_id = 0').run();
}
const IN_IDS = 'id IN (SELECT value FROM json_each(?))';

/** The contacts a target covers, in id order; ids that are not (or no longer) contacts drop out. */
export function resolveBulkTarget(db: Db, target: BulkTargetQuery): number[] {
  if ('ids' in target) {
    return prepared(db, `SELECT id FROM contacts WHERE ${IN_IDS} ORDER BY id`, 'pluck').all(
      json(target.ids),
    ) as number[];
  }
  const where = contactWhere(target.filter);
  const except = 'c.id NOT IN (SELECT value FROM json_each(?))';
  return prepared(
    db,
    `SELECT c.id FROM contacts c ${where.sql ? `${where.sql} AND ${except}` : `WHERE ${except}`} ORDER BY c.id`,
    'pluck',
  ).all(...where.params, json(target.exceptIds)) as number[];
}

const STATE_SQL = `SELECT id, do_not_contact, do_not_contact_reason, do_not_contact_until, last_verified_at, archived_at,
  updated_at FROM contacts WHERE ${IN_IDS}`;

/** Contacts among `ids` the action would change, with their state before it. */
function statesWhere(db: Db, ids: readonly number[], condition: string, ...params: unknown[]): ContactState[] {
  return prepared(db, `${STATE_SQL} AND (${condition}) ORDER BY id`).all(json(ids), ...params) as ContactState[];
}

const tagIdByName = (db: Db, name: string) =>
  prepared(db, 'SELECT id FROM tags WHERE lower(name) = lower(?)', 'pluck').get(name.trim()) as number | undefined;

/**
 * Applies one bulk change to the target in ONE synchronous transaction: if any statement fails, nothing is
 * changed. Returns what undo needs (the prior state of exactly the rows changed), or null when nothing changed.
 */
export function applyBulkChange(db: Db, target: BulkTargetQuery, change: BulkChange, at = now()): BulkResult {
  return db.transaction((): BulkResult => {
    const ids = resolveBulkTarget(db, target);
    const matched = ids.length;
    let contacts: ContactState[] = [];
    const extra: { tagId?: number; listId?: number; members?: MemberState[] } = {};
    // Every changed contact gets the action's timestamp: undo later refuses rows whose stamp moved on.
    const touch = (states: readonly ContactState[], set = '', ...params: unknown[]) =>
      prepared(db, `UPDATE contacts SET ${set}updated_at = ? WHERE ${IN_IDS}`).run(
        ...params,
        at,
        json(states.map((s) => s.id)),
      );

    switch (change.kind) {
      case 'addTag': {
        const [tagId] = ensureTags(db, [change.tag], at);
        if (tagId === undefined) break;
        extra.tagId = tagId;
        contacts = statesWhere(db, ids, 'id NOT IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)', tagId);
        prepared(db, 'INSERT INTO contact_tags (contact_id, tag_id) SELECT value, ? FROM json_each(?)').run(
          tagId,
          json(contacts.map((c) => c.id)),
        );
        touch(contacts);
        break;
      }
      case 'removeTag': {
        const tagId = tagIdByName(db, change.tag);
        if (tagId === undefined) break;
        extra.tagId = tagId;
        contacts = statesWhere(db, ids, 'id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)', tagId);
        prepared(
          db,
          'DELETE FROM contact_tags WHERE tag_id = ? AND contact_id IN (SELECT value FROM json_each(?))',
        ).run(tagId, json(contacts.map((c) => c.id)));
        touch(contacts);
        break;
      }
      case 'addToList': {
        extra.listId = change.listId;
        const before = new Map(
          (
            prepared(
              db,
              `SELECT contact_id AS contactId, mode, added_at AS addedAt FROM distribution_list_members
               WHERE list_id = ? AND contact_id IN (SELECT value FROM json_each(?))`,
            ).all(change.listId, json(ids)) as MemberState[]
          ).map((m) => [m.contactId, m]),
        );
        extra.members = ids
          .filter((id) => before.get(id)?.mode !== 'include')
          .map((id) => before.get(id) ?? { contactId: id, mode: null, addedAt: null });
        setMembers(db, change.listId, ids, 'include', at);
        break;
      }
      case 'setDoNotContact':
        contacts = statesWhere(
          db,
          ids,
          'do_not_contact = 0 OR do_not_contact_reason IS NOT ? OR do_not_contact_until IS NOT ?',
          change.reason,
          change.until,
        );
        touch(
          contacts,
          'do_not_contact = 1, do_not_contact_reason = ?, do_not_contact_until = ?, ',
          change.reason,
          change.until,
        );
        break;
      case 'clearDoNotContact':
        contacts = statesWhere(
          db,
          ids,
          'do_not_contact = 1 OR do_not_contact_reason IS NOT NULL OR do_not_contact_until IS NOT NULL',
        );
        touch(contacts, 'do_not_contact = 0, do_not_contact_reason = NULL, do_not_contact_until = NULL, ');
        break;
      case 'markVerified':
        // Verified today already counts as done: undo then leaves those dates alone.
        contacts = statesWhere(
          db,
          ids,
          'last_verified_at IS NULL OR substr(last_verified_at, 1, 10) <> substr(?, 1, 10)',
          at,
        );
        touch(contacts, 'last_verified_at = ?, ', at);
        break;
      case 'archive':
        contacts = statesWhere(db, ids, 'archived_at IS NULL');
        touch(contacts, 'archived_at = ?, ', at);
        break;
    }
    flushSearchIndexSetwise(db);
    const changed = change.kind === 'addToList' ? (extra.members?.length ?? 0) : contacts.length;
    return { matched, changed, undo: changed === 0 ? null : { kind: change.kind, at, contacts, ...extra } };
  });
}

/** Rows the bulk action changed that something else has changed since (undo would overwrite that edit). */
export function bulkUndoConflicts(db: Db, undo: BulkUndoRecord): number {
  const contactConflicts = undo.contacts.length
    ? (prepared(db, `SELECT count(*) FROM contacts WHERE ${IN_IDS} AND updated_at IS NOT ?`, 'pluck').get(
        json(undo.contacts.map((c) => c.id)),
        undo.at,
      ) as number) +
      (undo.contacts.length -
        countExisting(
          db,
          undo.contacts.map((c) => c.id),
        ))
    : 0;
  if (!undo.members?.length) return contactConflicts;
  const unchanged = prepared(
    db,
    `SELECT count(*) FROM distribution_list_members WHERE list_id = ? AND mode = 'include' AND added_at = ?
     AND contact_id IN (SELECT value FROM json_each(?))`,
    'pluck',
  ).get(undo.listId, undo.at, json(undo.members.map((m) => m.contactId))) as number;
  return contactConflicts + undo.members.length - unchanged;
}

const countExisting = (db: Db, ids: readonly number[]) =>
  prepared(db, `SELECT count(*) FROM contacts WHERE ${IN_IDS}`, 'pluck').get(json(ids)) as number;

/**
 * Puts back exactly what `applyBulkChange` changed, in one transaction. The caller checks `bulkUndoConflicts`
 * first; this writes unconditionally. Returns how many rows it restored.
 */
export function undoBulkChange(db: Db, undo: BulkUndoRecord): number {
  return db.transaction(() => {
    const ids = json(undo.contacts.map((c) => c.id));
    if (undo.kind === 'addTag' && undo.tagId !== undefined) {
      prepared(db, 'DELETE FROM contact_tags WHERE tag_id = ? AND contact_id IN (SELECT value FROM json_each(?))').run(
        undo.tagId,
        ids,
      );
    } else if (undo.kind === 'removeTag' && undo.tagId !== undefined) {
      prepared(db, 'INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT value, ? FROM json_each(?)').run(
        undo.tagId,
        ids,
      );
    }
    const restore = prepared(
      db,
      `UPDATE contacts SET do_not_contact = ?, do_not_contact_reason = ?, do_not_contact_until = ?,
       last_verified_at = ?, archived_at = ?, updated_at = ? WHERE id = ?`,
    );
    for (const c of undo.contacts) {
      restore.run(
        c.do_not_contact,
        c.do_not_contact_reason,
        c.do_not_contact_until,
        c.last_verified_at,
        c.archived_at,
        c.updated_at,
        c.id,
      );
    }
    if (undo.members && undo.listId !== undefined) {
      const drop = prepared(db, 'DELETE FROM distribution_list_members WHERE list_id = ? AND contact_id = ?');
      const put = prepared(
        db,
        'UPDATE distribution_list_members SET mode = ?, added_at = ? WHERE list_id = ? AND contact_id = ?',
      );
      for (const m of undo.members) {
        if (m.mode === null) drop.run(undo.listId, m.contactId);
        else put.run(m.mode, m.addedAt, undo.listId, m.contactId);
      }
    }
    flushSearchIndexSetwise(db);
    return undo.contacts.length + (undo.members?.length ?? 0);
  });
}

/** Topic names used on contacts, with how many contacts (archived or not) carry each. */
export function contactTopics(db: Db): { name: string; contacts: number }[] {
  return prepared(
    db,
    `SELECT t.name, count(*) AS contacts FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
     GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  ).all() as { name: string; contacts: number }[];
}
