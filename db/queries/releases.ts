import type { Db } from '../client';
import type { releaseStatuses } from '../schema';
import { toFtsQuery } from './fts';
import { ensureTags } from './tags';

export type ReleaseStatus = (typeof releaseStatuses)[number];

/** The columns of a release that writers set; the query layer adds ids and timestamps. */
export interface ReleaseValues {
  readonly reference: string | null;
  readonly year: number;
  readonly language: string;
  readonly translationGroup: string;
  readonly translatedFromId: number | null;
  readonly organisationId: number | null;
  readonly title: string;
  readonly subtitle: string;
  readonly datelineCity: string | null;
  readonly datelineDate: string | null;
  readonly bodyJson: unknown;
  readonly bodyHtml: string;
  readonly bodyText: string;
  readonly notesToEditors: string;
  readonly status: ReleaseStatus;
  readonly embargoUntil: string | null;
  readonly embargoTimeZone: string | null;
  readonly editedAt: string;
  readonly archivedAt: string | null;
}

export interface ReleaseRecord extends ReleaseValues {
  readonly id: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly tags: string[];
}

const columns = {
  reference: 'reference',
  year: 'year',
  language: 'language',
  translationGroup: 'translation_group',
  translatedFromId: 'translated_from_id',
  organisationId: 'organisation_id',
  title: 'title',
  subtitle: 'subtitle',
  datelineCity: 'dateline_city',
  datelineDate: 'dateline_date',
  bodyJson: 'body_json',
  bodyHtml: 'body_html',
  bodyText: 'body_text',
  notesToEditors: 'notes_to_editors',
  status: 'status',
  embargoUntil: 'embargo_until',
  embargoTimeZone: 'embargo_time_zone',
  editedAt: 'edited_at',
  archivedAt: 'archived_at',
} as const satisfies Record<keyof ReleaseValues, string>;

type Column = keyof typeof columns;

const toSql = (key: Column, value: unknown) =>
  key === 'bodyJson' ? (value == null ? null : JSON.stringify(value)) : value;

const TAG_SEPARATOR = '\u001f';

const selectSql = `
  SELECT r.id, r.reference, r.year, r.language, r.translation_group AS translationGroup,
         r.translated_from_id AS translatedFromId, r.organisation_id AS organisationId, r.title, r.subtitle,
         r.dateline_city AS datelineCity, r.dateline_date AS datelineDate, r.body_json AS bodyJson,
         r.body_html AS bodyHtml, r.body_text AS bodyText, r.notes_to_editors AS notesToEditors, r.status,
         r.embargo_until AS embargoUntil, r.embargo_time_zone AS embargoTimeZone, r.created_at AS createdAt,
         r.updated_at AS updatedAt, coalesce(r.edited_at, r.created_at) AS editedAt, r.archived_at AS archivedAt,
         (SELECT group_concat(name, char(31)) FROM (
            SELECT t.name FROM release_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.release_id = r.id ORDER BY t.name
         )) AS tags
  FROM releases r`;

type RawRelease = Omit<ReleaseRecord, 'bodyJson' | 'tags'> & { bodyJson: string | null; tags: string | null };

const splitTags = (tags: string | null) => (tags ? tags.split(TAG_SEPARATOR) : []);

const hydrate = (r: RawRelease): ReleaseRecord => ({
  ...r,
  bodyJson: r.bodyJson === null ? null : (JSON.parse(r.bodyJson) as unknown),
  tags: splitTags(r.tags),
});

export function getRelease(db: Db, id: number): ReleaseRecord | undefined {
  const row = db.$client.prepare(`${selectSql} WHERE r.id = ?`).get(id) as RawRelease | undefined;
  return row && hydrate(row);
}

/** Replaces a release's tags, creating the names the shared vocabulary does not have yet. */
export function setReleaseTags(db: Db, id: number, names: readonly string[]): void {
  db.$client.prepare('DELETE FROM release_tags WHERE release_id = ?').run(id);
  const insert = db.$client.prepare('INSERT OR IGNORE INTO release_tags (release_id, tag_id) VALUES (?, ?)');
  for (const tagId of ensureTags(db, names)) insert.run(id, tagId);
}

/** Inserts a release and its tags; the caller holds the transaction. */
export function insertRelease(db: Db, values: ReleaseValues, tags: readonly string[], at: string): number {
  const keys = Object.keys(columns) as Column[];
  const { id } = db.$client
    .prepare(
      `INSERT INTO releases (${keys.map((k) => columns[k]).join(', ')}, created_at, updated_at)
       VALUES (${keys.map(() => '?').join(', ')}, ?, ?) RETURNING id`,
    )
    .get(...keys.map((k) => toSql(k, values[k])), at, at) as { id: number };
  setReleaseTags(db, id, tags);
  return id;
}

/** Writes only the given columns (an autosave sends one or two), and the update time. */
export function updateRelease(db: Db, id: number, patch: Partial<ReleaseValues>, at: string): void {
  const keys = (Object.keys(columns) as Column[]).filter((k) => patch[k] !== undefined);
  db.$client
    .prepare(
      `UPDATE releases SET ${[...keys.map((k) => `${columns[k]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`,
    )
    .run(...keys.map((k) => toSql(k, patch[k])), at, id);
}

/** Marks a release changed by a write to its other tables (its contact blocks). */
export function touchRelease(db: Db, id: number, at: string): void {
  db.$client.prepare('UPDATE releases SET updated_at = ? WHERE id = ?').run(at, id);
}

/** The reference of the whole release: every language version carries the same one. */
export function setGroupReference(db: Db, translationGroup: string, reference: string | null, at: string): void {
  db.$client
    .prepare('UPDATE releases SET reference = ?, updated_at = ? WHERE translation_group = ?')
    .run(reference, at, translationGroup);
}

/** True when another release (not a version of this one) already has this reference. */
export function referenceTaken(db: Db, reference: string, translationGroup: string | null): boolean {
  return (
    db.$client
      .prepare('SELECT 1 FROM releases WHERE lower(reference) = lower(?) AND translation_group IS NOT ? LIMIT 1')
      .get(reference, translationGroup) !== undefined
  );
}

export function allReferences(db: Db): string[] {
  return db.$client
    .prepare('SELECT DISTINCT reference FROM releases WHERE reference IS NOT NULL')
    .pluck()
    .all() as string[];
}

export interface VersionRow {
  readonly id: number;
  readonly language: string;
  readonly status: ReleaseStatus;
  readonly title: string;
  readonly translatedFromId: number | null;
  readonly editedAt: string;
}

/** The language versions of one release, oldest first. */
export function groupVersions(db: Db, translationGroup: string): VersionRow[] {
  return db.$client
    .prepare(
      `SELECT id, language, status, title, translated_from_id AS translatedFromId,
              coalesce(edited_at, created_at) AS editedAt
       FROM releases WHERE translation_group = ? ORDER BY created_at, id`,
    )
    .all(translationGroup) as VersionRow[];
}

export interface ReleaseListQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort: 'reference' | 'title' | 'language' | 'status' | 'dateline' | 'embargo' | 'createdAt' | 'updatedAt';
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly statuses?: readonly ReleaseStatus[] | undefined;
  readonly language?: string | undefined;
  readonly tag?: string | undefined;
  readonly organisationId?: number | undefined;
  readonly dateField: 'dateline' | 'embargo' | 'updated';
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly includeArchived: boolean;
}

export interface ReleaseListRow {
  readonly id: number;
  readonly reference: string | null;
  readonly title: string;
  readonly language: string;
  readonly status: ReleaseStatus;
  readonly datelineCity: string | null;
  readonly datelineDate: string | null;
  readonly embargoUntil: string | null;
  readonly embargoTimeZone: string | null;
  readonly tags: string[];
  readonly translationGroup: string;
  readonly groupLanguages: string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly editedAt: string;
}

const STATUS_ORDER = `CASE r.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2
  WHEN 'embargoed' THEN 3 WHEN 'published' THEN 4 ELSE 5 END`;

function releaseWhere(q: ReleaseListQuery) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (q.statuses?.length) add('r.status IN (SELECT value FROM json_each(?))', JSON.stringify(q.statuses));
  else if (!q.includeArchived) add("r.status <> 'archived'");
  const match = toFtsQuery(q.query, null);
  if (match) add('r.id IN (SELECT rowid FROM releases_fts WHERE releases_fts MATCH ?)', match);
  if (q.language !== undefined) add('r.language = ?', q.language);
  if (q.organisationId !== undefined) add('r.organisation_id = ?', q.organisationId);
  if (q.tag !== undefined) {
    add(
      'r.id IN (SELECT rt.release_id FROM release_tags rt JOIN tags t ON t.id = rt.tag_id WHERE lower(t.name) = lower(?))',
      q.tag,
    );
  }
  const dateColumn = {
    dateline: 'r.dateline_date',
    embargo: 'substr(r.embargo_until, 1, 10)',
    updated: 'substr(r.updated_at, 1, 10)',
  }[q.dateField];
  if (q.from !== undefined) add(`${dateColumn} >= ?`, q.from);
  if (q.to !== undefined) add(`${dateColumn} <= ?`, q.to);
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** One page of releases, filtered and sorted in SQL; the words match through the releases_fts index. */
export function listReleases(db: Db, q: ReleaseListQuery): { rows: ReleaseListRow[]; total: number } {
  const where = releaseWhere(q);
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order = {
    reference: `coalesce(r.reference, '') COLLATE NOCASE ${dir}`,
    title: `r.title COLLATE NOCASE ${dir}`,
    language: `r.language ${dir}`,
    status: `${STATUS_ORDER} ${dir}`,
    dateline: `coalesce(r.dateline_date, '') ${dir}`,
    embargo: `coalesce(r.embargo_until, '') ${dir}`,
    createdAt: `r.created_at ${dir}`,
    updatedAt: `r.updated_at ${dir}`,
  }[q.sort];
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.reference, r.title, r.language, r.status, r.dateline_city AS datelineCity,
              r.dateline_date AS datelineDate, r.embargo_until AS embargoUntil, r.embargo_time_zone AS embargoTimeZone,
              r.translation_group AS translationGroup, r.created_at AS createdAt, r.updated_at AS updatedAt,
              coalesce(r.edited_at, r.created_at) AS editedAt,
              (SELECT group_concat(name, char(31)) FROM (
                 SELECT t.name FROM release_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.release_id = r.id ORDER BY t.name
              )) AS tags,
              (SELECT group_concat(language) FROM (
                 SELECT language FROM releases g WHERE g.translation_group = r.translation_group ORDER BY g.created_at, g.id
              )) AS groupLanguages
       FROM releases r
       ${where.sql}
       ORDER BY ${order}, r.id ${dir}
       LIMIT ? OFFSET ?`,
    )
    .all(...where.params, q.limit, q.offset) as (Omit<ReleaseListRow, 'tags' | 'groupLanguages'> & {
    tags: string | null;
    groupLanguages: string;
  })[];
  const total = db.$client
    .prepare(`SELECT count(*) FROM releases r ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  return {
    rows: rows.map((r) => ({ ...r, tags: splitTags(r.tags), groupLanguages: r.groupLanguages.split(',') })),
    total,
  };
}

/** The versions carrying a reference ("PR-2018-014"), case aside: one per language. */
export function findReleasesByReference(db: Db, reference: string): { id: number; language: string }[] {
  return db.$client
    .prepare('SELECT id, language FROM releases WHERE lower(reference) = lower(?) ORDER BY created_at, id')
    .all(reference) as { id: number; language: string }[];
}
