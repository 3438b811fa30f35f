import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { offices } from '../schema';
import { toFtsQuery } from './fts';
import { localizedSortSql, now, parseJson } from './util';

export type OfficeValues = Omit<typeof offices.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'>;

export interface OfficeRecord {
  readonly id: number;
  readonly organisationId: number;
  readonly organisationName: Record<string, string>;
  readonly parentId: number | null;
  readonly kind: (typeof offices.$inferSelect)['kind'];
  readonly name: Record<string, string>;
  readonly city: Record<string, string>;
  readonly country: string | null;
  readonly regionId: number | null;
  readonly timeZone: string | null;
  readonly phoneRaw: string | null;
  readonly phoneE164: string | null;
  readonly email: string | null;
  readonly address: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt: string | null;
  readonly contactCount: number;
}

export interface OfficeListQuery {
  readonly offset: number;
  readonly limit: number;
  readonly sort: 'name' | 'city' | 'country' | 'organisation' | 'updatedAt';
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly organisationId?: number | undefined;
  readonly country?: string | undefined;
  readonly regionId?: number | undefined;
  readonly includeArchived: boolean;
  readonly lang?: string;
}

const selectSql = `
  SELECT f.id, f.organisation_id AS organisationId, o.name AS organisationName, f.parent_id AS parentId, f.kind,
         f.name, f.city, f.country, f.region_id AS regionId, f.time_zone AS timeZone, f.phone_raw AS phoneRaw,
         f.phone_e164 AS phoneE164, f.email, f.address, f.created_at AS createdAt, f.updated_at AS updatedAt,
         f.archived_at AS archivedAt,
         (SELECT count(*) FROM contacts c WHERE c.office_id = f.id AND c.archived_at IS NULL) AS contactCount
  FROM offices f JOIN organisations o ON o.id = f.organisation_id`;

type RawRow = Omit<OfficeRecord, 'name' | 'city' | 'organisationName'> & {
  name: string;
  city: string;
  organisationName: string;
};
const hydrate = (r: RawRow): OfficeRecord => ({
  ...r,
  name: parseJson(r.name),
  city: parseJson(r.city),
  organisationName: parseJson(r.organisationName),
});

export function getOffice(db: Db, id: number): OfficeRecord | undefined {
  const row = db.$client.prepare(`${selectSql} WHERE f.id = ?`).get(id) as RawRow | undefined;
  return row && hydrate(row);
}

export function listOffices(db: Db, q: OfficeListQuery): { rows: OfficeRecord[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeArchived) where.push('f.archived_at IS NULL');
  const match = toFtsQuery(q.query, null);
  if (match) {
    where.push('f.id IN (SELECT rowid FROM offices_fts WHERE offices_fts MATCH ?)');
    params.push(match);
  }
  if (q.organisationId !== undefined) {
    where.push('f.organisation_id = ?');
    params.push(q.organisationId);
  }
  if (q.country !== undefined) {
    where.push('f.country = ?');
    params.push(q.country);
  }
  if (q.regionId !== undefined) {
    where.push('(f.region_id = ? OR f.country IN (SELECT country FROM region_countries WHERE region_id = ?))');
    params.push(q.regionId, q.regionId);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const lang = q.lang ?? 'en';
  const order = {
    name: localizedSortSql('f.name', lang),
    city: localizedSortSql('f.city', lang),
    country: "coalesce(f.country, '')",
    organisation: localizedSortSql('o.name', lang),
    updatedAt: 'f.updated_at',
  }[q.sort];
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = db.$client
    .prepare(`${selectSql} ${whereSql} ORDER BY ${order} COLLATE NOCASE ${dir}, f.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as RawRow[];
  const { total } = db.$client.prepare(`SELECT count(*) AS total FROM offices f ${whereSql}`).get(...params) as {
    total: number;
  };
  return { rows: rows.map(hydrate), total };
}

export function insertOffice(db: Db, values: OfficeValues, at = now()): number {
  const [row] = db
    .insert(offices)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: offices.id })
    .all();
  return row!.id;
}

export function updateOffice(db: Db, id: number, patch: Partial<OfficeValues>): boolean {
  return (
    db
      .update(offices)
      .set({ ...patch, updatedAt: now() })
      .where(eq(offices.id, id))
      .run().changes > 0
  );
}

export function setOfficeArchived(db: Db, id: number, archived: boolean): boolean {
  const at = now();
  return (
    db
      .update(offices)
      .set({ archivedAt: archived ? at : null, updatedAt: at })
      .where(eq(offices.id, id))
      .run().changes > 0
  );
}

/** The office ids from `id` up to its root, for refusing a parent that would make a cycle. */
export function officeAncestors(db: Db, id: number): number[] {
  const rows = db.$client
    .prepare(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM offices WHERE id = ?
         UNION SELECT f.id, f.parent_id FROM offices f JOIN up ON f.id = up.parent_id) SELECT id FROM up`,
    )
    .all(id) as { id: number }[];
  return rows.map((r) => r.id);
}
