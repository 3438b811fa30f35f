import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { create, type Font } from 'fontkit';

export type Weight = 'regular' | 'bold';

/** One font file: a script subset of Noto Sans (or Noto Sans Arabic) in one weight. */
export interface Face {
  /** The name the face is registered under in a PDF document. */
  readonly name: string;
  readonly weight: Weight;
  /** The font as plain TrueType (sfnt) bytes. */
  readonly data: Buffer;
  readonly font: Font;
  /** Arabic script: shaped by fontkit, which lays a run of it out right to left. */
  readonly arabic: boolean;
}

/**
 * The faces in fallback order: a character takes the first face that has a glyph for it. Fontsource ships Noto in
 * per-script subsets; the WOFF files are used because fontkit 2.0.4 fails to subset composite glyphs (é, ñ…) from the
 * WOFF2 ones ("Offset is outside the bounds of the DataView" when the PDF is finalised).
 */
const SUBSETS = [
  ['noto-sans', 'latin'],
  ['noto-sans', 'latin-ext'],
  ['noto-sans', 'vietnamese'],
  ['noto-sans-arabic', 'arabic'],
  ['noto-sans', 'greek'],
  ['noto-sans', 'greek-ext'],
  ['noto-sans', 'cyrillic'],
  ['noto-sans', 'cyrillic-ext'],
  ['noto-sans', 'devanagari'],
] as const;

const require = createRequire(import.meta.url);

const loaded = new Map<Weight, readonly Face[]>();

/** The faces of one weight, read once per process (they are constant data, about 1 MB in all). */
export function facesOf(weight: Weight): readonly Face[] {
  const cached = loaded.get(weight);
  if (cached) return cached;
  const faces = SUBSETS.map(([family, subset]) => {
    const file = require.resolve(
      `@fontsource/${family}/files/${family}-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`,
    );
    const data = woffToSfnt(fs.readFileSync(file));
    return { name: `${family}-${subset}-${weight}`, weight, data, font: create(data), arabic: subset === 'arabic' };
  });
  loaded.set(weight, faces);
  return faces;
}

/** Marks and joiners stay with the character before them, so a base letter and its accent share one face. */
const CLINGS = /[\p{M}\u200C\u200D]/u;

/** For each UTF-16 unit of `text`, the index of the face that draws it; the second unit of a pair copies the first. */
export function assignFaces(text: string, faces: readonly Face[], cache: Map<number, number>): Uint8Array {
  const out = new Uint8Array(text.length);
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const wide = cp > 0xffff;
    let face: number;
    if (CLINGS.test(String.fromCodePoint(cp)) && i > 0) face = previous;
    else {
      const known = cache.get(cp);
      if (known !== undefined) face = known;
      else {
        const found = faces.findIndex((f) => f.font.hasGlyphForCodePoint(cp));
        face = found === -1 ? 0 : found;
        cache.set(cp, face);
      }
    }
    out[i] = face;
    if (wide) out[++i] = face;
    previous = face;
  }
  return out;
}

/** Unpacks a WOFF 1.0 file (zlib-compressed tables) into the TrueType file it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF font');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? zlib.inflateSync(raw) : raw,
    };
  });
  const headerSize = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  woff.copy(out, 0, 4, 8);
  out.writeUInt16BE(numTables, 4);
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/**
 * A copy of a TrueType font that pdfkit embeds as a separate font: pdfkit merges fonts with the same name and the
 * same `head.checkSumAdjustment`, so the copy gets another value there (a field only whole-file checks read).
 */
export function fontCopy(sfnt: Buffer, index: number): Buffer {
  const copy = Buffer.from(sfnt);
  const numTables = copy.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (copy.toString('latin1', at, at + 4) === 'head') {
      const head = copy.readUInt32BE(at + 8);
      copy.writeUInt32BE((copy.readUInt32BE(head + 8) + index) >>> 0, head + 8);
      return copy;
    }
  }
  throw new Error('The font has no head table');
}

const wordWidths = new WeakMap<Face, Map<string, number>>();

/** A word's advance in font units, shaped once per face and remembered: names, labels and domains repeat. */
function wordUnits(face: Face, word: string): number {
  let cache = wordWidths.get(face);
  if (!cache) {
    cache = new Map();
    wordWidths.set(face, cache);
  }
  let units = cache.get(word);
  if (units === undefined) {
    units = face.font.layout(word).advanceWidth;
    if (cache.size < 200_000) cache.set(word, units);
  }
  return units;
}

/**
 * The width of `text` in points, computed the way pdfkit does when it draws (each word with its trailing space
 * shaped on its own) but with the face's own fontkit instance: measuring through a font registered in the document
 * would fill pdfkit's glyph cache, and with it the document's ToUnicode map, in measuring order.
 */
export function textWidth(face: Face, size: number, text: string): number {
  let units = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ' ' || text[i] === '\t') {
      const piece = text.slice(start, i === text.length ? i : i + 1);
      if (piece !== '') units += wordUnits(face, piece);
      start = i + 1;
    }
  }
  return (units / face.font.unitsPerEm) * size;
}
