const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const SPACE_LIKE = new RegExp(SPACE.source, 'g');
// Direction marks, zero-width characters and the Arabic tatweel hide inside copied text and split words and numbers.
const INVISIBLE = /[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u00B4`]/;
const COMBINING = /\p{M}/u;

/**
 * Puts pasted text in the one shape the extractor reads: `\n` line ends, plain spaces (no-break spaces included),
 * no invisible marks, western digits, and table tabs as `|` cells. Apostrophes are kept as written.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(EASTERN_DIGITS, (d) => String((d.codePointAt(0) ?? 0) % 16))
    .replace(/\u061B/g, ';')
    .split('\n')
    .map((line) => line.replace(/^\t+/, '').replace(/\t+/g, ' | ').replace(/ {2,}/g, ' ').trimEnd())
    .join('\n');
}

export interface FoldedText {
  /** Lower case, without accents or Arabic diacritics, one apostrophe: what the patterns are written against. */
  readonly text: string;
  /** For each folded code unit, the index of the original code unit it came from. */
  readonly map: readonly number[];
}

const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch < '\u0080' && ch !== '`') return ch.toLowerCase();
  const known = FOLDED.get(ch);
  if (known !== undefined) return known;
  const folded = foldRare(ch);
  FOLDED.set(ch, folded);
  return folded;
}

function foldRare(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (SPACE.test(ch)) return ' ';
  let out = '';
  for (const part of ch.normalize('NFD')) if (!COMBINING.test(part)) out += part;
  return out.toLowerCase();
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i += 1) map.push(index);
    folded += f;
    index += ch.length;
  }
  return { text: folded, map };
}

export function fold(text: string): string {
  return foldWithMap(text).text;
}

/** The original text behind folded[start, end). */
export function originalSlice(original: string, folded: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = folded.map[start] ?? original.length;
  const lastFrom = folded.map[end - 1] ?? original.length - 1;
  const last = original.codePointAt(lastFrom) ?? 0;
  return original.slice(from, lastFrom + (last > 0xffff ? 2 : 1));
}

/** Literal text (a keyword) as a regular-expression fragment matching its folded form. */
export function foldedLiteral(text: string): string {
  return fold(text)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');
}

/** Matches any of the keywords as whole words in folded text (Arabic ones also behind a clitic such as و, ب or ال). */
export function keywordPattern(keywords: readonly string[], flags = 'u'): RegExp {
  const latin: string[] = [];
  const arabic: string[] = [];
  for (const k of [...keywords].sort((a, b) => b.length - a.length)) {
    (/\p{Script=Arabic}/u.test(k) ? arabic : latin).push(foldedLiteral(k));
  }
  const parts: string[] = [];
  if (latin.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`);
  if (arabic.length > 0) {
    parts.push(`(?<![\\p{L}\\p{N}])(?:وال|بال|لل|ال|و|ف|ب|ل)?(?:${arabic.join('|')})(?![\\p{L}\\p{N}])`);
  }
  return new RegExp(parts.join('|'), flags);
}
