import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The database handle every query function takes first; main opens it and passes it in (no globals). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
