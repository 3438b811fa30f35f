import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { connectSqlite } from './connect';
import { DatabaseOpenError } from './errors';

const openReadOnly = (file: string) => connectSqlite(file, { readonly: true, fileMustExist: true });

const writable = (target: string) => {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** What stops this user writing `file`, or null when nothing does: the file, or the folder its -wal/-shm go in. */
export function readOnlyReason(file: string): string | null {
  const folder = path.dirname(path.resolve(file));
  if (fs.existsSync(file) && !writable(file)) return 'you may not write to the file';
  if (fs.existsSync(folder) && !writable(folder)) return `you may not write to its folder ${folder}`;
  return null;
}

/** SQLite's and the file system's ways of saying "you may not write here". */
export const isReadOnlyError = (error: unknown): boolean => {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_READONLY') ||
      ['SQLITE_CANTOPEN', 'SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'].includes(code))
  );
};

/** Header bytes 18 and 19, the file format's read and write versions: 2 means WAL mode, 1 a rollback journal. */
const isWalMode = (header: Buffer) => header.length >= 20 && (header[18] === 2 || header[19] === 2);

/**
 * A private in-memory copy of a WAL-mode file this user may not write. Any connection to such a file, even a
 * read-only one, makes a -wal and -shm beside it (and cannot remove them: they stay behind), or fails outright in a
 * read-only folder. With no -wal beside it, the file alone holds every committed transaction, so its bytes are the
 * whole database; the copy is marked rollback mode because an in-memory database cannot be in WAL mode.
 */
function openCopyInMemory(file: string): Database.Database {
  const bytes = fs.readFileSync(file);
  if (isWalMode(bytes)) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  // better-sqlite3 opens a Buffer as a serialized database; connectSqlite passes it through.
  return connectSqlite(bytes as unknown as string, { readonly: true });
}

/**
 * A connection that cannot write, and that leaves no -wal/-shm behind. A read-only connection to a WAL-mode file
 * creates both and cannot remove them; a read-write one with `query_only` removes them on close when it is the last
 * user, as SQLite always does. That is only safe when there is no -wal or -journal to begin with: closing the last
 * connection checkpoints a WAL, and opening rolls back a hot journal, which would both write to the file.
 * A file or folder this user may not write is read from an in-memory copy (WAL mode) or a read-only connection
 * (rollback mode, which needs no -shm), so nothing is created beside it.
 */
export function openForReading(file: string): Database.Database {
  try {
    return connectForReading(file);
  } catch (error) {
    if (!isReadOnlyError(error)) throw error;
    throw new DatabaseOpenError(
      'read-only',
      file,
      `${file} cannot be read here: ${readOnlyReason(file) ?? 'the file system refused'} (${(error as Error).message}). ` +
        'Copy it to a folder you can write to, and open the copy',
    );
  }
}

function connectForReading(file: string): Database.Database {
  const hasJournal = fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-journal`);
  if (hasJournal) return probed(openReadOnly(file));
  if (readOnlyReason(file) !== null) {
    const header = Buffer.alloc(20);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 20, 0);
    } finally {
      fs.closeSync(fd);
    }
    return probed(isWalMode(header) ? openCopyInMemory(file) : openReadOnly(file));
  }
  const sqlite = connectSqlite(file, { fileMustExist: true });
  sqlite.pragma('query_only = ON');
  return probed(sqlite);
}

/** SQLite opens the file lazily: the first read is what fails on a file or folder it may not use. */
function probed(sqlite: Database.Database): Database.Database {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
