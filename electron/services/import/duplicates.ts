import { givenScore, nameScore, namesConflict, type NameParts } from './names';

export type DuplicateReason = 'email' | 'phone' | 'name';

/** An existing contact, or an earlier row of the same file that will become (or merge into) a contact. */
export type MatchTarget =
  { readonly kind: 'contact'; readonly id: number } | { readonly kind: 'row'; readonly row: number };

export interface DuplicateMatch {
  readonly target: MatchTarget;
  /** The matched contact's or row's name, as the preview shows it. */
  readonly name: string;
  readonly reasons: readonly DuplicateReason[];
  /** Jaro-Winkler similarity of the two names (see `nameScore`), 0 to 1. */
  readonly score: number;
}

interface Entry extends NameParts {
  readonly target: MatchTarget;
  readonly name: string;
  /** The search that last compared this entry: each pair is compared once per search, without a Set per row. */
  seenBy: number;
}

export interface Person extends NameParts {
  readonly name: string;
  /** The organisation as matching sees it: `id:12` for a directory organisation, `new:iom` for one the file names, '' for none. */
  readonly organisation: string;
  readonly emails: readonly string[];
  readonly e164s: readonly string[];
}

/** Names similar from this score are the same person within one organisation. */
export const NAME_MATCH = 0.92;
/**
 * Fuzzy candidates are people of the same organisation with the same family name (then only the given names are
 * compared, cheaply), or whose family names begin alike, letter for letter or consonant for consonant
 * (Gonzalez/Gonzales, Hück/Hueck). A block larger than its cap is a name too common in that organisation to compare
 * everyone with everyone (every Garcia of an agency); its people are still found by exact name, email and phone, and
 * through their other blocks. The caps keep a 100,000-row file to at most 110 comparisons a row.
 */
const MAX_SAME_FAMILY = 50;
const MAX_BLOCK = 30;
/** An email or number shared by more people than this is a switchboard or a newsroom's mailbox. */
const MAX_SHARED = 50;

const firstWord = (text: string) => {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
};

/** "hueck" and "huck" → "hck": the first letter, then consonants only. */
const skeleton = (text: string) => text[0] + text.slice(1).replace(/[aeiouy ]/g, '');

/** The block keys of a person with both name parts: same family, then the two "near" blocks. */
const blockKeys = (organisation: string, person: NameParts) => [
  `${organisation}|f|${person.family}`,
  `${organisation}|p|${person.family.slice(0, 4)}`,
  `${organisation}|s|${skeleton(person.family).slice(0, 4)}`,
];

const weight: Record<DuplicateReason, number> = { email: 4, phone: 2, name: 1 };

const sameTarget = (a: MatchTarget, b: MatchTarget) =>
  a.kind === 'contact' ? b.kind === 'contact' && a.id === b.id : b.kind === 'row' && a.row === b.row;

/**
 * Adds an entry to a list, up to one past the list's cap: a list over its cap is never read (a number shared by
 * fifty different names is a switchboard, a family name held by hundreds is too common to compare), so it need not
 * grow, and adding stays cheap. An entry adds nothing when its target already has one with this name (files full
 * of repeats: the same person on 300 rows).
 */
function push(map: Map<string, Entry[]>, key: string, entry: Entry, cap: number) {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list.length > cap) return;
  else if (list.length > 16 || !list.some((e) => e.key === entry.key && sameTarget(e.target, entry.target))) {
    list.push(entry);
  }
}

/** The list under this key, unless it went over its cap. */
function read(map: Map<string, Entry[]>, key: string, cap: number): readonly Entry[] {
  const list = map.get(key);
  return list && list.length <= cap ? list : [];
}

const sortWords = (key: string) => key.split(' ').sort().join(' ');

/**
 * Finds the contact or earlier row a new row duplicates: the same email, the same E.164 number, or a similar name
 * in the same organisation. An email or number shared by people with plainly different names (a switchboard, a
 * team mailbox) is not a match. Rows are checked in file order and added as they go, so the second of two rows
 * for one person (a Google and an Outlook export pasted together) points at the first.
 */
export class DuplicateFinder {
  private readonly emails = new Map<string, Entry[]>();
  private readonly phones = new Map<string, Entry[]>();
  private readonly exact = new Map<string, Entry[]>();
  private readonly blocks = new Map<string, Entry[]>();
  private searches = 0;
  // A row is looked up, then added: its block keys are worked out once for both.
  private keysFor: Person | null = null;
  private keys: string[] = [];

  private blockKeysOf(person: Person): string[] {
    if (this.keysFor !== person) {
      this.keysFor = person;
      this.keys = blockKeys(person.organisation, person);
    }
    return this.keys;
  }

  add(target: MatchTarget, person: Person): void {
    const entry: Entry = {
      target,
      name: person.name,
      key: person.key,
      given: person.given,
      family: person.family,
      seenBy: 0,
    };
    for (const email of person.emails) push(this.emails, email.toLowerCase(), entry, MAX_SHARED);
    for (const e164 of person.e164s) push(this.phones, e164, entry, MAX_SHARED);
    if (person.key === '') return;
    const org = person.organisation;
    push(this.exact, `${org}|${person.key}`, entry, MAX_SHARED);
    const sorted = sortWords(person.key);
    if (sorted !== person.key) push(this.exact, `${org}|${sorted}`, entry, MAX_SHARED);
    if (org === '' || !person.given || !person.family) return;
    this.blockKeysOf(person).forEach((key, i) => push(this.blocks, key, entry, i === 0 ? MAX_SAME_FAMILY : MAX_BLOCK));
  }

  find(person: Person): DuplicateMatch | null {
    const hits = new Map<string, { entry: Entry; reasons: Set<DuplicateReason> }>();
    const hit = (entry: Entry, reason: DuplicateReason) => {
      const id = entry.target.kind === 'contact' ? `c${entry.target.id}` : `r${entry.target.row}`;
      const found = hits.get(id);
      if (found) found.reasons.add(reason);
      else hits.set(id, { entry, reasons: new Set([reason]) });
    };
    for (const email of person.emails) {
      for (const entry of read(this.emails, email.toLowerCase(), MAX_SHARED))
        if (!namesConflict(person.key, entry.key)) hit(entry, 'email');
    }
    for (const e164 of person.e164s) {
      for (const entry of read(this.phones, e164, MAX_SHARED))
        if (!namesConflict(person.key, entry.key)) hit(entry, 'phone');
    }
    if (person.key !== '') {
      for (const entry of read(this.exact, `${person.organisation}|${person.key}`, MAX_SHARED)) hit(entry, 'name');
      const sorted = sortWords(person.key);
      if (sorted !== person.key) {
        for (const entry of read(this.exact, `${person.organisation}|${sorted}`, MAX_SHARED)) hit(entry, 'name');
      }
      if (person.organisation !== '' && person.given && person.family) this.fuzzy(person, hit);
    }
    let best: DuplicateMatch | null = null;
    let bestRank = -1;
    for (const { entry, reasons } of hits.values()) {
      const score = nameScore(person, entry);
      const rank =
        [...reasons].reduce((sum, r) => sum + weight[r], 0) * 10 + score + (entry.target.kind === 'contact' ? 0.5 : 0);
      if (rank > bestRank) {
        bestRank = rank;
        best = {
          target: entry.target,
          name: entry.name,
          reasons: [...reasons].sort((a, b) => weight[b] - weight[a]),
          score,
        };
      }
    }
    return best;
  }

  private fuzzy(person: Person, hit: (entry: Entry, reason: DuplicateReason) => void) {
    const search = ++this.searches;
    const [sameFamily = '', ...near] = this.blockKeysOf(person);
    const length = person.given.length;
    for (const entry of read(this.blocks, sameFamily, MAX_SAME_FAMILY)) {
      entry.seenBy = search;
      // Given names whose lengths differ by 40 % or more score under 0.92 unless they share their first word.
      const other = entry.given.length;
      if (
        Math.min(length, other) < 0.6 * Math.max(length, other) &&
        firstWord(entry.given) !== firstWord(person.given)
      ) {
        continue;
      }
      if (givenScore(person.given, entry.given) >= NAME_MATCH) hit(entry, 'name');
    }
    for (const key of near) {
      for (const entry of read(this.blocks, key, MAX_BLOCK)) {
        if (entry.seenBy === search) continue;
        entry.seenBy = search;
        if (nameScore(person, entry) >= NAME_MATCH) hit(entry, 'name');
      }
    }
  }
}
