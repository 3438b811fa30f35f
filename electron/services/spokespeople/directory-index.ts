import type { ContactFactsVisitor, LookupPlace } from '../../../db/queries/spokespeople';

export interface LookupHit {
  readonly id: number;
  /** 0 in one of the place's first offices, 1 in a second one, 2 elsewhere. */
  readonly tier: 0 | 1 | 2;
  readonly role: 0 | 1 | 2;
}

export interface LookupCounts {
  readonly coveringAnyLanguage: number;
  readonly doNotContact: number;
  readonly archived: number;
  readonly otherRoles: number;
  /** Other languages the place's spokespeople speak, the most spoken first, three at most. */
  readonly otherLanguages: readonly { readonly language: string; readonly count: number }[];
}

const NO_ROLE = -1;
const NOT_DNC = -1;

/** A set of contact ids as one bit per id. */
type Bits = Uint8Array;
const has = (bits: Bits, id: number) => ((bits[id >> 3] ?? 0) & (1 << (id & 7))) !== 0;

/** "2026-06-30" as 20260630, the form do-not-contact end dates are kept in. */
export const dayNumber = (isoDate: string) => Number(isoDate.slice(0, 10).replaceAll('-', ''));

/**
 * The whole directory's lookup facts in memory, packed by contact id into typed arrays, with one bitmap per
 * language, country and region. A lookup scans them all in well under a millisecond per 100,000 contacts, where SQL
 * would fetch each candidate's row and child rows from disk; at 100,000 contacts it holds about 10 MB.
 */
export class DirectoryIndex implements ContactFactsVisitor {
  private capacity = 0;
  private present = new Uint8Array(0);
  private officeOf = new Int32Array(0);
  private roleOf = new Int8Array(0);
  private archivedOf = new Uint8Array(0);
  /** YYYYMMDD, 0 for do-not-contact without an end, -1 for none. */
  private dncUntil = new Int32Array(0);
  /** Unix seconds, -1 for never. */
  private verified = new Float64Array(0);
  private nameKey: string[] = [];
  private readonly languages = new Map<string, Bits>();
  private readonly countries = new Map<string, Bits>();
  private readonly regions = new Map<number, Bits>();
  private maxOffice = 0;

  private reserve(id: number) {
    if (id < this.capacity) return;
    const capacity = Math.max(1024, id + 1, Math.ceil(this.capacity * 1.5));
    const grow = <T extends Uint8Array | Int8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.present = grow(this.present, (n) => new Uint8Array(n));
    this.officeOf = grow(this.officeOf, (n) => new Int32Array(n));
    this.roleOf = grow(this.roleOf, (n) => new Int8Array(n));
    this.archivedOf = grow(this.archivedOf, (n) => new Uint8Array(n));
    this.dncUntil = grow(this.dncUntil, (n) => new Int32Array(n));
    this.verified = grow(this.verified, (n) => new Float64Array(n));
    for (const map of [this.languages, this.countries, this.regions] as Map<unknown, Bits>[])
      for (const [key, bits] of map)
        map.set(
          key,
          grow(bits, (n) => new Uint8Array((n >> 3) + 1)),
        );
    this.capacity = capacity;
  }

  private setBit<K>(map: Map<K, Bits>, key: K, id: number) {
    let bits = map.get(key);
    if (!bits) map.set(key, (bits = new Uint8Array((this.capacity >> 3) + 1)));
    bits[id >> 3]! |= 1 << (id & 7);
  }

  /** Forgets what the index knows of these contacts, before their facts are read again (or they are gone). */
  forget(ids: Iterable<number>) {
    const maps = [this.languages, this.countries, this.regions] as Map<unknown, Bits>[];
    for (const id of ids) {
      if (id >= this.capacity) continue;
      this.present[id] = 0;
      for (const map of maps) for (const bits of map.values()) bits[id >> 3]! &= ~(1 << (id & 7));
    }
  }

  contact(id: number, officeId: number | null, archived: boolean, until: number, verified: number, nameKey: string) {
    this.reserve(id);
    this.present[id] = 1;
    this.officeOf[id] = officeId ?? 0;
    this.maxOffice = Math.max(this.maxOffice, officeId ?? 0);
    this.roleOf[id] = NO_ROLE;
    this.archivedOf[id] = archived ? 1 : 0;
    this.dncUntil[id] = until;
    this.verified[id] = verified;
    this.nameKey[id] = nameKey;
  }

  role(id: number, rank: 0 | 1 | 2) {
    if (id < this.capacity) this.roleOf[id] = rank;
  }

  language(id: number, lang: string) {
    if (id < this.capacity) this.setBit(this.languages, lang, id);
  }

  country(id: number, country: string) {
    if (id < this.capacity) this.setBit(this.countries, country, id);
  }

  region(id: number, regionId: number) {
    if (id < this.capacity) this.setBit(this.regions, regionId, id);
  }

  /** Lapsed once its last day has passed; without a date it holds until lifted. */
  private dncActive(id: number, today: number) {
    const until = this.dncUntil[id]!;
    return until !== NOT_DNC && (until === 0 || until >= today);
  }

  /** Each office's tier for this place (0 first, 1 second, 2 the rest), and who covers it, as bits. */
  private reach(place: LookupPlace) {
    const tiers = new Uint8Array(this.maxOffice + 1).fill(2);
    for (const id of place.second) if (id <= this.maxOffice) tiers[id] = 1;
    for (const id of place.first) if (id <= this.maxOffice) tiers[id] = 0;
    const covers = new Uint8Array((this.capacity >> 3) + 1);
    const or = (bits: Bits | undefined) => {
      if (bits) for (let i = 0; i < covers.length; i++) covers[i]! |= bits[i]!;
    };
    for (const country of place.countries) or(this.countries.get(country));
    for (const region of place.regionIds) or(this.regions.get(region));
    return { tiers, covers };
  }

  /**
   * Spokespeople, press officers and media focal points for the place who speak the language, neither archived nor
   * do-not-contact: nearest office first, then spokesperson before press officer before focal point, then the most
   * recently verified, then by name. `total` counts them all; the hits are the first `limit`.
   */
  lookup(place: LookupPlace, language: string, today: string, limit: number): { hits: LookupHit[]; total: number } {
    const speakers = this.languages.get(language);
    if (!speakers) return { hits: [], total: 0 };
    const day = dayNumber(today);
    const { tiers, covers } = this.reach(place);
    // Nine buckets, tier by role: only the first buckets that fill the page need sorting.
    const buckets: number[][] = Array.from({ length: 9 }, () => []);
    let total = 0;
    for (let byte = 0; byte < speakers.length; byte++) {
      const word = speakers[byte]!;
      if (word === 0) continue;
      for (let bit = 0; bit < 8; bit++) {
        if ((word & (1 << bit)) === 0) continue;
        const id = (byte << 3) | bit;
        const role = this.roleOf[id]!;
        if (this.present[id] === 0 || role === NO_ROLE || this.archivedOf[id] === 1 || this.dncActive(id, day))
          continue;
        const tier = tiers[this.officeOf[id]!] ?? 2;
        if (tier === 2 && !has(covers, id)) continue;
        buckets[tier * 3 + role]!.push(id);
        total++;
      }
    }
    const hits: LookupHit[] = [];
    for (let b = 0; b < buckets.length && hits.length < limit; b++) {
      const bucket = buckets[b]!;
      bucket.sort(this.byVerifiedThenName);
      for (const id of bucket.slice(0, limit - hits.length))
        hits.push({ id, tier: Math.floor(b / 3) as 0 | 1 | 2, role: (b % 3) as 0 | 1 | 2 });
    }
    return { hits, total };
  }

  private readonly byVerifiedThenName = (a: number, b: number) => {
    const va = this.verified[a]!;
    const vb = this.verified[b]!;
    if (va !== vb) return vb - va;
    const na = this.nameKey[a]!;
    const nb = this.nameKey[b]!;
    return na < nb ? -1 : na > nb ? 1 : a - b;
  };

  /** Who the place has that a lookup in `language` left out, and why. */
  counts(place: LookupPlace, language: string, today: string): LookupCounts {
    const speakers = this.languages.get(language);
    const day = dayNumber(today);
    const { tiers, covers } = this.reach(place);
    const others = [...this.languages].filter(([lang]) => lang !== language);
    const spoken = new Array<number>(others.length).fill(0);
    let coveringAnyLanguage = 0;
    let doNotContact = 0;
    let archived = 0;
    let otherRoles = 0;
    for (let id = 0; id < this.capacity; id++) {
      if (this.present[id] === 0) continue;
      if ((tiers[this.officeOf[id]!] ?? 2) === 2 && !has(covers, id)) continue;
      const spokes = this.roleOf[id] !== NO_ROLE;
      const gone = this.archivedOf[id] === 1;
      const dnc = this.dncActive(id, day);
      if (spokes && !gone && !dnc) {
        coveringAnyLanguage++;
        others.forEach(([, bits], i) => {
          if (has(bits, id)) spoken[i]!++;
        });
      }
      if (!speakers || !has(speakers, id)) continue;
      if (gone) archived += spokes ? 1 : 0;
      else if (!spokes) otherRoles += dnc ? 0 : 1;
      else if (dnc) doNotContact++;
    }
    const otherLanguages = others
      .map(([lang], i) => ({ language: lang, count: spoken[i]! }))
      .filter((l) => l.count > 0)
      .sort((a, b) => b.count - a.count || (a.language < b.language ? -1 : 1))
      .slice(0, 3);
    return { coveringAnyLanguage, doNotContact, archived, otherRoles, otherLanguages };
  }
}
