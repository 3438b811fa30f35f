import { getCountries } from 'libphonenumber-js/max';
import { fold } from './fold';

/** Languages whose country and language names a press office's files are likely written in. */
const displayLocales = ['en', 'fr', 'es', 'pt', 'de', 'it', 'nl', 'ar'] as const;

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Names people write for a country besides the official short name. */
const countryAliases: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  drc: 'CD',
  'dr congo': 'CD',
  rdc: 'CD',
  'democratic republic of the congo': 'CD',
  'ivory coast': 'CI',
  'cote divoire': 'CI',
  holland: 'NL',
  'the netherlands': 'NL',
  'republic of korea': 'KR',
  'south korea': 'KR',
  'north korea': 'KP',
  russia: 'RU',
  'russian federation': 'RU',
  syria: 'SY',
  'syrian arab republic': 'SY',
  palestine: 'PS',
  'occupied palestinian territory': 'PS',
  turkey: 'TR',
  turquie: 'TR',
  vatican: 'VA',
  'holy see': 'VA',
};

let countryIndex: Map<string, string> | undefined;

function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const codes = getCountries();
  for (const locale of displayLocales) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name) index.set(fold(name), code);
    }
  }
  for (const [alias, code] of Object.entries(countryAliases)) index.set(alias, code);
  for (const code of codes) index.set(code.toLowerCase(), code);
  return index;
}

/** ISO 3166-1 alpha-2 for a country as written in an export ("Belgique", "Belgium", "BE", "Côte d'Ivoire"), or null. */
export function countryCode(text: string | null): string | null {
  if (!text) return null;
  countryIndex ??= buildCountryIndex();
  return countryIndex.get(fold(text)) ?? null;
}

/** True for an ISO 3166-1 code libphonenumber has a numbering plan for. */
export const isPhoneCountry = (code: string) => (getCountries() as string[]).includes(code);

let languageIndex: Map<string, string> | undefined;

function buildLanguageIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const codes: string[] = [];
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const a of letters) for (const b of letters) if (english.of(a + b)) codes.push(a + b);
  for (const locale of displayLocales) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name) index.set(fold(name), code);
    }
  }
  for (const code of codes) index.set(code, code);
  return index;
}

/** ISO 639-1 for a language as written ("French", "français", "FR", "fr-BE"), or null. */
export function languageCode(text: string): string | null {
  languageIndex ??= buildLanguageIndex();
  const folded = fold(text);
  return languageIndex.get(folded) ?? languageIndex.get(folded.split(' ')[0] ?? '') ?? null;
}
