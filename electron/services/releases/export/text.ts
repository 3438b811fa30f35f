import { blocksText } from '../body';
import type { ReleaseDocument } from './document';

/**
 * The release as plain text: reference, embargo line, title, subtitle, dateline, body (with link targets), contact
 * block exactly as rendered, and notes to editors, separated by blank lines.
 */
export function releaseText(doc: ReleaseDocument): string {
  const parts = [
    doc.reference ?? '',
    doc.embargoLine ?? '',
    [doc.title, doc.subtitle].filter(Boolean).join('\n'),
    doc.dateline ?? '',
    blocksText(doc.body, { links: true }),
    doc.contactBlock.replace(/\n$/, ''),
    doc.notesToEditors ? `${doc.notesHeading}\n${doc.notesToEditors}` : '',
  ].filter((p) => p.trim() !== '');
  return `${parts.join('\n\n')}\n`;
}
