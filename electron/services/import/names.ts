import { fold } from './fold';
import { jaroWinkler } from './jaro-winkler';

/** Honorifics kept out of names ("Dr. Asma Nadeem" → honorific "Dr.", given name "Asma"). */
const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'm',
  'mme',
  'mlle',
  'pr',
  'sr',
  'sra',
  'srta',
  'dra',
  'herr',
  'frau',
]);

/** Family-name particles: "Jo De Backer" is Jo / De Backer, "Ana da Silva" is Ana / da Silva. */
const particles = new Set([
  'de',
  'del',
  'della',
  'der',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'ter',
  'ten',
  'al',
  'el',
  'ben',
  'bin',
  'ibn',
  'abu',
  'ould',
  'mac',
  'st',
  'saint',
]);

/** A single letter is an honorific only with its full stop ("M. Dupont"), never an initial ("M Dupont"). */
const isHonorific = (token: string) =>
  honorifics.has(fold(token)) && /^\p{L}{1,5}\.?$/u.test(token) && (fold(token) !== 'm' || token === 'M.');

/** A word written all in capitals ("DE BACKER"), the convention for the family name in French and UN lists. */
const isUpperWord = (token: string) =>
  /\p{L}{2,}/u.test(token) && token === token.toUpperCase() && token !== token.toLowerCase();

export interface SplitName {
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
}

/**
 * Splits a name written in one piece. Capitals mark the family name when the rest is not in capitals
 * ("DE BACKER Jo"); otherwise the family name starts at the first particle after the given name, or is the last word.
 */
export function splitFullName(full: string): SplitName {
  const tokens = full.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  let honorific: string | null = null;
  while (tokens.length > 1 && isHonorific(tokens[0]!)) {
    honorific = honorific ? `${honorific} ${tokens.shift()!}` : tokens.shift()!;
  }
  if (tokens.length === 0) return { honorific, givenName: '', familyName: '' };
  if (tokens.length === 1) return { honorific, givenName: '', familyName: tokens[0]! };
  const upper = tokens.map(isUpperWord);
  if (upper.some(Boolean) && !upper.every(Boolean)) {
    const family = tokens.filter((_, i) => upper[i]);
    const given = tokens.filter((_, i) => !upper[i]);
    // Only a contiguous block of capitals is a family name; "Jo DE BACKER" and "DE BACKER Jo" both qualify.
    const first = upper.indexOf(true);
    const last = upper.lastIndexOf(true);
    if (last - first + 1 === family.length)
      return { honorific, givenName: given.join(' '), familyName: family.join(' ') };
  }
  let start = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (particles.has(tokens[i]!.toLowerCase())) {
      start = i;
      break;
    }
  }
  return { honorific, givenName: tokens.slice(0, start).join(' '), familyName: tokens.slice(start).join(' ') };
}

/** Strips an honorific written at the start of a given name ("Dr Asma") into its own field. */
export function takeHonorific(givenName: string): { honorific: string | null; givenName: string } {
  const tokens = givenName.trim().split(/\s+/);
  if (tokens.length > 1 && isHonorific(tokens[0]!))
    return { honorific: tokens[0]!, givenName: tokens.slice(1).join(' ') };
  return { honorific: null, givenName: givenName.trim() };
}

/** A name as duplicate matching compares it: folded whole ("jo de backer") and in its two parts. */
export interface NameParts {
  readonly key: string;
  readonly given: string;
  readonly family: string;
}

export function nameParts(givenName: string, familyName: string): NameParts {
  const given = fold(givenName);
  const family = fold(familyName);
  return { key: given && family ? `${given} ${family}` : given || family, given, family };
}

/** Given names agree when they are alike or start with the same word ("Mary" and "Mary Ann"). */
export const givenScore = (a: string, b: string) => (sameFirstWord(a, b) ? 1 : jaroWinkler(a, b));

/** "mary" and "mary ann" start with the same word; compared in place, as this runs for every candidate pair. */
function sameFirstWord(a: string, b: string): boolean {
  for (let i = 0; ; i++) {
    const ca = i < a.length ? a.charCodeAt(i) : 32;
    const cb = i < b.length ? b.charCodeAt(i) : 32;
    if (ca !== cb) return false;
    if (ca === 32) return i > 0;
  }
}

/**
 * The name score duplicate matching uses and the preview shows, 0 to 1. With both parts on both sides it is the
 * weaker of the given-name and family-name Jaro-Winkler scores (also tried with the parts swapped), so that
 * "Alistair Bennett" and "Alistair Brennan", or "Rana Al-Masri" and "Omar Al-Masri", are not one person just
 * because most of their letters agree; otherwise it is the similarity of the whole names.
 */
export function nameScore(a: NameParts, b: NameParts): number {
  if (a.key === b.key) return 1;
  if (!a.given || !a.family || !b.given || !b.family) return nameSimilarity(a.key, b.key);
  const family = jaroWinkler(a.family, b.family);
  const straight = family < 0.5 ? family : Math.min(givenScore(a.given, b.given), family);
  if (straight >= 0.92) return straight;
  const swappedFamily = jaroWinkler(a.family, b.given);
  const swapped = swappedFamily < 0.5 ? swappedFamily : Math.min(givenScore(a.given, b.family), swappedFamily);
  return Math.max(straight, swapped);
}

/**
 * Name similarity in [0, 1]: Jaro-Winkler of the folded names, also tried with the words sorted so that
 * "De Backer Jo" and "Jo De Backer" are the same name.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const direct = jaroWinkler(a, b);
  if (direct === 1) return 1;
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  return Math.max(direct, jaroWinkler(sorted(a), sorted(b)));
}

/**
 * True when two folded names are plainly two people: no word of three letters or more in common and little
 * similarity. A shared switchboard number or team mailbox then does not make them one contact.
 */
export function namesConflict(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const words = new Set(a.split(' ').filter((w) => w.length >= 3));
  if (b.split(' ').some((w) => words.has(w))) return false;
  return nameSimilarity(a, b) < 0.85;
}
