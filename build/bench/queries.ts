import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fold } from '../../db/queries/fts';
import type { DemoDirectory, PlannedContact } from '../../db/seed/plan';
import { createRng } from '../../db/seed/prng';

/** Places, organisations and their acronyms in several languages, accented and not, whole and as prefixes. */
const PLACES_AND_ORGANISATIONS = [
  'geneve',
  'Genève',
  'gen',
  'Geneva',
  'ginebra',
  'bruxelles',
  'Brussels',
  'brux',
  'le caire',
  'Cairo',
  'El Cairo',
  'caire',
  'dakar',
  'nairobi',
  'amman',
  'ammán',
  'bogota',
  'Bogotá',
  'cucuta',
  'Cúcuta',
  'oim',
  'IOM',
  'hcr',
  'UNHCR',
  'acnur',
  'cicr',
  'icrc',
  'pam',
  'unicef',
  'ocha',
  'msf',
  'médecins',
  'medecins sans',
  'afp',
  'reuters',
  'al jazeera',
  'el país',
  'el pais',
  'le monde',
  'rfi',
];

/** Titles, roles and topics, the way a press officer looks for "who covers this". */
const TITLES_AND_TOPICS = [
  'porte-parole',
  'porte parole',
  'spokes',
  'spokesperson',
  'portavoz',
  'chargée de presse',
  'chargee',
  'press officer',
  'focal point',
  'point focal',
  'correspondent',
  'correspondante',
  'rédactrice',
  'redac',
  'migration',
  'resettlement',
  'climate',
  'health',
  'protection',
  'food security',
];

const ARABIC = /\p{Script=Arabic}/u;
const SAMPLE = 2000;

/**
 * The 200 search-as-you-type queries the benchmark times: 60 fixed ones, 110 names (accented, unaccented, prefixes,
 * full names, Arabic script), 20 phone fragments in several spacings and 10 email fragments, drawn with a fixed seed
 * from the directory's first contacts, so the list is the same for the same seed whatever the directory's size.
 */
export function benchQueries(plan: DemoDirectory): string[] {
  const rng = createRng('bench-queries');
  const people = plan.contacts.slice(0, SAMPLE);
  if (people.length === 0) throw new Error('The benchmark queries are drawn from the directory: plan some contacts');
  const queries = new Set<string>([...PLACES_AND_ORGANISATIONS, ...TITLES_AND_TOPICS]);
  const draw = (count: number, make: (c: PlannedContact) => string | null, from = people) => {
    const target = queries.size + count;
    for (let tries = 0; queries.size < target; tries++) {
      if (tries > 50 * count) throw new Error('Not enough varied contacts to draw benchmark queries from');
      const q = make(rng.pick(from))?.trim();
      if (q) queries.add(q);
    }
  };
  const family = (c: PlannedContact) => c.values.familyName;
  const latinPeople = people.filter((c) => !ARABIC.test(c.values.familyName));
  const arabicPeople = people.filter((c) => ARABIC.test(c.values.familyName));

  draw(20, (c) => (fold(family(c)) !== family(c).toLowerCase() ? family(c) : null), latinPeople);
  draw(20, (c) => fold(family(c)), latinPeople);
  draw(20, (c) => fold(family(c)).slice(0, rng.int(3, 4)), latinPeople);
  draw(15, (c) => `${c.values.givenName} ${family(c)}`, latinPeople);
  draw(15, (c) => fold(`${c.values.givenName} ${family(c)}`), latinPeople);
  draw(10, (c) => (rng.chance(0.5) ? `${c.values.givenName} ${family(c)}` : family(c)), arabicPeople);
  draw(10, (c) => `${fold(c.values.givenName).slice(0, 2)} ${fold(family(c)).slice(0, 3)}`, latinPeople);

  draw(20, (c) => {
    const parsed = parsePhoneNumberFromString(rng.pick(c.values.phones).e164 ?? '');
    if (!parsed) return null;
    const cc = parsed.countryCallingCode;
    const nsn = String(parsed.nationalNumber);
    return rng.pick([
      `+${cc} ${nsn.slice(0, 2)}`,
      `00${cc} ${nsn.slice(0, 2)} ${nsn.slice(2, 4)}`,
      `${cc}${nsn.slice(0, 5)}`,
      `+${cc} ${nsn.slice(0, 3)} ${nsn.slice(3, 6)}`,
      `0${nsn.slice(0, 2)} ${nsn.slice(2, 5)}`,
    ]);
  });
  draw(10, (c) => {
    const address = rng.pick(c.values.emails).address;
    const [local = '', domain = ''] = address.split('@');
    return rng.pick([address, local, `${local.slice(0, 5)}`, `${local}@${domain.slice(0, 3)}`]);
  });
  return [...queries];
}
