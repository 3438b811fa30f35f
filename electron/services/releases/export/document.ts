import type { Db } from '../../../../db/client';
import { frozenBlockText } from '../../../../db/queries/erasure';
import { getBlocks } from '../../../../db/queries/release-blocks';
import { safeFileName } from '../../export/file-name';
import { bodyBlocks, type BodyBlock } from '../body';
import { contactLoader, renderReleaseBlocks } from '../contact-blocks';
import { foundRelease } from '../found';
import { directionOf, wordingFor } from '../locale';
import { cityNamer, datelineOf, embargoLineOf } from '../record';
import { sanitizeBodyHtml } from '../sanitize';

/** Everything an export prints, in the release's language; every format is written from this one model. */
export interface ReleaseDocument {
  readonly id: number;
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  readonly reference: string | null;
  readonly title: string;
  readonly subtitle: string;
  readonly dateline: string | null;
  readonly embargoLine: string | null;
  /** Sanitised again on the way out, whatever wrote the database. */
  readonly bodyHtml: string;
  readonly body: readonly BodyBlock[];
  /** The contact block exactly as the renderer writes it (heading, sub-headings, one line per person), or ''. */
  readonly contactBlock: string;
  readonly notesHeading: string;
  readonly notesToEditors: string;
}

export function releaseDocument(db: Db, id: number): ReleaseDocument {
  const release = foundRelease(db, id);
  const bodyHtml = sanitizeBodyHtml(release.bodyHtml);
  const blocks = getBlocks(db, id);
  // A published release whose block named an erased person keeps the text it was published with.
  const blockText =
    frozenBlockText(db, id, blocks) ??
    renderReleaseBlocks(contactLoader(db), blocks, release.language, release.organisationId).text;
  return {
    id,
    language: release.language,
    direction: directionOf(release.language),
    reference: release.reference,
    title: release.title.trim(),
    subtitle: release.subtitle.trim(),
    dateline: datelineOf(release, cityNamer(db)),
    embargoLine: embargoLineOf(release),
    bodyHtml,
    body: bodyBlocks(bodyHtml),
    contactBlock: blockText,
    notesHeading: wordingFor(release.language).notesToEditors,
    notesToEditors: release.notesToEditors.trim(),
  };
}

/** A file name from the reference and language: `PR-2018-014-fr.docx`. */
export function exportFileName(doc: ReleaseDocument, extension: string): string {
  const fallback = `release-${doc.id}-${doc.language}.${extension}`;
  const stem = (doc.reference ?? `release-${doc.id}`).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return safeFileName(`${stem || `release-${doc.id}`}-${doc.language}.${extension}`, fallback);
}
