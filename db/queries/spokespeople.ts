import type { Db } from '../client';
import { parseJson, prepared } from './util';

/**
 * A country or a region as the lookup reads it. Coverage of `countries` or `regionIds` makes someone a candidate, and
 * so does sitting in one of the `first` or `second` offices, which also rank people: first, second, then the rest.
 */
export interface LookupPlace {
  readonly countries: readonly string[];
  readonly regionIds: readonly number[];
  readonly first: readonly number[];
  readonly second: readonly number[];
}

/** Offices in the country, and the regional offices over it (by the regions that hold it, or as a parent office). */
export function countryPlace(db: Db, country: string): LookupPlace {
  const regionIds = prepared(
    db,
    'SELECT region_id FROM region_countries WHERE country = ? ORDER BY region_id',
    'pluck',
  ).all(country) as number[];
  const first = prepared(db, 'SELECT id FROM offices WHERE country = ? ORDER BY id', 'pluck').all(country) as number[];
  const second = prepared(
    db,
    `SELECT id FROM offices
     WHERE coalesce(country, '') <> @country AND kind <> 'hq'
       AND ((kind = 'regional' AND region_id IN (SELECT region_id FROM region_countries WHERE country = @country))
         OR id IN (SELECT parent_id FROM offices WHERE country = @country AND parent_id IS NOT NULL))
     ORDER BY id`,
    'pluck',
  ).all({ country }) as number[];
  return { countries: [country], regionIds, first, second };
}

/** A region's own regional offices first, then the other offices in its countries; undefined for no such region. */
export function regionPlace(db: Db, regionId: number): LookupPlace | undefined {
  if (prepared(db, 'SELECT 1 FROM regions WHERE id = ?', 'pluck').get(regionId) === undefined) return undefined;
  const countries = prepared(
    db,
    'SELECT country FROM region_countries WHERE region_id = ? ORDER BY country',
    'pluck',
  ).all(regionId) as string[];
  const offices = prepared(
    db,
    `SELECT id, kind = 'regional' AS regional FROM offices
     WHERE region_id = @regionId OR country IN (SELECT country FROM region_countries WHERE region_id = @regionId)
     ORDER BY id`,
  ).all({ regionId }) as { id: number; regional: number }[];
  return {
    countries,
    regionIds: [regionId],
    first: offices.filter((o) => o.regional === 1).map((o) => o.id),
    second: offices.filter((o) => o.regional === 0).map((o) => o.id),
  };
}

/** The regions a country belongs to, with their names per language. */
export function regionsOfCountry(db: Db, country: string): { id: number; name: Record<string, string> }[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.name FROM regions r JOIN region_countries rc ON rc.region_id = r.id
     WHERE rc.country = ? ORDER BY r.id`,
  ).all(country) as { id: number; name: string }[];
  return rows.map((r) => ({ id: r.id, name: parseJson(r.name) }));
}

/**
 * What the lookup needs to know of each contact, handed over row by row so the caller can pack it as it likes; none
 * of it is what the lookup shows. Dates come as numbers: do-not-contact's end as YYYYMMDD (0 for no end, -1 for no
 * do-not-contact) and the last verification in Unix seconds (-1 for never).
 */
export interface ContactFactsVisitor {
  contact(
    id: number,
    officeId: number | null,
    archived: boolean,
    doNotContactUntil: number,
    verifiedAt: number,
    nameKey: string,
  ): void;
  /** The most outspoken role: 0 spokesperson, 1 press officer, 2 media focal point; not called for none of them. */
  role(id: number, rank: 0 | 1 | 2): void;
  language(id: number, lang: string): void;
  country(id: number, country: string): void;
  region(id: number, regionId: number): void;
}

/** Rows for some contacts (a JSON array of ids), or for all of them. */
const scope = (ids: readonly number[] | 'all', column: string) =>
  ids === 'all'
    ? { where: '1', args: [] }
    : { where: `${column} IN (SELECT value FROM json_each(?))`, args: [JSON.stringify(ids)] };

type Row = [number, unknown];

/**
 * The lookup facts of some contacts, or of the whole directory: one pass per table rather than queries per contact,
 * with the small columns only. Names come as one case-folded sort key (family, then given name).
 */
export function visitContactFacts(db: Db, ids: readonly number[] | 'all', visit: ContactFactsVisitor): void {
  const c = scope(ids, 'id');
  const k = scope(ids, 'contact_id');
  const contacts = db.$client
    .prepare(
      `SELECT id, office_id, archived_at IS NOT NULL,
              CASE WHEN do_not_contact = 0 THEN -1 WHEN do_not_contact_until IS NULL THEN 0
                   ELSE coalesce(CAST(replace(substr(do_not_contact_until, 1, 10), '-', '') AS INTEGER), 0) END,
              coalesce(unixepoch(last_verified_at), -1),
              lower(family_name || char(0) || given_name)
       FROM contacts WHERE ${c.where}`,
    )
    .raw()
    .all(...c.args) as [number, number | null, number, number, number, string][];
  for (const [id, officeId, archived, until, verified, nameKey] of contacts)
    visit.contact(id, officeId, archived === 1, until, verified, nameKey);
  const rows = (query: string) =>
    db.$client
      .prepare(query)
      .raw()
      .all(...k.args) as Row[];
  for (const [id, rank] of rows(
    `SELECT contact_id, min(CASE role WHEN 'spokesperson' THEN 0 WHEN 'press_officer' THEN 1 ELSE 2 END)
     FROM contact_roles WHERE role IN ('spokesperson', 'press_officer', 'media_focal_point') AND ${k.where}
     GROUP BY contact_id`,
  ))
    visit.role(id, rank as 0 | 1 | 2);
  for (const [id, lang] of rows(`SELECT contact_id, lang FROM contact_languages WHERE ${k.where}`))
    visit.language(id, lang as string);
  for (const [id, country] of rows(`SELECT contact_id, country FROM contact_countries WHERE ${k.where}`))
    visit.country(id, country as string);
  for (const [id, region] of rows(`SELECT contact_id, region_id FROM contact_regions WHERE ${k.where}`))
    visit.region(id, region as number);
}

const WATCHED: readonly { table: string; id: string }[] = [
  { table: 'contacts', id: 'id' },
  { table: 'contact_roles', id: 'contact_id' },
  { table: 'contact_languages', id: 'contact_id' },
  { table: 'contact_countries', id: 'contact_id' },
  { table: 'contact_regions', id: 'contact_id' },
];

/**
 * Calls `touched(contactId)` for every contact whose facts this connection inserts, changes or deletes, through
 * TEMP triggers: they live with the connection, not in the file, so the schema stays the migrations' alone. Writes
 * by other connections do not fire them; `dataVersion` tells of those.
 */
export function watchContactFacts(db: Db, touched: (contactId: number) => void): void {
  const fn = 'pressdesk_contact_facts_touched';
  db.$client.function(fn, { deterministic: false, directOnly: false }, (id: unknown) => {
    if (typeof id === 'number' || typeof id === 'bigint') touched(Number(id));
    return null;
  });
  for (const { table, id } of WATCHED) {
    const trigger = (event: 'INSERT' | 'UPDATE' | 'DELETE', body: string) =>
      `CREATE TEMP TRIGGER IF NOT EXISTS ${table}_facts_${event.toLowerCase()} AFTER ${event} ON main.${table}
       BEGIN SELECT ${body}; END`;
    db.$client.exec(trigger('INSERT', `${fn}(new.${id})`));
    db.$client.exec(trigger('UPDATE', `${fn}(old.${id}), ${fn}(new.${id})`));
    db.$client.exec(trigger('DELETE', `${fn}(old.${id})`));
  }
}

/** What a row of the lookup shows, read for the few contacts on the page. */
export interface SpokespersonCard {
  readonly id: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly title: Record<string, string>;
  readonly organisationId: number | null;
  readonly lastVerifiedAt: string | null;
  readonly languages: readonly string[];
  readonly phones: readonly {
    raw: string;
    e164: string | null;
    kind: 'office' | 'mobile' | 'whatsapp' | 'fax' | null;
  }[];
  readonly emails: readonly string[];
  readonly office: {
    readonly id: number;
    readonly organisationId: number;
    readonly kind: 'hq' | 'regional' | 'country' | 'sub_office' | 'liaison' | 'other';
    readonly name: Record<string, string>;
    readonly city: Record<string, string>;
    readonly country: string | null;
    readonly timeZone: string | null;
  } | null;
  /** The contact's organisation, else its office's. */
  readonly organisationName: Record<string, string>;
}

/** The cards of some contacts, in the order asked; ids that no longer exist are left out. */
export function readSpokespersonCards(db: Db, ids: readonly number[]): SpokespersonCard[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const contacts = prepared(
    db,
    `SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, c.title, c.organisation_id AS organisationId,
              c.last_verified_at AS lastVerifiedAt, f.id AS officeId, f.organisation_id AS officeOrganisationId,
              f.kind AS officeKind, f.name AS officeName, f.city AS officeCity, f.country AS officeCountry,
              f.time_zone AS officeTimeZone, coalesce(o.name, '{}') AS organisationName
       FROM contacts c
       LEFT JOIN offices f ON f.id = c.office_id
       LEFT JOIN organisations o ON o.id = coalesce(c.organisation_id, f.organisation_id)
       WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(list) as {
    id: number;
    givenName: string;
    familyName: string;
    title: string;
    organisationId: number | null;
    lastVerifiedAt: string | null;
    officeId: number | null;
    officeOrganisationId: number;
    officeKind: NonNullable<SpokespersonCard['office']>['kind'];
    officeName: string;
    officeCity: string;
    officeCountry: string | null;
    officeTimeZone: string | null;
    organisationName: string;
  }[];
  const grouped = <T>(query: string) => {
    const out = new Map<number, T[]>();
    for (const row of prepared(db, query).all(list) as (T & { contactId: number })[]) {
      const { contactId, ...rest } = row;
      out.set(contactId, [...(out.get(contactId) ?? []), rest as T]);
    }
    return out;
  };
  const phones = grouped<SpokespersonCard['phones'][number]>(
    `SELECT contact_id AS contactId, raw, e164, kind FROM contact_phones
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position, id`,
  );
  const emails = grouped<{ address: string }>(
    `SELECT contact_id AS contactId, address FROM contact_emails
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position, id`,
  );
  const languages = grouped<{ lang: string }>(
    `SELECT contact_id AS contactId, lang FROM contact_languages
     WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY contact_id, position`,
  );
  const byId = new Map(
    contacts.map((c): [number, SpokespersonCard] => [
      c.id,
      {
        id: c.id,
        givenName: c.givenName,
        familyName: c.familyName,
        title: parseJson(c.title),
        organisationId: c.organisationId,
        lastVerifiedAt: c.lastVerifiedAt,
        languages: (languages.get(c.id) ?? []).map((l) => l.lang),
        phones: phones.get(c.id) ?? [],
        emails: (emails.get(c.id) ?? []).map((e) => e.address),
        office:
          c.officeId === null
            ? null
            : {
                id: c.officeId,
                organisationId: c.officeOrganisationId,
                kind: c.officeKind,
                name: parseJson(c.officeName),
                city: parseJson(c.officeCity),
                country: c.officeCountry,
                timeZone: c.officeTimeZone,
              },
        organisationName: parseJson(c.organisationName),
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
