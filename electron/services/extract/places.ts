import { fold, foldWithMap, foldedLiteral, keywordPattern, originalSlice } from './normalize';
import { PLACE_TABLE, REGION_NAMES } from './place-names';

export interface Place {
  /** The place as the block writes it ("Bruxelles", "Genève"). */
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly isCity: boolean;
}

interface Entry {
  readonly country: string;
  readonly isCity: boolean;
}

const PLACES = new Map<string, Entry>();
for (const line of PLACE_TABLE.split('\n')) {
  const match = /^([A-Z]{2}) (.*)$/.exec(line.trim());
  if (!match?.[1] || match[2] === undefined) continue;
  const [countries = '', cities = ''] = match[2].split(' ; ');
  for (const [names, isCity] of [
    [countries, false],
    [cities, true],
  ] as const) {
    for (const name of names.split('|')) {
      const key = fold(name.trim());
      if (key && !PLACES.has(key)) PLACES.set(key, { country: match[1], isCity });
    }
  }
}

const PLACE_PATTERN = keywordPattern([...PLACES.keys()], 'gu');
const REGION_PATTERN = keywordPattern(REGION_NAMES);

// "In Geneva", "À Genève", "En Ginebra", "Em Genebra", "في جنيف": a place introduced as where the people are.
const PLACE_PREFIX = new RegExp(
  `^(?:${[
    'based in',
    'in the',
    'in',
    'a',
    'au',
    'aux',
    'en',
    'em',
    'no',
    'na',
    'nos',
    'nas',
    'from',
    'desde',
    'depuis',
    'في',
    'فى',
    'من',
  ]
    .map(foldedLiteral)
    .join('|')})\\s+`,
  'u',
);

const ARABIC_CLITIC = /^(?:وال|بال|لل|و|ف|ب|ل)/u;

function lookup(key: string): Entry | undefined {
  return PLACES.get(key.replace(/\s+/g, ' ').trim());
}

/** Length of an Arabic clitic (و, ب, ل…) glued to the front of a place name, 0 when there is none. */
function cliticLength(key: string): number {
  if (lookup(key)) return 0;
  const clitic = ARABIC_CLITIC.exec(key);
  if (!clitic) return 0;
  const rest = key.slice(clitic[0].length);
  if (lookup(rest)) return clitic[0].length;
  return lookup(`ال${rest}`) ? clitic[0].length : 0;
}

export interface PlaceField extends Place {
  /** True when the field introduced the place ("In Geneva"), which then heads the entries below it. */
  readonly introduced: boolean;
}

/** The place a whole field names, e.g. "Bruxelles", "In Geneva", "في جنيف"; null when the field is anything else. */
export function placeField(text: string): PlaceField | null {
  const trimmed = text.replace(/^[\s\-–—•*]+|[\s:.,\-–—]+$/g, '');
  const folded = foldWithMap(trimmed);
  const direct = lookup(folded.text);
  if (direct) return { name: trimmed, ...direct, introduced: false };
  const prefix = PLACE_PREFIX.exec(folded.text);
  if (!prefix) return null;
  const entry = lookup(folded.text.slice(prefix[0].length));
  if (!entry) return null;
  const name = originalSlice(trimmed, folded, prefix[0].length, folded.text.length).trim();
  return { name, ...entry, introduced: true };
}

/** The place named inside a longer text (an office or a title): the last city, else the last country. */
export function findPlace(text: string): Place | null {
  const folded = foldWithMap(text);
  let city: Place | null = null;
  let country: Place | null = null;
  for (const match of folded.text.matchAll(PLACE_PATTERN)) {
    const skip = cliticLength(match[0]);
    const key = match[0].slice(skip);
    const entry = lookup(key) ?? lookup(`ال${key}`);
    if (!entry) continue;
    const start = match.index + skip;
    const place = { name: originalSlice(text, folded, start, match.index + match[0].length), ...entry };
    if (entry.isCity) city = place;
    else country = place;
  }
  return city ?? country;
}

export function mentionsRegion(text: string): boolean {
  return REGION_PATTERN.test(fold(text));
}
