import type { ContactValues, EmailValues, PhoneValues } from '../queries/contacts';
import type { OfficeValues } from '../queries/offices';
import type { OrganisationValues } from '../queries/organisations';
import { capitalOf, cityOf, COUNTRIES, countryOf, REGIONS, type City, type Names, type RegionKey } from './geography';
import { ORGANISATIONS, officeName, type OfficeKind, type OrganisationSpec } from './organisations';
import {
  DO_NOT_CONTACT_REASONS,
  HONORIFICS,
  latin,
  NAME_POOLS,
  NOTES,
  script,
  TITLES,
  type Culture,
  type Gender,
  type Role,
} from './people';
import { makePhone } from './phones';
import { createRng, type Rng } from './prng';

export interface PlannedRegion {
  readonly key: RegionKey;
  readonly name: Names;
  readonly countries: readonly string[];
}

export interface PlannedOrganisation {
  readonly key: string;
  readonly values: OrganisationValues;
}

/** References are indexes into the plan's lists; the writer turns them into row ids. */
export interface PlannedOffice {
  readonly organisation: number;
  readonly parent: number | null;
  readonly region: RegionKey;
  /** The city's key in the demo geography. */
  readonly city: string;
  readonly values: Omit<OfficeValues, 'organisationId' | 'parentId' | 'regionId'>;
}

export interface PlannedContact {
  readonly organisation: number;
  readonly office: number;
  readonly regions: readonly RegionKey[];
  /** created_at and updated_at, derived from the seed. */
  readonly at: string;
  readonly values: Omit<ContactValues, 'organisationId' | 'officeId' | 'regionIds'>;
}

export interface DemoDirectory {
  readonly regions: readonly PlannedRegion[];
  readonly organisations: readonly PlannedOrganisation[];
  readonly offices: readonly PlannedOffice[];
  readonly contacts: readonly PlannedContact[];
}

export interface PlanOptions {
  readonly contacts: number;
  readonly seed: number;
  /** Addresses already in the database (lower case), so appended contacts never reuse one. */
  readonly takenEmails?: Iterable<string>;
}

/** Dates are spread over the three years before this instant, so the same seed gives the same timestamps. */
const EPOCH = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

const REGION_CULTURES: Readonly<Record<RegionKey, Readonly<Partial<Record<Culture, number>>>>> = {
  europe: {
    french: 18,
    english: 14,
    german: 8,
    italian: 7,
    nordic: 7,
    central: 7,
    spanish: 8,
    turkish: 4,
    ukrainian: 4,
    lusophone: 3,
    maghreb: 5,
    arabic: 4,
    westafrica: 4,
    eastafrica: 2,
    southasia: 3,
    latam: 2,
  },
  wca: { westafrica: 60, french: 18, english: 6, maghreb: 6, arabic: 3, german: 2, italian: 2, nordic: 2, spanish: 1 },
  ehoa: {
    eastafrica: 58,
    english: 10,
    arabic: 10,
    french: 5,
    southasia: 5,
    nordic: 3,
    german: 3,
    italian: 3,
    spanish: 3,
  },
  mena: {
    arabic: 45,
    maghreb: 22,
    french: 8,
    english: 8,
    turkish: 4,
    spanish: 3,
    italian: 3,
    german: 3,
    nordic: 2,
    southasia: 2,
  },
  asia: {
    southasia: 35,
    eastasia: 35,
    english: 12,
    french: 4,
    german: 3,
    nordic: 3,
    arabic: 4,
    spanish: 2,
    italian: 2,
  },
  americas: {
    latam: 45,
    spanish: 8,
    english: 18,
    lusophone: 8,
    french: 6,
    german: 3,
    italian: 3,
    eastasia: 3,
    westafrica: 2,
  },
};

/** How many contacts an office of each kind holds, relative to the others. */
const OFFICE_WEIGHT: Readonly<Record<OfficeKind, number>> = {
  hq: 30,
  regional: 12,
  other: 10,
  liaison: 3,
  country: 5,
  sub_office: 2,
};
const MEDIA_HQ_WEIGHT = 25;
const MEDIA_SHARE = 0.25;

const HUMANITARIAN_ROLES: Readonly<Partial<Record<Role, number>>> = {
  spokesperson: 12,
  press_officer: 28,
  media_focal_point: 20,
  partner: 20,
  expert: 20,
};

/** How many numbers a person has. */
const PHONE_COUNTS = { '1': 30, '2': 50, '3': 20 } as const;

const regionOf = (city: City) => countryOf(city.country).region;

const asLocalized = (names: Names): Record<string, string> => ({ ...names });

const folded = new Map<string, string>();

/** ASCII for an email local part or a handle: "Lefèvre-Martin" → "lefevre-martin", "Ødegård" → "odegard". */
function asciiFold(text: string): string {
  // Names come from small pools: folding each once keeps 100,000 contacts fast.
  let ascii = folded.get(text);
  if (ascii === undefined) {
    ascii = text
      .replace(/[øØ]/g, 'o')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[œŒ]/g, 'oe')
      .replace(/ß/g, 'ss')
      .replace(/[łŁ]/g, 'l')
      .replace(/[đĐðÐ]/g, 'd')
      .replace(/ı/g, 'i')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    folded.set(text, ascii);
  }
  return ascii;
}

function officeSlug(o: OrganisationSpec, city: City, kind: OfficeKind) {
  const place = kind === 'hq' ? 'info' : asciiFold(city.name.en.split(',')[0] ?? city.key);
  return o.domain === 'un.org' ? `${o.key}-${place}` : place;
}

function planOffices(rng: Rng): { organisations: PlannedOrganisation[]; offices: PlannedOffice[] } {
  const organisations: PlannedOrganisation[] = [];
  const offices: PlannedOffice[] = [];
  ORGANISATIONS.forEach((o, orgIndex) => {
    organisations.push({
      key: o.key,
      values: { name: asLocalized(o.name), acronym: { ...o.acronym }, kind: o.kind, website: o.website },
    });
    const add = (kind: OfficeKind, cityKey: string, parent: number | null) => {
      const city = cityOf(cityKey);
      const country = countryOf(city.country);
      const phone = makePhone(rng, country.code, city.fixed ?? rng.pick(country.mobile), 'office', true);
      offices.push({
        organisation: orgIndex,
        parent,
        region: country.region,
        city: city.key,
        values: {
          kind,
          name: asLocalized(officeName(o, kind, city, country)),
          city: asLocalized(city.name),
          country: country.code,
          timeZone: city.timeZone,
          phoneRaw: phone.raw,
          phoneE164: phone.e164,
          email: `${officeSlug(o, city, kind)}@${o.domain}`,
          address: kind === 'hq' ? (o.hqAddress ?? null) : null,
        },
      });
      return offices.length - 1;
    };
    const hq = add('hq', o.hq, null);
    const regional = new Map<RegionKey, number>();
    for (const key of o.regional ?? []) {
      const index = add('regional', key, hq);
      if (!regional.has(regionOf(cityOf(key)))) regional.set(regionOf(cityOf(key)), index);
    }
    const centres = (o.centres ?? []).map((key) => add('other', key, hq));
    for (const key of o.liaison ?? []) add('liaison', key, hq);
    for (const key of o.bureaus ?? []) add('country', key, hq);
    const countryOffices = new Map<string, number>();
    for (const code of o.countries ?? []) {
      const capital = capitalOf(code);
      const parent = regional.get(countryOf(code).region) ?? (centres.length ? rng.pick(centres) : hq);
      countryOffices.set(code, add('country', capital.key, parent));
    }
    for (const key of o.subOffices ?? []) {
      const city = cityOf(key);
      add('sub_office', key, countryOffices.get(city.country) ?? regional.get(regionOf(city)) ?? hq);
    }
  });
  return { organisations, offices };
}

/** Cumulative weights, so picking one of hundreds of offices for each of 100,000 contacts stays cheap. */
function weightedIndex(weights: readonly number[]): (rng: Rng) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Unique addresses: a second Jean Dupont at the same organisation becomes jdupont2@. */
class EmailBook {
  private readonly taken: Set<string>;
  private readonly counters = new Map<string, number>();
  constructor(taken: Iterable<string>) {
    this.taken = new Set([...taken].map((a) => a.toLowerCase()));
  }
  claim(local: string, domain: string): string {
    const base = `${local}@${domain}`;
    if (!this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    let n = this.counters.get(base) ?? 1;
    let address: string;
    do address = `${local}${++n}@${domain}`;
    while (this.taken.has(address));
    this.counters.set(base, n);
    this.taken.add(address);
    return address;
  }
}

interface Person {
  readonly givenName: string;
  readonly familyName: string;
  readonly gender: Gender;
  readonly given: string;
  /** The family name an address is made of: the first of two Spanish surnames, all of a hyphenated one. */
  readonly family: string;
  readonly culture: Culture;
}

function planPerson(rng: Rng, weights: Readonly<Partial<Record<Culture, number>>>): Person {
  const culture = rng.weighted(weights);
  const pool = NAME_POOLS[culture];
  const gender: Gender = rng.chance(0.5) ? 'female' : 'male';
  const given = rng.pick(pool[gender]);
  const first = rng.pick(pool.family);
  let familyName = script(first);
  if (pool.doubleFamily && rng.chance(pool.doubleFamily.share)) {
    const second = rng.pick(pool.family);
    if (second !== first) familyName += pool.doubleFamily.joiner + script(second);
  }
  const familyLatin =
    pool.doubleFamily?.joiner === ' ' ? latin(first) : familyName === script(first) ? latin(first) : familyName;
  return { givenName: script(given), familyName, gender, given: latin(given), family: familyLatin, culture };
}

function localPart(style: OrganisationSpec['emailStyle'], p: Person) {
  const given = asciiFold(p.given.replace(/\s+/g, '-'));
  const family = asciiFold(p.family.replace(/\s+/g, ''));
  if (style === 'last') return family;
  if (style === 'flast') return `${given.charAt(0)}${family}`;
  return `${given}.${family}`;
}

const ALT_STYLE: Readonly<Record<OrganisationSpec['emailStyle'], OrganisationSpec['emailStyle']>> = {
  flast: 'first.last',
  'first.last': 'flast',
  last: 'first.last',
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface ContactContext {
  readonly organisations: readonly OrganisationSpec[];
  readonly offices: readonly PlannedOffice[];
  readonly pickMediaOffice: (rng: Rng) => number;
  readonly pickOtherOffice: (rng: Rng) => number;
  readonly mediaOffices: readonly number[];
  readonly otherOffices: readonly number[];
  readonly regionCountries: Readonly<Record<RegionKey, readonly string[]>>;
  /** Per office: who works there, by culture (the region's mix plus the organisation's own bias). */
  readonly cultures: readonly Readonly<Partial<Record<Culture, number>>>[];
  readonly emails: EmailBook;
  readonly seed: number;
}

function planContact(rng: Rng, ctx: ContactContext): PlannedContact {
  const media = rng.chance(MEDIA_SHARE);
  const officeIndex = media ? ctx.mediaOffices[ctx.pickMediaOffice(rng)]! : ctx.otherOffices[ctx.pickOtherOffice(rng)]!;
  const office = ctx.offices[officeIndex]!;
  const org = ctx.organisations[office.organisation]!;
  const officeCountry = countryOf(office.values.country!);
  const officeCity = cityOf(office.city);

  const person = planPerson(rng, ctx.cultures[officeIndex]!);
  const pool = NAME_POOLS[person.culture];

  const languages = new Set(pool.languages);
  if (rng.chance(0.6)) languages.add(rng.pick(pool.also));
  if (rng.chance(0.7)) languages.add('en');
  if (rng.chance(office.region === 'wca' || office.region === 'mena' ? 0.5 : 0.2)) languages.add('fr');
  if (rng.chance(office.region === 'americas' ? 0.6 : 0.1)) languages.add('es');
  if (office.region === 'mena' && rng.chance(0.3)) languages.add('ar');

  const roles: Role[] = [];
  if (org.kind === 'media') {
    roles.push(rng.chance(0.75) ? 'journalist' : 'editor');
    if (rng.chance(0.1)) roles.push(roles[0] === 'journalist' ? 'editor' : 'journalist');
  } else {
    roles.push(rng.weighted(HUMANITARIAN_ROLES));
    if (rng.chance(0.2)) {
      const second = rng.weighted(HUMANITARIAN_ROLES);
      if (second !== roles[0]) roles.push(second);
    }
  }

  const title: Record<string, string> = {};
  if (!rng.chance(0.04)) {
    const t = rng.pick(TITLES[roles[0]!]);
    const g = person.gender === 'female' ? 1 : 0;
    title.en = t.en;
    title.fr = t.fr[g];
    title.es = t.es[g];
    if (t.ar && (languages.has('ar') || office.region === 'mena')) title.ar = t.ar[g];
  }

  const primary = [...languages][0]!;
  let honorific: string | null = null;
  if (rng.chance(0.55)) {
    const forms = HONORIFICS[primary] ?? HONORIFICS.en!;
    const doctor = rng.chance(0.08) ? 2 : 0;
    honorific = forms[doctor + (person.gender === 'female' ? 1 : 0)]!;
  }

  const countries = new Set([officeCountry.code]);
  const kind = office.values.kind;
  if (kind === 'regional' || (media && rng.chance(0.4))) {
    for (const c of rng.sample(ctx.regionCountries[office.region], rng.int(1, 3))) countries.add(c);
  } else if (kind === 'hq' && rng.chance(0.4)) {
    for (const c of rng.sample(COUNTRIES, rng.int(1, 3))) countries.add(c.code);
  }
  const regions: RegionKey[] = [];
  if (kind === 'regional' && rng.chance(0.7)) regions.push(office.region);
  else if (kind === 'hq' && rng.chance(0.3)) regions.push(rng.pick(Object.keys(REGIONS) as RegionKey[]));

  const topics = rng.sample(org.topics, rng.int(1, 4));

  const phoneCount = rng.weighted(PHONE_COUNTS);
  const kinds: PhoneValues['kind'][] = officeCity.fixed
    ? ['office', 'mobile', 'whatsapp']
    : ['mobile', 'whatsapp', 'mobile'];
  const phones = kinds
    .slice(0, Number(phoneCount))
    .map((k, i) =>
      makePhone(
        rng,
        officeCountry.code,
        k === 'office' ? officeCity.fixed! : rng.pick(officeCountry.mobile),
        k,
        i === 0,
      ),
    );

  const emails: EmailValues[] = [
    { address: ctx.emails.claim(localPart(org.emailStyle, person), org.domain), kind: 'work', preferred: true },
  ];
  if (rng.chance(0.4)) {
    const address = ctx.emails.claim(localPart(ALT_STYLE[org.emailStyle], person), org.domain);
    emails.push({ address, kind: 'work', preferred: false });
  }

  const social: Record<string, string> = {};
  // X handles are letters, digits and underscores.
  const handle = `${asciiFold(person.given).slice(0, 1)}${asciiFold(person.family)}`.replace(/-/g, '').slice(0, 15);
  if (rng.chance(0.3)) social.x = `@${handle}`;
  if (rng.chance(0.1)) social.linkedin = `linkedin.com/in/${asciiFold(person.given)}-${handle}`;

  const createdMs = EPOCH - rng.int(30, 3 * 365) * DAY - rng.int(0, DAY / 1000) * 1000;
  const at = new Date(createdMs).toISOString();
  const lastVerifiedAt = rng.chance(0.8)
    ? new Date(createdMs + Math.floor(rng.next() * (EPOCH - createdMs))).toISOString()
    : null;
  const doNotContact = rng.chance(0.02);
  const noteLanguage = primary === 'fr' || primary === 'es' ? primary : 'en';

  return {
    organisation: office.organisation,
    office: officeIndex,
    regions,
    at,
    values: {
      honorific,
      givenName: person.givenName,
      familyName: person.familyName,
      title,
      phones,
      emails,
      languages: [...languages].slice(0, 4),
      roles,
      countries: [...countries],
      topics,
      social,
      notes: rng.chance(0.12) ? rng.pick(NOTES[noteLanguage]) : '',
      doNotContact,
      doNotContactReason: doNotContact ? rng.pick(DO_NOT_CONTACT_REASONS) : null,
      doNotContactUntil: doNotContact && rng.chance(0.5) ? isoDate(EPOCH + rng.int(30, 365) * DAY) : null,
      lawfulBasis: media
        ? 'Legitimate interest: professional media contact'
        : 'Legitimate interest: professional counterpart',
      source: `PressDesk demo data (seed ${ctx.seed})`,
      lastVerifiedAt,
    },
  };
}

/**
 * The whole demo directory, without touching a database: the same options give the same directory, and the first
 * contacts do not depend on how many are asked for.
 */
export function planDemoDirectory(options: PlanOptions): DemoDirectory {
  const root = createRng(options.seed);
  const regionCountries = Object.fromEntries(
    (Object.keys(REGIONS) as RegionKey[]).map((key) => [
      key,
      COUNTRIES.filter((c) => c.region === key).map((c) => c.code),
    ]),
  ) as Record<RegionKey, string[]>;
  const regions = (Object.keys(REGIONS) as RegionKey[]).map((key) => ({
    key,
    name: REGIONS[key],
    countries: regionCountries[key],
  }));
  const { organisations, offices } = planOffices(root.fork('offices'));

  const isMedia = (o: PlannedOffice) => ORGANISATIONS[o.organisation]!.kind === 'media';
  const mediaOffices = offices.flatMap((o, i) => (isMedia(o) ? [i] : []));
  const otherOffices = offices.flatMap((o, i) => (isMedia(o) ? [] : [i]));
  const weightOf = (i: number) => {
    const o = offices[i]!;
    return isMedia(o) && o.values.kind === 'hq' ? MEDIA_HQ_WEIGHT : OFFICE_WEIGHT[o.values.kind ?? 'country'];
  };
  const ctx: ContactContext = {
    organisations: ORGANISATIONS,
    offices,
    mediaOffices,
    otherOffices,
    pickMediaOffice: weightedIndex(mediaOffices.map(weightOf)),
    pickOtherOffice: weightedIndex(otherOffices.map(weightOf)),
    regionCountries,
    cultures: offices.map((o) => {
      const weights: Partial<Record<Culture, number>> = { ...REGION_CULTURES[o.region] };
      for (const [culture, bonus] of Object.entries(ORGANISATIONS[o.organisation]!.staff ?? {}) as [
        Culture,
        number,
      ][]) {
        weights[culture] = (weights[culture] ?? 0) + bonus;
      }
      return weights;
    }),
    emails: new EmailBook(options.takenEmails ?? []),
    seed: options.seed,
  };
  const rng = root.fork('contacts');
  const contacts: PlannedContact[] = [];
  for (let i = 0; i < options.contacts; i++) contacts.push(planContact(rng, ctx));
  return { regions, organisations, offices, contacts };
}
