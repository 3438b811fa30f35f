import type { Db } from '../client';
import type { BlockRecord } from './release-blocks';
import { flushSearchIndex } from './search-index';
import { now } from './util';

/**
 * Releases whose contact block keeps this person's line after an erasure: those published now, and archived ones
 * that were published before (a revision recorded the status). Their text is the public record; every other
 * release (drafts, in review, approved, embargoed, reopened) simply loses the person.
 */
export function releasesKeepingText(
  db: Db,
  contactId: number,
): { id: number; language: string; organisationId: number | null }[] {
  return db.$client
    .prepare(
      `SELECT r.id, r.language, r.organisation_id AS organisationId FROM releases r
       WHERE r.id IN (SELECT b.release_id FROM contact_block_rows w JOIN contact_blocks b ON b.id = w.block_id
                      WHERE w.contact_id = ?)
         AND (r.status = 'published'
              OR (r.status = 'archived' AND EXISTS (SELECT 1 FROM release_revisions v WHERE v.release_id = r.id
                                                    AND json_extract(v.snapshot, '$.status') = 'published')))
       ORDER BY r.id`,
    )
    .all(contactId) as { id: number; language: string; organisationId: number | null }[];
}

/*
 * A published release renders its contact block live from the contact rows, and an erased person's rows are gone.
 * So the block text as it was is frozen in `settings` (no schema change), together with the shape of the blocks it
 * was frozen against: as long as the blocks are unchanged the frozen text is the block; once someone edits the
 * blocks (after reopening the release) the live rendering takes over again, without the erased person.
 */
const frozenKey = (releaseId: number) => `release.frozen-contact-block.${releaseId}`;

interface FrozenBlock {
  readonly text: string;
  readonly shape: string;
  readonly frozenAt: string;
}

/** What the frozen text depends on: block ids and sub-headings, rows with their contact and chosen channels. */
const shapeOf = (blocks: readonly BlockRecord[]) =>
  JSON.stringify(
    blocks.map((b) => [b.id, b.subheading, b.rows.map((r) => [r.id, r.contactId, r.phoneIds, r.emailIds])]),
  );

/** The frozen block text of a release, or null when there is none or its blocks changed since. */
export function frozenBlockText(db: Db, releaseId: number, blocks: readonly BlockRecord[]): string | null {
  const json = db.$client.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(frozenKey(releaseId)) as
    string | undefined;
  if (json === undefined) return null;
  const frozen = JSON.parse(json) as FrozenBlock;
  return frozen.shape === shapeOf(blocks) ? frozen.text : null;
}

export function freezeBlockText(db: Db, releaseId: number, text: string, blocks: readonly BlockRecord[], at = now()) {
  const value: FrozenBlock = { text, shape: shapeOf(blocks), frozenAt: at };
  db.$client
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(frozenKey(releaseId), JSON.stringify(value));
}

/** Rows removed per table, so tests and the caller can see that the person is gone everywhere. */
export type ErasedRows = Readonly<Record<(typeof erasedTables)[number], number>>;

/** Every table holding a row about a contact, children first; `contacts` last. */
const erasedTables = [
  'contact_phones',
  'contact_emails',
  'contact_languages',
  'contact_roles',
  'contact_countries',
  'contact_regions',
  'contact_tags',
  'distribution_list_members',
  'contact_block_rows',
  'activity',
  'contacts',
] as const;

/**
 * Deletes a person and every row about them, explicitly per table rather than through ON DELETE CASCADE, so the
 * counts say what went and a future table without a cascade cannot silently keep data. Then re-indexes search (the
 * FTS rows of a deleted contact go with it) and records that an erasure happened, with counts and nothing personal.
 * The caller holds the transaction (and freezes published block texts first).
 */
export function eraseContactRows(db: Db, contactId: number, at = now()): ErasedRows {
  const sql = db.$client;
  const counts = Object.fromEntries(
    erasedTables.map((table) => {
      const column = table === 'contacts' ? 'id' : 'contact_id';
      return [table, sql.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(contactId).changes];
    }),
  ) as Record<(typeof erasedTables)[number], number>;
  // The dirty marks the child deletes left re-index nothing: the contact row is gone, so its FTS row stays deleted.
  flushSearchIndex(db);
  sql
    .prepare(`INSERT INTO activity (at, kind, subject, contact_id, detail) VALUES (?, 'erased', 'contact', NULL, ?)`)
    .run(at, JSON.stringify({ rows: counts }));
  return counts;
}

/**
 * Compacts the contacts search index so the erased person's terms leave its segments too (a contentless FTS5
 * delete only marks them); seconds at 100,000 contacts, and erasure is rare.
 */
export function compactContactSearch(db: Db): void {
  db.$client.prepare(`INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')`).run();
}
