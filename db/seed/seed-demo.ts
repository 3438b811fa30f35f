import type { Db } from '../client';
import { AppError } from '../../electron/ipc/contract/errors';
import { insertContactRows } from '../queries/contacts';
import { insertOffice } from '../queries/offices';
import { insertOrganisation } from '../queries/organisations';
import { insertRegion } from '../queries/regions';
import { flushSearchIndex } from '../queries/search-index';
import { planDemoDirectory, type DemoDirectory } from './plan';

export interface SeedOptions {
  readonly contacts?: number;
  readonly seed?: number;
  /** Add to a database that already holds data instead of refusing it. */
  readonly append?: boolean;
}

/** What the run created (an appended run reuses the demo organisations, offices and regions already there). */
export interface SeedCounts {
  readonly organisations: number;
  readonly offices: number;
  readonly contacts: number;
}

/** What is already in the database, so an appended run reuses it instead of making a second IOM. */
export interface ExistingDirectory {
  readonly rows: Readonly<Record<'organisations' | 'offices' | 'contacts' | 'regions' | 'releases', number>>;
  /** Keyed by English name. */
  readonly regions: ReadonlyMap<string, number>;
  /** Keyed by English acronym, else English name. */
  readonly organisations: ReadonlyMap<string, number>;
  /** Keyed by organisation id and English name. */
  readonly offices: ReadonlyMap<string, number>;
  readonly emails: ReadonlySet<string>;
}

const officeKey = (organisationId: number, nameEn: string | undefined) => `${organisationId}\u001f${nameEn ?? ''}`;
const organisationKey = (acronym: Partial<Record<string, string>>, name: Partial<Record<string, string>>) =>
  acronym.en || name.en || '';

const parseLocalized = (json: string) => JSON.parse(json) as Partial<Record<string, string>>;

function readExistingDirectory(db: Db): ExistingDirectory {
  const sql = db.$client;
  const count = (table: string) => sql.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const rows = {
    organisations: count('organisations'),
    offices: count('offices'),
    contacts: count('contacts'),
    regions: count('regions'),
    releases: count('releases'),
  };
  const map = (query: string) =>
    new Map((sql.prepare(query).raw().all() as [string | null, number][]).map(([k, id]) => [k ?? '', id]));
  return {
    rows,
    regions: map(`SELECT json_extract(name, '$.en'), id FROM regions`),
    organisations: new Map(
      (sql.prepare('SELECT acronym, name, id FROM organisations').raw().all() as [string, string, number][]).map(
        ([acronym, name, id]) => [organisationKey(parseLocalized(acronym), parseLocalized(name)), id],
      ),
    ),
    offices: map(`SELECT organisation_id || char(31) || coalesce(json_extract(name, '$.en'), ''), id FROM offices`),
    emails: new Set(sql.prepare('SELECT lower(address) FROM contact_emails').pluck().all() as string[]),
  };
}

/**
 * Writes a planned directory through the app's query layer in one transaction, then re-indexes search once: a
 * crash or Ctrl+C leaves either the whole directory or nothing.
 */
export function writeDemoDirectory(db: Db, plan: DemoDirectory, existing?: ExistingDirectory): SeedCounts {
  return db.transaction(() => {
    const created = { organisations: 0, offices: 0, contacts: 0 };
    const regionIds = new Map(
      plan.regions.map((r) => [
        r.key,
        existing?.regions.get(r.name.en) ?? insertRegion(db, { name: { ...r.name }, countries: r.countries }),
      ]),
    );
    const organisationIds = plan.organisations.map((o) => {
      const found = existing?.organisations.get(organisationKey(o.values.acronym ?? {}, o.values.name ?? {}));
      if (found !== undefined) return found;
      created.organisations++;
      return insertOrganisation(db, o.values);
    });
    const officeIds: number[] = [];
    for (const o of plan.offices) {
      const organisationId = organisationIds[o.organisation]!;
      const found = existing?.offices.get(officeKey(organisationId, o.values.name?.en));
      if (found !== undefined) {
        officeIds.push(found);
        continue;
      }
      created.offices++;
      officeIds.push(
        insertOffice(db, {
          ...o.values,
          organisationId,
          // Offices are planned parents first, so a parent's id is always known here.
          parentId: o.parent === null ? null : officeIds[o.parent]!,
          regionId: regionIds.get(o.region)!,
        }),
      );
    }
    for (const c of plan.contacts) {
      insertContactRows(
        db,
        {
          ...c.values,
          organisationId: organisationIds[c.organisation]!,
          officeId: officeIds[c.office]!,
          regionIds: c.regions.map((key) => regionIds.get(key)!),
        },
        c.at,
      );
      created.contacts++;
    }
    flushSearchIndex(db);
    return created;
  });
}

const describeRows = (rows: ExistingDirectory['rows']) =>
  Object.entries(rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');

/**
 * `pressdesk seed-demo`: a realistic, deterministic directory (organisations, their offices across regions, and
 * `contacts` people). An empty database only, unless `append`.
 */
export function seedDemo(db: Db, options: SeedOptions = {}): SeedCounts {
  const { contacts = 500, seed = 1, append = false } = options;
  if (!Number.isSafeInteger(contacts) || contacts < 0) {
    throw new AppError('Validation', `The number of contacts must be a whole number of 0 or more, not ${contacts}`);
  }
  if (!Number.isSafeInteger(seed)) throw new AppError('Validation', `The seed must be a whole number, not ${seed}`);
  const existing = readExistingDirectory(db);
  const held = describeRows(existing.rows);
  if (!append && held !== '') {
    throw new AppError(
      'Conflict',
      `The database is not empty (${held}). Pass --append to add the demo directory to it, or use an empty database`,
    );
  }
  const plan = planDemoDirectory({ contacts, seed, takenEmails: existing.emails });
  return writeDemoDirectory(db, plan, existing);
}
