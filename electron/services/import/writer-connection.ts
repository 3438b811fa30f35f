import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../../db/client';
import { connectSqlite } from '../../../db/connect';
import * as schema from '../../../db/schema';

/**
 * A second connection to the app's database file, for one import's write only: its transaction can stay open across
 * pauses without anything else the app does joining it. Same pragmas as the app's own connection.
 */
export function openImportConnection(file: string): { readonly db: Db; close(): void } {
  const sqlite = connectSqlite(file);
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db: Db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
  return {
    db,
    close: () => sqlite.close(),
  };
}
