import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { networkFileSystemOf, type FileSystemProbe } from './network-fs';
import { backupDatabase, freshBackupPath } from './backup';
import type { Db } from './client';
import { DatabaseOpenError } from './errors';
import { inspectFile, readSchemaState, verifyReadOnly } from './inspect';
import { acquireWriterLock, type WriterLock } from './lock';
import { APP_SCHEMA_VERSION, findMigrationsFolder } from './migrations-info';
import { connectSqlite } from './connect';
import { isReadOnlyError, openForReading, readOnlyReason } from './reading';
import * as schema from './schema';
import { flushSearchIndex } from './queries/search-index';

export interface OpenOptions {
  /** Create and migrate a missing file; only commands that write pass it. */
  readonly create?: boolean;
  /** No lock, no migrations, no writes: for check, search and export. */
  readonly readonly?: boolean;
  /** Who holds the writer lock, shown to a second process that is refused. */
  readonly owner?: string;
  /** `quick_check` before use (default), or skip it where the caller just checked. */
  readonly check?: 'quick' | 'none';
  readonly migrationsFolder?: string;
  /** How the folder's file system is told apart from a network drive; tests pass a simulated NFS folder. */
  readonly fileSystemProbe?: FileSystemProbe;
}

export interface OpenedDatabase {
  readonly db: Db;
  readonly path: string;
  readonly schemaVersion: number;
  /** The verified copy written before pending migrations were applied, if any. */
  readonly preMigrationBackup: string | null;
  close(): void;
}

function applyPragmas(sqlite: Database.Database, readonly: boolean) {
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  if (readonly) {
    sqlite.pragma('query_only = ON');
    return;
  }
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed import survives power loss, not just a crash of PressDesk.
  sqlite.pragma('synchronous = FULL');
}

/**
 * drizzle's rebuild migrations say `PRAGMA foreign_keys=OFF`, which does nothing inside the migrator's transaction,
 * so ON DELETE CASCADE could silently empty child tables (drizzle-orm issue 5782). Keys go off on the connection
 * around `migrate()`, and any dangling reference afterwards fails the migration.
 */
function runMigrations(sqlite: Database.Database, db: Db, migrationsFolder: string, file: string) {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    const dangling = sqlite.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) {
      throw new DatabaseOpenError(
        'migration-failed',
        file,
        `Migrating ${file} left ${dangling.length} broken references`,
      );
    }
    sqlite.pragma(`user_version = ${APP_SCHEMA_VERSION}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

const readOnlyError = (file: string, reason: string) =>
  new DatabaseOpenError(
    'read-only',
    file,
    `The database ${file} is read-only (${reason}). Copy it to a folder you can write to, or read it without ` +
      'changing it with pressdesk check, search or export',
  );

/**
 * Opens a PressDesk database: refuses, untouched, a file that is not SQLite, truncated, damaged, written by a newer
 * PressDesk or held by another writer; backs it up (verified) before pending migrations; then migrates it.
 * ':memory:' gives a fresh migrated database for tests.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const { readonly = false, create = false, owner = 'PressDesk', check = 'quick' } = options;
  const migrationsFolder = options.migrationsFolder ?? findMigrationsFolder();
  const memory = file === ':memory:';

  let state = memory ? { exists: false, empty: true } : inspectFile(file);
  if (!state.exists && !(create && !readonly) && !memory) {
    throw new DatabaseOpenError('missing', file, `${file} does not exist`);
  }
  if (!readonly && !memory) {
    // SQLite's WAL needs shared memory and locks that network drives do not give: two computers writing corrupt it.
    const network = networkFileSystemOf(file, options.fileSystemProbe);
    if (network !== null) {
      throw new DatabaseOpenError(
        'network-filesystem',
        file,
        `The database ${file} is on a network drive (${network}). PressDesk keeps its file on this computer: copy ` +
          'it to a local folder (or restore a backup there) and open that copy',
      );
    }
    // Before the lock and the check: nothing is made beside a file that cannot be written, and it is not read twice.
    const reason = readOnlyReason(file);
    if (reason !== null) throw readOnlyError(file, reason);
  }
  if (state.exists && !state.empty) verifyReadOnly(file, readonly ? 'none' : check);
  if (state.exists && state.empty && readonly) {
    throw new DatabaseOpenError('not-sqlite', file, `${file} is empty: it is not a PressDesk database yet`);
  }

  let lock: WriterLock | undefined;
  let sqlite: Database.Database | undefined;
  try {
    if (!readonly && !memory) {
      // Contacts are personal data: a new folder and file are readable by their owner only.
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      lock = acquireWriterLock(file, owner);
      // Another process may have written between the first look and the lock.
      state = inspectFile(file);
      if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'wx', 0o600));
    }
    sqlite = readonly ? openForReading(file) : connectSqlite(file);
    applyPragmas(sqlite, readonly);
    const db: Db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
    const { schemaVersion } = readSchemaState(sqlite, file);

    let preMigrationBackup: string | null = null;
    if (!readonly && schemaVersion < APP_SCHEMA_VERSION) {
      if (!memory && !state.empty) {
        const dest = freshBackupPath(file, `pressdesk-pre-v${APP_SCHEMA_VERSION}`);
        preMigrationBackup = (await backupDatabase(sqlite, dest)).path;
      }
      runMigrations(sqlite, db, migrationsFolder, file);
    }
    if (!readonly) flushSearchIndex(db);

    const opened = sqlite;
    return {
      db,
      path: file,
      schemaVersion: readonly ? schemaVersion : APP_SCHEMA_VERSION,
      preMigrationBackup,
      close() {
        if (opened.open) {
          if (!readonly) opened.pragma('wal_checkpoint(TRUNCATE)');
          opened.close();
        }
        lock?.release();
      },
    };
  } catch (error) {
    sqlite?.close();
    lock?.release();
    // The permission check above cannot see everything (a read-only mount, a file made read-only meanwhile, a
    // sandbox): whatever SQLite or the file system refuses while setting up to write is the same problem.
    if (readonly || memory || error instanceof DatabaseOpenError || !isReadOnlyError(error)) throw error;
    throw readOnlyError(file, `${readOnlyReason(file) ?? 'a write was refused'}: ${(error as Error).message}`);
  }
}
