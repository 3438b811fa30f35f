import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { connectSqlite } from './connect';

const openReadOnly = (file: string) => connectSqlite(file, { readonly: true, fileMustExist: true });

/**
 * A connection that cannot write, and that leaves no -wal/-shm behind. A read-only connection to a WAL-mode file
 * creates both and cannot remove them; a read-write one with `query_only` removes them on close when it is the last
 * user, as SQLite always does. That is only safe when there is no -wal or -journal to begin with: closing the last
 * connection checkpoints a WAL, and opening rolls back a hot journal, which would both write to the file.
 */
export function openForReading(file: string): Database.Database {
  if (!fs.existsSync(`${file}-wal`) && !fs.existsSync(`${file}-journal`)) {
    let sqlite: Database.Database | undefined;
    try {
      sqlite = connectSqlite(file, { fileMustExist: true });
      sqlite.pragma('query_only = ON');
      return sqlite;
    } catch (error) {
      sqlite?.close();
      const code = (error as { code?: string }).code ?? '';
      // A read-only file or folder: fall back to a read-only connection.
      if (!['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'EACCES'].includes(code)) throw error;
    }
  }
  return openReadOnly(file);
}
