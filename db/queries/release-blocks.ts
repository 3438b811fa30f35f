import type { Db } from '../client';

export interface BlockRowRecord {
  readonly id: number;
  readonly contactId: number;
  readonly position: number;
  /** Null shows every phone (or email) of the contact. */
  readonly phoneIds: number[] | null;
  readonly emailIds: number[] | null;
}

export interface BlockRecord {
  readonly id: number;
  readonly position: number;
  readonly subheading: string | null;
  readonly rows: BlockRowRecord[];
}

export interface BlockRowChoice {
  readonly id?: number | undefined;
  readonly contactId: number;
  readonly phoneIds: readonly number[] | null;
  readonly emailIds: readonly number[] | null;
}

export interface BlockChoice {
  readonly id?: number | undefined;
  readonly subheading: string | null;
  readonly rows: readonly BlockRowChoice[];
}

const parseIds = (json: string | null) => (json === null ? null : (JSON.parse(json) as number[]));
const idsJson = (ids: readonly number[] | null) => (ids === null ? null : JSON.stringify(ids));

/** A release's contact blocks, in order, each with its ordered rows. */
export function getBlocks(db: Db, releaseId: number): BlockRecord[] {
  const blocks = db.$client
    .prepare('SELECT id, position, subheading FROM contact_blocks WHERE release_id = ? ORDER BY position, id')
    .all(releaseId) as Omit<BlockRecord, 'rows'>[];
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.block_id AS blockId, r.contact_id AS contactId, r.position, r.phone_ids AS phoneIds,
              r.email_ids AS emailIds
       FROM contact_block_rows r JOIN contact_blocks b ON b.id = r.block_id
       WHERE b.release_id = ? ORDER BY r.position, r.id`,
    )
    .all(releaseId) as (Omit<BlockRowRecord, 'phoneIds' | 'emailIds'> & {
    blockId: number;
    phoneIds: string | null;
    emailIds: string | null;
  })[];
  return blocks.map((b) => ({
    ...b,
    rows: rows
      .filter((r) => r.blockId === b.id)
      .map((r) => ({
        id: r.id,
        contactId: r.contactId,
        position: r.position,
        phoneIds: parseIds(r.phoneIds),
        emailIds: parseIds(r.emailIds),
      })),
  }));
}

/**
 * Makes a release's blocks exactly `blocks`, in order. Blocks and rows that name an id of this release keep it (a
 * row dragged to another block keeps its id too), so the editor's list keys stay stable; the rest are replaced.
 * The caller holds the transaction.
 */
export function replaceBlocks(db: Db, releaseId: number, blocks: readonly BlockChoice[]): void {
  const sql = db.$client;
  const ownBlocks = new Set(
    sql.prepare('SELECT id FROM contact_blocks WHERE release_id = ?').pluck().all(releaseId) as number[],
  );
  const ownRows = new Set(
    sql
      .prepare(
        'SELECT r.id FROM contact_block_rows r JOIN contact_blocks b ON b.id = r.block_id WHERE b.release_id = ?',
      )
      .pluck()
      .all(releaseId) as number[],
  );
  const keptBlocks = new Set<number>();
  const keptRows = new Set<number>();
  const updateBlock = sql.prepare('UPDATE contact_blocks SET position = ?, subheading = ? WHERE id = ?');
  const insertBlock = sql.prepare(
    'INSERT INTO contact_blocks (release_id, position, subheading) VALUES (?, ?, ?) RETURNING id',
  );
  const updateRow = sql.prepare(
    'UPDATE contact_block_rows SET block_id = ?, contact_id = ?, position = ?, phone_ids = ?, email_ids = ? WHERE id = ?',
  );
  const insertRow = sql.prepare(
    'INSERT INTO contact_block_rows (block_id, contact_id, position, phone_ids, email_ids) VALUES (?, ?, ?, ?, ?)',
  );
  blocks.forEach((block, position) => {
    let blockId: number;
    if (block.id !== undefined && ownBlocks.has(block.id) && !keptBlocks.has(block.id)) {
      blockId = block.id;
      updateBlock.run(position, block.subheading, blockId);
    } else {
      blockId = (insertBlock.get(releaseId, position, block.subheading) as { id: number }).id;
    }
    keptBlocks.add(blockId);
    block.rows.forEach((row, rowPosition) => {
      const args = [blockId, row.contactId, rowPosition, idsJson(row.phoneIds), idsJson(row.emailIds)] as const;
      if (row.id !== undefined && ownRows.has(row.id) && !keptRows.has(row.id)) {
        updateRow.run(...args, row.id);
        keptRows.add(row.id);
      } else {
        insertRow.run(...args);
      }
    });
  });
  const gone = (own: Set<number>, kept: Set<number>) => JSON.stringify([...own].filter((id) => !kept.has(id)));
  sql
    .prepare('DELETE FROM contact_block_rows WHERE id IN (SELECT value FROM json_each(?))')
    .run(gone(ownRows, keptRows));
  sql
    .prepare('DELETE FROM contact_blocks WHERE id IN (SELECT value FROM json_each(?))')
    .run(gone(ownBlocks, keptBlocks));
}
