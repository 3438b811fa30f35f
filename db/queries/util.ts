import type { Statement } from 'better-sqlite3';
import type { Db } from '../client';

export const now = () => new Date().toISOString();

/** Escapes LIKE wildcards so a user's "50%" matches itself. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The value to sort a per-language name by: the chosen language, else English, else any. */
export const localizedSortSql = (column: string, lang: string) =>
  `coalesce(json_extract(${column}, '$.${lang.replace(/[^a-z]/g, '')}'), json_extract(${column}, '$.en'), (SELECT value FROM json_each(${column}) LIMIT 1), '')`;

/** JSON columns hold what PressDesk wrote into them; the type says which shape. */
export const parseJson = <T = Record<string, string>>(text: string): T => JSON.parse(text) as T;

const statementCaches = new WeakMap<Db['$client'], Map<string, Statement>>();

/**
 * A statement prepared once per connection. better-sqlite3 does not cache them, and on the write paths that run
 * per contact (seed, import) preparing cost more than running. `pluck` statements are cached apart, since
 * `.pluck()` changes a statement in place.
 */
export function prepared(db: Db, sql: string, mode: 'rows' | 'pluck' = 'rows'): Statement {
  let cache = statementCaches.get(db.$client);
  if (!cache) {
    cache = new Map();
    statementCaches.set(db.$client, cache);
  }
  const key = `${mode}\u0000${sql}`;
  let statement = cache.get(key);
  if (!statement) {
    statement = db.$client.prepare(sql);
    if (mode === 'pluck') statement.pluck();
    cache.set(key, statement);
  }
  return statement;
}

/**
 * A connection that cannot write: opened read-only, or with `query_only` (how `openDatabase` reads a WAL file it may
 * not lock). It cannot create TEMP triggers either.
 */
export const isReadOnly = (db: Db): boolean =>
  db.$client.readonly || db.$client.pragma('query_only', { simple: true }) === 1;

/** `PRAGMA data_version`: changes when another connection commits to the file, for caches kept per connection. */
export const dataVersion = (db: Db): number => db.$client.pragma('data_version', { simple: true }) as number;

/**
 * Rows this connection has inserted, updated or deleted since it opened (triggers' writes included): when it has
 * not moved, nothing this connection wrote can have changed what a cached read saw.
 */
export const totalChanges = (db: Db): number => prepared(db, 'SELECT total_changes()', 'pluck').get() as number;
