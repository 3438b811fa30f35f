import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';
import { APP_SCHEMA_VERSION, knownMigrationTimes } from './migrations-info';
import { openForReading } from './reading';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface FileState {
  readonly exists: boolean;
  /** True for a missing or zero-byte file: there is nothing in it to lose. */
  readonly empty: boolean;
}

/** Reads the 100-byte header: refuses a non-SQLite file and a file shorter than its own header says. */
export function inspectFile(file: string): FileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { exists: false, empty: true };
  }
  if (!stat.isFile()) throw new DatabaseOpenError('not-sqlite', file, `${file} is not a file`);
  if (stat.size === 0) return { exists: true, empty: true };

  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new DatabaseOpenError('not-sqlite', file, `${file} is not a PressDesk database (not an SQLite file)`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The in-header page count is only trustworthy when its "version-valid-for" matches the change counter.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24) && pageCount > 0;
  if (pageSize < 512 || stat.size % pageSize !== 0 || (countValid && stat.size < pageCount * pageSize)) {
    throw new DatabaseOpenError('truncated', file, `${file} is truncated or damaged`);
  }
  return { exists: true, empty: false };
}

export interface SchemaState {
  readonly schemaVersion: number;
  readonly appliedMigrations: number;
}

/** Reads the schema version from an open connection and refuses a database written by a newer PressDesk. */
export function readSchemaState(sqlite: Database.Database, file: string): SchemaState {
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const hasJournal =
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get() !==
    undefined;
  const applied = hasJournal
    ? (sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[])
    : [];
  const unknown = applied.filter((m) => !knownMigrationTimes.has(Number(m.at)));
  if (userVersion > APP_SCHEMA_VERSION || unknown.length > 0) {
    throw new DatabaseOpenError(
      'newer',
      file,
      `${file} was written by a newer PressDesk (schema ${Math.max(userVersion, applied.length)}, this app knows ${APP_SCHEMA_VERSION})`,
    );
  }
  return { schemaVersion: applied.length, appliedMigrations: applied.length };
}

/** Opens the file without writing, checks integrity and version, and closes it. */
export function verifyReadOnly(file: string, check: 'quick' | 'full' | 'none'): SchemaState & { integrity: string[] } {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openForReading(file);
    const integrity =
      check === 'none'
        ? ['ok']
        : (sqlite.pragma(check === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, string>[]).map(
            (r) => Object.values(r)[0] ?? '',
          );
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new DatabaseOpenError('corrupt', file, `${file} is damaged (${integrity[0] ?? 'integrity check failed'})`);
    }
    return { ...readSchemaState(sqlite, file), integrity };
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB')
      throw new DatabaseOpenError('not-sqlite', file, `${file} is not a PressDesk database`);
    if (code.startsWith('SQLITE_CORRUPT')) throw new DatabaseOpenError('corrupt', file, `${file} is damaged`);
    throw error;
  } finally {
    sqlite?.close();
  }
}
