import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxText } from './docx-text';
import { extractContacts } from './extract-contacts';

const sample = path.resolve(__dirname, '../../../../shared/samples/iom-release-fr-2018.txt');

const paragraphs = (lines: readonly string[]) => lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));

const pack = (children: (Paragraph | Table)[]) =>
  Packer.toBuffer(new Document({ sections: [{ children }] })).then((b) => new Uint8Array(b));

describe('docxText', () => {
  it('reads paragraphs, runs split inside a word, tabs and line breaks, and decodes entities', async () => {
    const bytes = await pack([
      new Paragraph({ children: [new TextRun('Pour plus d’in'), new TextRun({ text: 'formations', bold: true })] }),
      new Paragraph({ children: [new TextRun('Tel :'), new TextRun({ text: '+32 2 287 71 15', break: 1 })] }),
      new Paragraph({ children: [new TextRun('A & B <c>')] }),
    ]);
    expect(await docxText(bytes)).toBe('Pour plus d’informations\nTel :\n+32 2 287 71 15\nA & B <c>');
  });

  it('turns a table row into one line of cells joined by " | "', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await pack([
      new Paragraph('Media contacts'),
      new Table({
        rows: [new TableRow({ children: [cell('Jane Doe'), cell('+41 22 717 9111'), cell('jd@who.int')] })],
      }),
    ]);
    expect(await docxText(bytes)).toBe('Media contacts\nJane Doe | +41 22 717 9111 | jd@who.int');
  });

  it('gives the sample release the same three people as its text', async () => {
    const text = fs.readFileSync(sample, 'utf8');
    const fromDocx = extractContacts(await docxText(await pack(paragraphs(text.split('\n')))));
    expect(fromDocx).toEqual(extractContacts(text));
    expect(fromDocx.blocks.flatMap((b) => b.contacts.map((c) => c.name))).toEqual([
      'Jo De Backer',
      'Petra Hueck',
      'David Watt',
    ]);
  });

  it('refuses a zip that is not a Word document, and a damaged one', async () => {
    await expect(docxText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/damaged/);
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(docxText(bytes)).rejects.toThrow(/not a Word document/);
  });
});
