import type { Face } from './fonts';

const ZWJ = '\u200d';

interface ShapedGlyph {
  readonly id: number;
  /** The text this glyph stands for ('' for a dot or other mark the shaper split off its letter). */
  readonly text: string;
}

/**
 * The glyphs a short text shapes to, with the text each stands for. fontkit caches glyph objects by id with the
 * characters of their first use, so the cache is emptied first: otherwise the dotless glyph of ت still says ت
 * inside ي. Only used on texts where no glyph can repeat (one letter, or a piece checked to be free of repeats).
 */
export function shapedGlyphs(face: Face, text: string): ShapedGlyph[] {
  (face.font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return face.font.layout(text).glyphs.map((g) => ({ id: g.id, text: String.fromCodePoint(...g.codePoints) }));
}

/**
 * What drawing `text` makes a font's glyph cache say (glyph id to text), which is what ends in the PDF's ToUnicode
 * map: the glyph each character maps to before shaping (fontkit creates it first, and the shaped glyphs inherit its
 * characters) and each glyph the shaping produces.
 */
export function glyphClaims(face: Face, text: string): Map<number, string> {
  const claims = new Map<number, string>();
  for (const char of text) {
    const id = face.font.glyphForCodePoint(char.codePointAt(0)!).id;
    if (!claims.has(id)) claims.set(id, char);
  }
  for (const g of shapedGlyphs(face, text)) if (!claims.has(g.id)) claims.set(g.id, g.text);
  return claims;
}

/** Whether two sets of claims can share one font registration: no glyph says two different things. */
export const compatible = (a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>) =>
  [...b].every(([id, text]) => (a.get(id) ?? text) === text);

interface Joining {
  /** Joins the letter after it (dual-joining letters such as ب, and tatweel). */
  readonly next: boolean;
  /** Joins the letter before it (dual- and right-joining letters such as ب and ر). */
  readonly previous: boolean;
}

/**
 * Cuts Arabic words into pieces that PDF text extraction reads correctly. Noto Sans Arabic draws several letters
 * with one dotless glyph plus dots (ت ب ن ي ث share one; so do ر and ز, س and ش), and a PDF font maps each glyph to
 * one text. Across words, `PdfWriter` gives each conflicting word another registration of the font; inside one word
 * ("برنامج": the same glyph for ب and ن) the word is drawn in pieces, each piece with a zero-width joiner where it was
 * cut, so every letter keeps the form it has in the whole word.
 */
export class ArabicPieces {
  private readonly joining = new Map<string, Joining>();
  private readonly letters = new Map<string, Map<number, string>>();
  private readonly joiners = new Map<string, number | undefined>();

  /** fontkit draws the joiner itself as a zero-width space glyph, which is not part of any letter. */
  private joinerOf(face: Face) {
    if (!this.joiners.has(face.name)) this.joiners.set(face.name, shapedGlyphs(face, ZWJ)[0]?.id);
    return this.joiners.get(face.name);
  }

  private withoutJoiner(face: Face, text: string) {
    const joiner = this.joinerOf(face);
    return shapedGlyphs(face, text).filter((g) => g.id !== joiner);
  }

  private ids(face: Face, text: string) {
    return this.withoutJoiner(face, text)
      .map((g) => g.id)
      .sort((a, b) => a - b)
      .join(',');
  }

  /** How a letter joins, found by shaping it beside a zero-width joiner: a letter that joins changes its glyph. */
  private joiningOf(face: Face, letter: string): Joining {
    const key = `${face.name}\u0000${letter}`;
    let known = this.joining.get(key);
    if (!known) {
      const alone = this.ids(face, letter);
      known = { next: this.ids(face, letter + ZWJ) !== alone, previous: this.ids(face, ZWJ + letter) !== alone };
      this.joining.set(key, known);
    }
    return known;
  }

  /** A letter's claims in the form it takes in the word (joined before, after, both or neither). */
  private claimsOf(face: Face, letter: string, joinedBefore: boolean, joinedAfter: boolean) {
    const text = `${joinedBefore ? ZWJ : ''}${letter}${joinedAfter ? ZWJ : ''}`;
    const key = `${face.name}\u0000${text}`;
    let claims = this.letters.get(key);
    if (!claims) {
      const joiner = this.joinerOf(face);
      claims = new Map([...glyphClaims(face, text)].filter(([id, t]) => id !== joiner && t !== '' && t !== ZWJ));
      this.letters.set(key, claims);
    }
    return claims;
  }

  /** The word (logical order) as pieces in logical order; one piece when no glyph stands for two letters. */
  split(face: Face, word: string): string[] {
    const letters = word.match(/\P{M}\p{M}*/gu) ?? [word];
    if (letters.length < 2) return [word];
    const joins = letters.map((l) => this.joiningOf(face, l));
    const joinedAfter = letters.map((_, i) => i + 1 < letters.length && joins[i]!.next && joins[i + 1]!.previous);
    const pieces: { start: number; end: number }[] = [];
    let seen = new Map<number, string>();
    let start = 0;
    letters.forEach((letter, i) => {
      const claims = this.claimsOf(face, letter, i > 0 && joinedAfter[i - 1]!, joinedAfter[i]!);
      if (!compatible(seen, claims)) {
        pieces.push({ start, end: i });
        start = i;
        seen = new Map();
      }
      for (const [id, text] of claims) if (!seen.has(id)) seen.set(id, text);
    });
    pieces.push({ start, end: letters.length });
    if (pieces.length === 1) return [word];
    return pieces.map(({ start: from, end: to }) => {
      const before = from > 0 && joinedAfter[from - 1] ? ZWJ : '';
      const after = joinedAfter[to - 1] ? ZWJ : '';
      return `${before}${letters.slice(from, to).join('')}${after}`;
    });
  }
}
