import type { Db } from '../../../db/client';
import { contactWhere } from '../../../db/queries/contacts';
import { toFtsQuery } from '../../../db/queries/fts';
import { memberCondition, doNotContactSql, type ListFilter, type ListRecord } from '../../../db/queries/lists';
import { localizedSortSql } from '../../../db/queries/util';

/**
 * The reads behind exports. They live beside the writers rather than in db/queries because each selects exactly the
 * subqueries its columns need: an export of names and emails never pays for topics or phone formatting.
 */

export type FieldGroup =
  | 'title'
  | 'titles'
  | 'organisation'
  | 'office'
  | 'region'
  | 'phones'
  | 'emails'
  | 'languages'
  | 'roles'
  | 'topics'
  | 'countries'
  | 'notes'
  | 'status'
  | 'meta';

export type PhoneKind = 'office' | 'mobile' | 'whatsapp' | 'fax';

export interface ExportPhone {
  readonly kind: PhoneKind | null;
  readonly raw: string;
  readonly e164: string | null;
  readonly preferred: boolean;
}

export interface ExportEmail {
  readonly kind: 'work' | 'personal' | 'shared' | null;
  readonly address: string;
  readonly preferred: boolean;
}

/** One contact as an export writes it: names resolved to the export's language, children in their order. */
export interface ExportContact {
  readonly id: number;
  readonly honorific: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly title: string;
  /** Every language's title (vCard writes them all). */
  readonly titles: Readonly<Record<string, string>>;
  readonly organisation: string;
  readonly organisationAcronym: string;
  readonly office: string;
  readonly city: string;
  readonly country: string | null;
  readonly region: string;
  readonly phones: readonly ExportPhone[];
  readonly emails: readonly ExportEmail[];
  readonly languages: readonly string[];
  readonly roles: readonly string[];
  readonly topics: readonly string[];
  readonly countries: readonly string[];
  readonly notes: string;
  readonly doNotContact: boolean;
  readonly doNotContactReason: string | null;
  readonly doNotContactUntil: string | null;
  readonly lawfulBasis: string | null;
  readonly source: string | null;
  readonly lastVerifiedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
}

/** Which contacts an export covers. */
export type ContactScope =
  | { readonly kind: 'filter'; readonly filter: ListFilter; readonly exceptIds?: readonly number[] }
  | { readonly kind: 'selection'; readonly contactIds: readonly number[] }
  | { readonly kind: 'list'; readonly list: ListRecord; readonly includeDoNotContact: boolean };

/** Name order, or grouped for a contact sheet: by region then office, or by office. */
export type ContactOrder = 'name' | 'region' | 'office';

/** The region an office belongs to: its own, else the first region that lists its country. */
const officeRegionId =
  '(coalesce(f.region_id, (SELECT rc.region_id FROM region_countries rc WHERE rc.country = f.country ORDER BY rc.region_id LIMIT 1)))';

const regionName = (lang: string) =>
  `coalesce((SELECT ${localizedSortSql('g.name', lang)} FROM regions g WHERE g.id = ${officeRegionId}), '')`;

function orderSql(order: ContactOrder, lang: string) {
  const name = 'c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id';
  const office = `${localizedSortSql('o.name', lang)} COLLATE NOCASE, ${localizedSortSql('f.name', lang)} COLLATE NOCASE, f.id`;
  // Contacts without an office come last in a grouped sheet, not first under an empty heading.
  const grouped = `c.office_id IS NULL, ${office}, ${name}`;
  if (order === 'office') return grouped;
  if (order === 'region') return `${regionName(lang)} = '', ${regionName(lang)} COLLATE NOCASE, ${grouped}`;
  return name;
}

export interface ScopedIds {
  readonly ids: number[];
  /** People in scope left out, and why. */
  readonly skipped: { readonly doNotContact: number; readonly archived: number; readonly missing: number };
}

/**
 * The ids an export covers, in the order it writes them. Fetched once up front so the rows can then be read in
 * chunks between which the export yields (a long-running statement would hold the connection for its whole run).
 */
export function scopedContactIds(
  db: Db,
  scope: ContactScope,
  options: { readonly order: ContactOrder; readonly lang: string; readonly today: string },
): ScopedIds {
  let condition: { sql: string; params: readonly unknown[] };
  let missing = 0;
  if (scope.kind === 'filter') {
    const where = contactWhere(scope.filter);
    condition = { sql: where.sql === '' ? '1' : where.sql.replace(/^WHERE /, ''), params: where.params };
    // "All rows of the table but these": a select-all with a few rows unticked.
    if (scope.exceptIds?.length) {
      condition = {
        sql: `(${condition.sql}) AND c.id NOT IN (SELECT value FROM json_each(?))`,
        params: [...condition.params, JSON.stringify(scope.exceptIds)],
      };
    }
  } else if (scope.kind === 'selection') {
    const json = JSON.stringify([...new Set(scope.contactIds)]);
    condition = { sql: 'c.id IN (SELECT value FROM json_each(?))', params: [json] };
    const found = db.$client
      .prepare('SELECT count(*) FROM contacts WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .get(json) as number;
    missing = new Set(scope.contactIds).size - found;
  } else {
    condition = memberCondition(scope.list);
  }
  const dnc = doNotContactSql(options.today);
  const rows = db.$client
    .prepare(
      `SELECT c.id, (${dnc.sql}) AS dnc, c.archived_at IS NOT NULL AS archived FROM contacts c
       LEFT JOIN organisations o ON o.id = c.organisation_id LEFT JOIN offices f ON f.id = c.office_id
       WHERE ${condition.sql} ORDER BY ${orderSql(options.order, options.lang)}`,
    )
    .raw()
    .all(...dnc.params, ...condition.params) as [number, number, number][];
  if (scope.kind !== 'list' || scope.includeDoNotContact) {
    return { ids: rows.map((r) => r[0]), skipped: { doNotContact: 0, archived: 0, missing } };
  }
  // A list hands people on: anyone under an active do-not-contact mark, or archived, stays out of its exports.
  const ids: number[] = [];
  let doNotContact = 0;
  let archived = 0;
  for (const [id, isDnc, isArchived] of rows) {
    if (isDnc === 1) doNotContact++;
    else if (isArchived === 1) archived++;
    else ids.push(id);
  }
  return { ids, skipped: { doNotContact, archived, missing } };
}

interface Place {
  readonly office: string;
  readonly city: string;
  readonly country: string | null;
  readonly region: string;
}

interface Organisation {
  readonly name: string;
  readonly acronym: string;
}

/**
 * Offices and organisations are few (hundreds) and shared by thousands of contacts: their names are resolved once
 * per export, in the export's language, instead of once per contact.
 */
function directoryNames(db: Db, lang: string) {
  const sql = db.$client;
  const places = new Map(
    (
      sql
        .prepare(
          `SELECT f.id, ${localizedSortSql('f.name', lang)}, ${localizedSortSql('f.city', lang)}, f.country, ${regionName(lang)}
           FROM offices f`,
        )
        .raw()
        .all() as [number, string, string, string | null, string][]
    ).map(([id, office, city, country, region]) => [id, { office, city, country, region }]),
  );
  const organisations = new Map(
    (
      sql
        .prepare(
          `SELECT o.id, ${localizedSortSql('o.name', lang)}, ${localizedSortSql('o.acronym', lang)} FROM organisations o`,
        )
        .raw()
        .all() as [number, string, string][]
    ).map(([id, name, acronym]) => [id, { name, acronym }]),
  );
  return { places, organisations };
}

/** The contacts' own columns, in the ids' order; the groups decide which optional columns are read. */
export function contactRowsSql(groups: ReadonlySet<FieldGroup>, lang: string): string {
  const has = (g: FieldGroup) => groups.has(g);
  const select = ['c.id', 'c.honorific', 'c.given_name', 'c.family_name', 'c.organisation_id', 'c.office_id'];
  select.push(has('title') ? localizedSortSql('c.title', lang) : 'NULL');
  select.push(has('titles') ? 'c.title' : 'NULL');
  select.push(has('notes') ? 'c.notes' : 'NULL');
  select.push(
    ...(has('status')
      ? [
          'c.do_not_contact',
          'c.do_not_contact_reason',
          'c.do_not_contact_until',
          'c.lawful_basis',
          'c.source',
          'c.last_verified_at',
        ]
      : ['NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL']),
  );
  select.push(...(has('meta') ? ['c.created_at', 'c.updated_at', 'c.archived_at'] : ['NULL', 'NULL', 'NULL']));
  return `SELECT ${select.join(', ')} FROM json_each(?) j JOIN contacts c ON c.id = j.value ORDER BY j.key`;
}

/** What each child table contributes to a contact, packed in one string per contact by SQLite. */
const CHILD_SQL = {
  phones: {
    table: 'contact_phones',
    value: "coalesce(kind, '') || char(31) || raw || char(31) || coalesce(e164, '') || char(31) || preferred",
    order: 'position, id',
    from: 'contact_phones',
  },
  emails: {
    table: 'contact_emails',
    value: "coalesce(kind, '') || char(31) || address || char(31) || preferred",
    order: 'position, id',
    from: 'contact_emails',
  },
  languages: { table: 'contact_languages', value: 'lang', order: 'position', from: 'contact_languages' },
  roles: { table: 'contact_roles', value: 'role', order: 'role', from: 'contact_roles' },
  topics: {
    table: 'contact_tags',
    value: 't.name',
    order: 't.name',
    from: 'contact_tags JOIN tags t ON t.id = contact_tags.tag_id',
  },
  countries: { table: 'contact_countries', value: 'country', order: 'country', from: 'contact_countries' },
} as const;

type ChildGroup = keyof typeof CHILD_SQL;
const CHILD_GROUPS = Object.keys(CHILD_SQL) as ChildGroup[];

/**
 * A child table packed per contact. For a chunk of a small export, an indexed lookup of the chunk's ids; for an
 * export of a large part of the directory, one sequential pass over the whole table up front (random lookups by
 * contact cost several times more per row than reading the table in order). Either way one string per contact,
 * unpacked only when its row is written.
 */
function childReader(db: Db, group: ChildGroup, whole: boolean) {
  const { value, order, from, table } = CHILD_SQL[group];
  const packed = (where: string) =>
    `SELECT ${table}.contact_id, group_concat(${value}, char(30) ORDER BY ${order}) FROM ${from} ${where} GROUP BY ${table}.contact_id`;
  if (whole) {
    const all = new Map(db.$client.prepare(packed('')).raw().all() as [number, string][]);
    return () => all;
  }
  const statement = db.$client.prepare(packed(`WHERE ${table}.contact_id IN (SELECT value FROM json_each(?))`)).raw();
  return (json: string) => new Map(statement.all(json) as [number, string][]);
}

const unpack = (packed: string | undefined) => (packed === undefined ? NONE : packed.split('\u001e'));

const unpackPhones = (packed: string | undefined): readonly ExportPhone[] =>
  unpack(packed).map((item) => {
    const [kind = '', raw = '', e164 = '', preferred] = item.split('\u001f');
    return { kind: (kind || null) as PhoneKind | null, raw, e164: e164 || null, preferred: preferred === '1' };
  });

const unpackEmails = (packed: string | undefined): readonly ExportEmail[] =>
  unpack(packed).map((item) => {
    const [kind = '', address = '', preferred] = item.split('\u001f');
    return { kind: (kind || null) as ExportEmail['kind'], address, preferred: preferred === '1' };
  });

type RawContactRow = [
  id: number,
  honorific: string | null,
  givenName: string,
  familyName: string,
  organisationId: number | null,
  officeId: number | null,
  title: string | null,
  titles: string | null,
  notes: string | null,
  doNotContact: number | null,
  doNotContactReason: string | null,
  doNotContactUntil: string | null,
  lawfulBasis: string | null,
  source: string | null,
  lastVerifiedAt: string | null,
  createdAt: string | null,
  updatedAt: string | null,
  archivedAt: string | null,
];

const NONE: readonly never[] = [];
const NO_PLACE: Place = { office: '', city: '', country: null, region: '' };
const NO_ORGANISATION: Organisation = { name: '', acronym: '' };

/**
 * Reads contact rows in chunks of ids, in the ids' order. `total` is how many the export covers: a large export
 * reads the child tables in one ordered pass instead of looking each contact up.
 */
export function contactRowReader(db: Db, groups: ReadonlySet<FieldGroup>, lang: string, total = 0) {
  const sql = db.$client;
  const main = sql.prepare(contactRowsSql(groups, lang)).raw();
  const needsNames = groups.has('organisation') || groups.has('office') || groups.has('region');
  const { places, organisations } = needsNames ? directoryNames(db, lang) : { places: null, organisations: null };
  const contacts = sql.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
  const whole = total >= 5000 && total * 4 >= contacts;
  const children = Object.fromEntries(
    CHILD_GROUPS.filter((g) => groups.has(g)).map((g) => [g, childReader(db, g, whole)]),
  ) as Partial<Record<ChildGroup, (json: string) => Map<number, string>>>;
  return (ids: readonly number[]): ExportContact[] => {
    const json = JSON.stringify(ids);
    const chunk = Object.fromEntries(Object.entries(children).map(([g, read]) => [g, read(json)])) as Partial<
      Record<ChildGroup, Map<number, string>>
    >;
    return (main.all(json) as RawContactRow[]).map((r) => {
      const id = r[0];
      const place = (r[5] !== null && places?.get(r[5])) || NO_PLACE;
      const organisation = (r[4] !== null && organisations?.get(r[4])) || NO_ORGANISATION;
      return {
        id,
        honorific: r[1],
        givenName: r[2],
        familyName: r[3],
        title: r[6] ?? '',
        titles: r[7] === null ? {} : (JSON.parse(r[7]) as Record<string, string>),
        organisation: organisation.name,
        organisationAcronym: organisation.acronym,
        office: place.office,
        city: place.city,
        country: place.country,
        region: place.region,
        phones: unpackPhones(chunk.phones?.get(id)),
        emails: unpackEmails(chunk.emails?.get(id)),
        languages: unpack(chunk.languages?.get(id)),
        roles: unpack(chunk.roles?.get(id)),
        topics: unpack(chunk.topics?.get(id)),
        countries: unpack(chunk.countries?.get(id)),
        notes: r[8] ?? '',
        doNotContact: r[9] === 1,
        doNotContactReason: r[10],
        doNotContactUntil: r[11],
        lawfulBasis: r[12],
        source: r[13],
        lastVerifiedAt: r[14],
        createdAt: r[15] ?? '',
        updatedAt: r[16] ?? '',
        archivedAt: r[17],
      };
    });
  };
}

export interface ExportOffice {
  readonly id: number;
  readonly organisation: string;
  readonly name: string;
  readonly kind: string;
  readonly parent: string;
  readonly city: string;
  readonly country: string | null;
  readonly region: string;
  readonly timeZone: string | null;
  readonly phoneRaw: string | null;
  readonly phoneE164: string | null;
  readonly email: string | null;
  readonly address: string | null;
  readonly contactCount: number;
  readonly updatedAt: string;
}

export interface OfficeScope {
  readonly query: string;
  readonly organisationId?: number | undefined;
  readonly country?: string | undefined;
  readonly regionId?: number | undefined;
  readonly includeArchived: boolean;
}

/** Offices are few (hundreds): read at once, ordered by region, organisation and name for grouped sheets. */
export function readOffices(db: Db, scope: OfficeScope, lang: string): ExportOffice[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!scope.includeArchived) where.push('f.archived_at IS NULL');
  const match = toFtsQuery(scope.query, null);
  if (match) {
    where.push('f.id IN (SELECT rowid FROM offices_fts WHERE offices_fts MATCH ?)');
    params.push(match);
  }
  if (scope.organisationId !== undefined) {
    where.push('f.organisation_id = ?');
    params.push(scope.organisationId);
  }
  if (scope.country !== undefined) {
    where.push('f.country = ?');
    params.push(scope.country);
  }
  if (scope.regionId !== undefined) {
    where.push(`${officeRegionId} = ?`);
    params.push(scope.regionId);
  }
  const region = regionName(lang);
  return db.$client
    .prepare(
      `SELECT f.id, ${localizedSortSql('o.name', lang)} AS organisation, ${localizedSortSql('f.name', lang)} AS name,
              f.kind, coalesce((SELECT ${localizedSortSql('p.name', lang)} FROM offices p WHERE p.id = f.parent_id), '') AS parent,
              ${localizedSortSql('f.city', lang)} AS city, f.country, ${region} AS region, f.time_zone AS timeZone,
              f.phone_raw AS phoneRaw, f.phone_e164 AS phoneE164, f.email, f.address,
              (SELECT count(*) FROM contacts c WHERE c.office_id = f.id AND c.archived_at IS NULL) AS contactCount,
              f.updated_at AS updatedAt
       FROM offices f JOIN organisations o ON o.id = f.organisation_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${region} = '', ${region} COLLATE NOCASE, organisation COLLATE NOCASE, name COLLATE NOCASE, f.id`,
    )
    .all(...params) as ExportOffice[];
}
