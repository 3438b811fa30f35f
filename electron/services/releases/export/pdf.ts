import { PdfWriter } from '../../pdf/document';
import { runsText } from '../body';
import { wordingFor } from '../locale';
import type { ReleaseDocument } from './document';

/**
 * The release as a PDF, through PressDesk's one PDF module (the one contact sheets use): title, subtitle and
 * dateline at the top, then the embargo line, the body, the contact block and the notes to editors. The module
 * embeds Noto Sans and Noto Sans Arabic and shapes Arabic right to left. Inline bold and italic are not drawn (the
 * module lays out one style per paragraph); link targets follow their text, as in the plain text.
 */
export function releasePdf(doc: ReleaseDocument): Promise<Buffer> {
  const writer = new PdfWriter({
    size: 'A4',
    title: doc.title || doc.reference || '—',
    subtitle: doc.subtitle || undefined,
    date: doc.dateline ?? '',
    lang: doc.language,
    direction: doc.direction,
    pageLabel: wordingFor(doc.language).pageOf,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    writer.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    writer.doc.on('end', () => resolve(Buffer.concat(chunks)));
    writer.doc.on('error', reject);
  });
  if (doc.reference) writer.paragraph(doc.reference, { size: 8, color: '#5f6368' });
  if (doc.embargoLine) writer.paragraph(doc.embargoLine, { weight: 'bold' });
  writer.spacer(6);
  for (const block of doc.body) {
    switch (block.kind) {
      case 'heading':
        writer.heading(runsText(block.runs, true), block.level === 2 ? 2 : 3);
        break;
      case 'paragraph':
        // A line break inside a paragraph starts a new line of it.
        for (const line of runsText(block.runs, true).split('\n')) writer.paragraph(line);
        break;
      case 'listItem': {
        const marker = block.ordered ? `${block.number}. ` : '• ';
        writer.paragraph(`${'    '.repeat(block.level)}${marker}${runsText(block.runs, true)}`);
        break;
      }
      case 'table': {
        const [head, ...rest] = block.rows;
        if (!head) break;
        const header = head.header ? head : { header: true, cells: head.cells.map(() => []) };
        const body = head.header ? rest : block.rows;
        writer.table(
          header.cells.map((cell) => ({ header: runsText(cell, true), share: 1 })),
          body.map((row) => row.cells.map((cell) => runsText(cell, true))),
        );
        break;
      }
    }
  }
  const [heading, ...people] = doc.contactBlock.replace(/\n$/, '').split('\n');
  if (heading) {
    writer.spacer(8);
    writer.paragraph(heading, { weight: 'bold' });
    for (const line of people) writer.paragraph(line);
  }
  if (doc.notesToEditors) {
    writer.heading(doc.notesHeading, 2);
    for (const part of doc.notesToEditors.split(/\n{2,}/)) writer.paragraph(part);
  }
  writer.end();
  return done;
}
