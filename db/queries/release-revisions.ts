import type { Db } from '../client';
import type { revisionReasons } from '../schema';
import type { ReleaseStatus } from './releases';

export type RevisionReason = (typeof revisionReasons)[number];

export interface RevisionRow {
  readonly id: number;
  readonly releaseId: number;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly reason: RevisionReason;
  readonly status: ReleaseStatus;
  readonly title: string;
}

export interface RevisionRecord extends RevisionRow {
  readonly snapshot: unknown;
}

const rowSql = `
  SELECT id, release_id AS releaseId, created_at AS createdAt, coalesce(saved_at, created_at) AS savedAt, reason,
         json_extract(snapshot, '$.status') AS status, coalesce(json_extract(snapshot, '$.title'), '') AS title
  FROM release_revisions`;

export function latestRevision(db: Db, releaseId: number): RevisionRow | undefined {
  return db.$client
    .prepare(`${rowSql} WHERE release_id = ? ORDER BY created_at DESC, id DESC LIMIT 1`)
    .get(releaseId) as RevisionRow | undefined;
}

export function insertRevision(db: Db, releaseId: number, reason: RevisionReason, snapshot: unknown, at: string) {
  return (
    db.$client
      .prepare(
        'INSERT INTO release_revisions (release_id, created_at, saved_at, reason, snapshot) VALUES (?, ?, ?, ?, ?) RETURNING id',
      )
      .get(releaseId, at, at, reason, JSON.stringify(snapshot)) as { id: number }
  ).id;
}

/** Folds a later edit into a revision: it keeps its start time and now holds the newest words. */
export function foldIntoRevision(db: Db, id: number, snapshot: unknown, at: string): void {
  db.$client
    .prepare('UPDATE release_revisions SET snapshot = ?, saved_at = ? WHERE id = ?')
    .run(JSON.stringify(snapshot), at, id);
}

/** Newest first, without the snapshots: a long history lists quickly. */
export function listRevisions(db: Db, releaseId: number): RevisionRow[] {
  return db.$client
    .prepare(`${rowSql} WHERE release_id = ? ORDER BY created_at DESC, id DESC`)
    .all(releaseId) as RevisionRow[];
}

export function getRevision(db: Db, id: number): RevisionRecord | undefined {
  const row = db.$client.prepare(`${rowSql.replace('reason,', 'reason, snapshot,')} WHERE id = ?`).get(id) as
    (RevisionRow & { snapshot: string }) | undefined;
  return row && { ...row, snapshot: JSON.parse(row.snapshot) as unknown };
}

/**
 * Keeps the newest `keep` autosave revisions of a release; status changes, restores and its first revision stay
 * whatever their age, so the history of decisions is never thinned.
 */
export function pruneEditRevisions(db: Db, releaseId: number, keep: number): void {
  db.$client
    .prepare(
      `DELETE FROM release_revisions WHERE release_id = ? AND reason = 'edit' AND id NOT IN (
         SELECT id FROM release_revisions WHERE release_id = ? AND reason = 'edit' ORDER BY created_at DESC, id DESC LIMIT ?
       )`,
    )
    .run(releaseId, releaseId, keep);
}
