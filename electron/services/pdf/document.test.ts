import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../db/testing/temp-dir';
import { hasTool, runTool } from '../export/testing/directory';
import { ArabicPieces } from './arabic';
import { PdfWriter, type PdfOptions } from './document';
import { facesOf, woffToSfnt } from './fonts';

/** Bidi marks and isolates poppler wraps right-to-left lines in, and the joiners cut words carry: invisible. */
const invisible = /[\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

async function writePdf(file: string, options: Partial<PdfOptions>, build: (w: PdfWriter) => void) {
  const writer = new PdfWriter({
    size: 'A4',
    title: 'Test',
    date: '12 March 2026',
    lang: 'en',
    direction: 'ltr',
    pageLabel: (p, t) => `Page ${p} of ${t}`,
    ...options,
  });
  const out = fs.createWriteStream(file);
  writer.doc.pipe(out);
  build(writer);
  writer.end();
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

const pdftotext = (file: string, raw = false) =>
  runTool('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', file, '-']).replace(invisible, '');

describe('fonts', () => {
  it('unpacks every Noto WOFF to a TrueType file fontkit reads, Arabic included', () => {
    const faces = facesOf('regular');
    expect(faces.map((f) => f.font.familyName)).toContain('Noto Sans Arabic');
    for (const face of faces) expect(face.data.readUInt32BE(0)).toBe(0x00010000);
    expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow(/WOFF/);
  });

  it('cuts a word only where two of its letters share a glyph, keeping their joined forms', () => {
    const arabic = facesOf('regular').find((f) => f.arabic)!;
    const pieces = new ArabicPieces();
    expect(pieces.split(arabic, 'سلام')).toEqual(['سلام']);
    // ب and ن share one dotless glyph in their middle forms: two pieces, joined across the cut.
    expect(
      pieces
        .split(arabic, 'برنامج')
        .join('')
        .replace(/\u200d/g, ''),
    ).toBe('برنامج');
    expect(pieces.split(arabic, 'برنامج').length).toBeGreaterThan(1);
    // ر never joins the next letter: no joiner after it.
    expect(pieces.split(arabic, 'زر')).toEqual(['ز', 'ر']);
  });
});

describe('PdfWriter', () => {
  const tempDir = useTempDir();

  it('draws A4 and Letter pages with a header, and page numbers that know the total', async () => {
    if (!hasTool('pdftotext', ['-v'])) return console.log('skipped: poppler-utils (pdftotext) is not installed');
    for (const [size, points] of [
      ['A4', '595.28 x 841.89'],
      ['Letter', '612 x 792'],
    ] as const) {
      const file = path.join(tempDir(), 'doc.pdf');
      await writePdf(
        file,
        { size, title: 'Fiche contacts — Genève', date: '12 mars 2026', pageLabel: (p, t) => `Page ${p} sur ${t}` },
        (w) => {
          w.heading('Europe', 1);
          w.keyValue('Tél.\u00a0:', '+41 22 717 91 11');
          for (let i = 0; i < 120; i++) w.paragraph(`Paragraphe ${i + 1} : été, Ñandú, Łódź, Ελλάδα, Москва.`);
          w.table(
            [
              { header: 'Nom', share: 1 },
              { header: 'Courriel', share: 1 },
            ],
            [['Hélène Lefèvre', 'hlefevre@iom.int']],
          );
        },
      );
      expect(runTool('pdfinfo', [file])).toMatch(new RegExp(`Page size: +${points} pts`));
      const text = pdftotext(file);
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} sur ${pages.length}`));
      expect(pages[1]).toContain('Fiche contacts — Genève');
      expect(text).toContain('Paragraphe 120 : été, Ñandú, Łódź, Ελλάδα, Москва.');
      expect(text).toContain('Tél. :');
      expect(text).toContain('hlefevre@iom.int');
    }
  });

  it('writes Arabic shaped and right to left, which pdftotext reads back in logical order', async () => {
    if (!hasTool('pdftotext', ['-v'])) return console.log('skipped: poppler-utils (pdftotext) is not installed');
    const file = path.join(tempDir(), 'ar.pdf');
    const lines = [
      'لمزيد من المعلومات يرجى التواصل مع:',
      'المنظمة الدولية للهجرة',
      'برنامج الأغذية العالمي',
      'مفوضية الأمم المتحدة لشؤون اللاجئين',
      'رزق زرع ريز نبيت بنت ثبت التنمية',
    ];
    await writePdf(file, { lang: 'ar', direction: 'rtl', title: 'قائمة جهات الاتصال', date: '١٢ مارس ٢٠٢٦' }, (w) => {
      for (const line of lines) w.paragraph(line);
      w.paragraph('مكتب القاهرة (المقر) يفتح في 9');
      w.paragraph('الهاتف: \u2066+20\u00a02\u00a02736\u00a05140\u2069');
      w.paragraph('Mixed: the office (مكتب القاهرة) opens at 9.');
    });
    const text = pdftotext(file);
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('قائمة جهات الاتصال');
    // pdftotext keeps the glyphs of brackets as drawn: mirrored, as right-to-left text shows them.
    expect(text).toContain('مكتب القاهرة )المقر( يفتح في 9');
    // The number stays one left-to-right unit, "+" first, inside the Arabic line.
    expect(text).toContain('+20 2 2736 5140');
    // An English line with Arabic inside: pdftotext reorders such a line its own way, but every word is there.
    expect(text).toContain('Mixed: the office');
    expect(text).toContain('opens at 9.');
  });
});
