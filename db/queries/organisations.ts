import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organisations } from '../schema';
import { likePattern, localizedSortSql, now, parseJson } from './util';

export type OrganisationValues = Omit<
  typeof organisations.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt'
>;

export interface OrganisationRecord {
  readonly id: number;
  readonly name: Record<string, string>;
  readonly acronym: Record<string, string>;
  readonly kind: (typeof organisations.$inferSelect)['kind'];
  readonly website: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
  readonly officeCount: number;
  readonly contactCount: number;
}

export interface OrganisationListQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort: 'name' | 'kind' | 'updatedAt';
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly includeArchived: boolean;
  readonly lang?: string;
}

const selectSql = `
  SELECT o.id, o.name, o.acronym, o.kind, o.website, o.created_at AS createdAt, o.updated_at AS updatedAt,
         o.archived_at AS archivedAt,
         (SELECT count(*) FROM offices f WHERE f.organisation_id = o.id AND f.archived_at IS NULL) AS officeCount,
         (SELECT count(*) FROM contacts c WHERE c.organisation_id = o.id AND c.archived_at IS NULL) AS contactCount
  FROM organisations o`;

type RawRow = Omit<OrganisationRecord, 'name' | 'acronym'> & { name: string; acronym: string };
const hydrate = (r: RawRow): OrganisationRecord => ({ ...r, name: parseJson(r.name), acronym: parseJson(r.acronym) });

export function getOrganisation(db: Db, id: number): OrganisationRecord | undefined {
  const row = db.$client.prepare(`${selectSql} WHERE o.id = ?`).get(id) as RawRow | undefined;
  return row && hydrate(row);
}

export function listOrganisations(db: Db, q: OrganisationListQuery): { rows: OrganisationRecord[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeArchived) where.push('o.archived_at IS NULL');
  if (q.query.trim() !== '') {
    where.push(`(o.name LIKE ? ESCAPE '\\' OR o.acronym LIKE ? ESCAPE '\\')`);
    const like = likePattern(q.query.trim());
    params.push(like, like);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = { name: localizedSortSql('o.name', q.lang ?? 'en'), kind: 'o.kind', updatedAt: 'o.updated_at' }[q.sort];
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = db.$client
    .prepare(`${selectSql} ${whereSql} ORDER BY ${order} COLLATE NOCASE ${dir}, o.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as RawRow[];
  const { total } = db.$client.prepare(`SELECT count(*) AS total FROM organisations o ${whereSql}`).get(...params) as {
    total: number;
  };
  return { rows: rows.map(hydrate), total };
}

export function insertOrganisation(db: Db, values: OrganisationValues, at = now()): number {
  const [row] = db
    .insert(organisations)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: organisations.id })
    .all();
  return row!.id;
}

export function updateOrganisation(db: Db, id: number, patch: Partial<OrganisationValues>): boolean {
  const result = db
    .update(organisations)
    .set({ ...patch, updatedAt: now() })
    .where(eq(organisations.id, id))
    .run();
  return result.changes > 0;
}

export function setOrganisationArchived(db: Db, id: number, archived: boolean): boolean {
  const at = now();
  const result = db
    .update(organisations)
    .set({ archivedAt: archived ? at : null, updatedAt: at })
    .where(eq(organisations.id, id))
    .run();
  return result.changes > 0;
}
