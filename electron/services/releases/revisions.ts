import type { Db } from '../../../db/client';
import { getBlocks } from '../../../db/queries/release-blocks';
import {
  foldIntoRevision,
  insertRevision,
  latestRevision,
  pruneEditRevisions,
  type RevisionReason,
} from '../../../db/queries/release-revisions';
import { getRelease } from '../../../db/queries/releases';
import type { ReleaseRevisionSnapshot } from '../../ipc/contract/releases';
import { readReleaseSettings } from './settings';

/** Autosave revisions kept per release; decisions (status changes, restores) are kept on top of these. */
const EDIT_REVISIONS_KEPT = 500;

/** The release as a revision holds it: its words, embargo, tags and contact blocks. */
export function snapshotOf(db: Db, releaseId: number): ReleaseRevisionSnapshot {
  const r = getRelease(db, releaseId);
  if (!r) throw new Error(`Release ${releaseId} vanished inside its own transaction`);
  return {
    language: r.language,
    reference: r.reference,
    title: r.title,
    subtitle: r.subtitle,
    datelineCity: r.datelineCity,
    datelineDate: r.datelineDate,
    body: { json: r.bodyJson ?? null, html: r.bodyHtml, text: r.bodyText },
    notesToEditors: r.notesToEditors,
    status: r.status,
    embargo: r.embargoUntil === null ? null : { until: r.embargoUntil, timeZone: r.embargoTimeZone ?? 'UTC' },
    tags: r.tags,
    blocks: getBlocks(db, releaseId).map((b) => ({
      subheading: b.subheading,
      rows: b.rows.map((row) => ({ contactId: row.contactId, phoneIds: row.phoneIds, emailIds: row.emailIds })),
    })),
  };
}

/**
 * Records the release as it now is. An edit within the revision interval of the last autosave revision is folded
 * into it, so a typing session makes one revision every interval at most, and the newest revision always matches
 * the release: restoring an older one never loses the current words. The caller holds the transaction.
 */
export function recordRevision(db: Db, releaseId: number, reason: RevisionReason, at: Date): void {
  const snapshot = snapshotOf(db, releaseId);
  const stamp = at.toISOString();
  const latest = latestRevision(db, releaseId);
  const windowMs = readReleaseSettings(db).revisionIntervalSeconds * 1000;
  if (reason === 'edit' && latest?.reason === 'edit' && at.getTime() - Date.parse(latest.createdAt) < windowMs) {
    foldIntoRevision(db, latest.id, snapshot, stamp);
    return;
  }
  insertRevision(db, releaseId, reason, snapshot, stamp);
  if (reason === 'edit') pruneEditRevisions(db, releaseId, EDIT_REVISIONS_KEPT);
}
