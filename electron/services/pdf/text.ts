import bidiFactory from 'bidi-js';
import { assignFaces, facesOf, type Face, type Weight } from './fonts';

const bidi = bidiFactory();

export interface TextStyle {
  readonly size: number;
  readonly weight: Weight;
  /** CSS-style hex colour: '#1a1a1a'. */
  readonly color: string;
}

/** Widths come from the PDF document itself (pdfkit shapes with fontkit), so what is measured is what is drawn. */
export type Measure = (face: Face, size: number, text: string) => number;

/** A piece of a line ready to draw left to right: its text is in the order the font engine needs. */
export interface Run {
  readonly text: string;
  readonly face: Face;
  readonly width: number;
  /** Only advances the pen (a space between right-to-left words). */
  readonly gap: boolean;
}

export interface LaidLine {
  readonly runs: readonly Run[];
  readonly width: number;
}

/** Scripts fontkit lays out right to left: it reverses the glyphs of a run in which one of them comes first. */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Bidi controls steer the ordering (a phone number isolated in Arabic text) but are never drawn. */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

const reverse = (text: string) => Array.from(text).reverse().join('');
const mirror = (text: string) => Array.from(text, (c) => bidi.getMirroredCharacter(c) ?? c).join('');

/**
 * What to hand pdfkit so the glyphs come out in visual order. fontkit shapes a run in the order given and then
 * reverses it if the run is in a right-to-left script, so: a right-to-left run of Arabic is given in logical order
 * (shaping needs it, fontkit reverses it); a right-to-left run without Arabic letters (brackets, punctuation) is
 * reversed and mirrored here; a left-to-right run that fontkit would still reverse (Arabic-Indic digits) is reversed
 * here so that fontkit puts it back.
 */
function drawable(logical: string, rtl: boolean): string {
  const fontkitReverses = RTL_SCRIPT.test(logical);
  if (rtl) return fontkitReverses ? logical : mirror(reverse(logical));
  return fontkitReverses ? reverse(logical) : logical;
}

/** Characters of right-to-left scripts (and their presentation forms): text without any skips the bidi algorithm. */
const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83B[\uDE00-\uDEFF]/;

export class TextLayout {
  private readonly faceCache = new Map<Weight, Map<number, number>>();
  private readonly widths = new Map<string, number>();

  constructor(private readonly measureText: Measure) {}

  /** Shaping is the costly part of a sheet, and its names, labels and places repeat: widths are remembered. */
  private measure(face: Face, size: number, text: string) {
    const key = `${face.name}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.measureText(face, size, text);
      this.widths.set(key, width);
    }
    return width;
  }

  private faces(weight: Weight) {
    let cache = this.faceCache.get(weight);
    if (!cache) {
      cache = new Map();
      this.faceCache.set(weight, cache);
    }
    return { faces: facesOf(weight), cache };
  }

  /** Width of a logical range drawn in one line, face by face. */
  private rangeWidth(
    text: string,
    faceOf: Uint8Array,
    faces: readonly Face[],
    size: number,
    start: number,
    end: number,
  ) {
    let width = 0;
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || faceOf[i] !== faceOf[runStart]) {
        width += this.measure(faces[faceOf[runStart]!]!, size, text.slice(runStart, i).replace(BIDI_CONTROLS, ''));
        runStart = i;
      }
    }
    return width;
  }

  /**
   * Breaks a paragraph into lines of at most `maxWidth` points, then orders each line for display with the Unicode
   * bidirectional algorithm (bidi-js): Arabic reads right to left, numbers and Latin inside it left to right.
   * `direction` is the paragraph's base direction; 'auto' takes it from the first strong character.
   */
  layout(
    paragraph: string,
    style: TextStyle,
    maxWidth: number,
    direction: 'auto' | 'ltr' | 'rtl' = 'auto',
  ): LaidLine[] {
    const text = paragraph.replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(/ +$/, '');
    if (text.trim() === '') return [];
    const { faces, cache } = this.faces(style.weight);
    const faceOf = assignFaces(text, faces, cache);
    const levels = HAS_RTL.test(text) || direction === 'rtl' ? bidi.getEmbeddingLevels(text, direction) : null;
    const space = this.measure(faces[0]!, style.size, ' ');

    const words: [number, number][] = [];
    for (const m of text.matchAll(/[^ ]+/g)) words.push([m.index, m.index + m[0].length]);

    const lines: [number, number][] = [];
    let lineStart = -1;
    let lineEnd = -1;
    let lineWidth = 0;
    for (const [start, end] of words) {
      let width = this.rangeWidth(text, faceOf, faces, style.size, start, end);
      let from = start;
      // A word wider than the line (a long address) is cut where it overflows.
      while (width > maxWidth && end - from > 1) {
        if (lineStart !== -1) lines.push([lineStart, lineEnd]);
        let cut = from + 1;
        while (cut < end && this.rangeWidth(text, faceOf, faces, style.size, from, cut + 1) <= maxWidth) cut++;
        if (cut < end && text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff) cut++;
        lines.push([from, cut]);
        lineStart = -1;
        from = cut;
        width = this.rangeWidth(text, faceOf, faces, style.size, from, end);
      }
      if (lineStart === -1) {
        lineStart = from;
        lineEnd = end;
        lineWidth = width;
      } else if (lineWidth + space + width <= maxWidth) {
        lineEnd = end;
        lineWidth += space + width;
      } else {
        lines.push([lineStart, lineEnd]);
        lineStart = from;
        lineEnd = end;
        lineWidth = width;
      }
    }
    if (lineStart !== -1) lines.push([lineStart, lineEnd]);
    return lines.map(([start, end]) => this.orderLine(text, faceOf, faces, levels, style.size, start, end));
  }

  private orderLine(
    text: string,
    faceOf: Uint8Array,
    faces: readonly Face[],
    bidiLevels: ReturnType<typeof bidi.getEmbeddingLevels> | null,
    size: number,
    start: number,
    end: number,
  ): LaidLine {
    const levels = bidiLevels ?? { levels: new Uint8Array(text.length), paragraphs: [] };
    const order = bidiLevels
      ? bidi.getReorderedIndices(text, bidiLevels, start, end - 1)
      : Array.from({ length: end - start }, (_, k) => start + k);
    // Reversal swaps the two halves of a surrogate pair; put them back.
    for (let i = 0; i + 1 < order.length; i++) {
      if (order[i]! === order[i + 1]! + 1 && /[\uDC00-\uDFFF]/.test(text[order[i]!]!)) {
        [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
        i++;
      }
    }
    const runs: Run[] = [];
    let width = 0;
    let i = 0;
    for (let k = order.length - 1; k >= 0; k--) if (BIDI_CONTROL.test(text[order[k]!]!)) order.splice(k, 1);
    while (i < order.length) {
      const first = order[i]!;
      const rtl = (levels.levels[first]! & 1) === 1;
      const face = faceOf[first]!;
      const isSpace = text[first] === ' ';
      let j = i + 1;
      // Right-to-left text is drawn word by word: pdfkit lays out the words of one string left to right.
      if (!(rtl && isSpace)) {
        while (
          j < order.length &&
          faceOf[order[j]!] === face &&
          ((levels.levels[order[j]!]! & 1) === 1) === rtl &&
          !(rtl && text[order[j]!] === ' ')
        ) {
          j++;
        }
      }
      const indices = order.slice(i, j);
      const logical = (rtl ? [...indices].reverse() : indices).map((k) => text[k]).join('');
      // A no-break space only keeps words together (a phone number); it is drawn, and read back, as a space.
      const drawn = rtl ? (isSpace ? logical : drawable(logical, rtl)) : drawable(logical, rtl).replace(/\u00a0/g, ' ');
      const runWidth = this.measure(faces[face]!, size, drawn);
      runs.push({ text: drawn, face: faces[face]!, width: runWidth, gap: rtl && isSpace });
      width += runWidth;
      i = j;
    }
    return { runs, width };
  }
}
