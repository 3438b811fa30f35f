import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupDatabase, freshBackupPath } from './backup';
import { DatabaseOpenError } from './errors';
import { inspectFile, readSchemaState } from './inspect';
import { acquireWriterLock } from './lock';
import { APP_SCHEMA_VERSION } from './migrations-info';
import { fsyncDir, fsyncFile } from './fsync';
import { connectSqlite } from './connect';
import { openForReading } from './reading';

export interface ForeignKeyProblem {
  readonly table: string;
  readonly rowid: number | null;
  readonly parent: string;
}

export interface DatabaseReport {
  readonly path: string;
  readonly ok: boolean;
  /** `PRAGMA integrity_check`: `['ok']` for a healthy file. */
  readonly integrity: string[];
  readonly foreignKeys: ForeignKeyProblem[];
  readonly schemaVersion: number;
  readonly appSchemaVersion: number;
}

/**
 * The full check of a database file, read-only: refuses (throws `DatabaseOpenError`) a missing, empty, non-SQLite,
 * truncated, unreadable or newer file, and reports integrity and foreign-key problems of a readable one.
 */
export function examineDatabase(file: string): DatabaseReport {
  const state = inspectFile(file);
  if (!state.exists) throw new DatabaseOpenError('missing', file, `${file} does not exist`);
  if (state.empty) throw new DatabaseOpenError('not-sqlite', file, `${file} is empty: it is not a PressDesk database`);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openForReading(file);
    const { schemaVersion } = readSchemaState(sqlite, file);
    const integrity = (sqlite.pragma('integrity_check') as Record<string, string>[]).map(
      (row) => Object.values(row)[0] ?? '',
    );
    const foreignKeys = (sqlite.pragma('foreign_key_check') as ForeignKeyProblem[]).map(({ table, rowid, parent }) => ({
      table,
      rowid,
      parent,
    }));
    const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0;
    return { path: file, ok, integrity, foreignKeys, schemaVersion, appSchemaVersion: APP_SCHEMA_VERSION };
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

/** The one-sentence reason a report is not ok, for messages. */
export function reportProblem(report: DatabaseReport): string | null {
  if (report.integrity.length !== 1 || report.integrity[0] !== 'ok') {
    return `${report.path} is damaged (${report.integrity[0] ?? 'integrity check failed'})`;
  }
  if (report.foreignKeys.length > 0) {
    return `${report.path} has ${report.foreignKeys.length} broken references between tables`;
  }
  return null;
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

export interface RestoreOptions {
  /** Shown to another PressDesk that tries to open the file meanwhile. */
  readonly owner?: string;
  readonly signal?: AbortSignal;
}

export interface RestoreResult {
  readonly restored: string;
  /** Where the file that was replaced went; null when there was none. */
  readonly previousBackup: string | null;
  /** False when the replaced file was too damaged for a verified copy, so its raw bytes were kept instead. */
  readonly previousBackupVerified: boolean;
}

/**
 * Keeps the file about to be replaced. A healthy one gets a verified online backup after its WAL is checkpointed
 * into it; one that cannot be read (the usual reason to restore) is copied byte for byte, WAL included.
 */
async function preserveCurrent(target: string, signal: AbortSignal | undefined) {
  let healthy = false;
  try {
    healthy = examineDatabase(target).ok;
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
  }
  const destination = freshBackupPath(target, 'pressdesk-before-restore');
  if (healthy) {
    const sqlite = connectSqlite(target, { fileMustExist: true });
    try {
      sqlite.pragma('busy_timeout = 5000');
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result && result.busy !== 0) {
        throw new DatabaseOpenError('locked', target, `${target} is being read by another program`);
      }
      const backup = await backupDatabase(sqlite, destination, { signal });
      return { path: backup.path, verified: true };
    } finally {
      sqlite.close();
    }
  }
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const copies: [string, string][] = [[target, destination]];
  if (fs.existsSync(`${target}-wal`)) copies.push([`${target}-wal`, `${destination}-wal`]);
  try {
    for (const [from, to] of copies) {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      fsyncFile(to);
    }
  } catch (error) {
    for (const [, to] of copies) fs.rmSync(to, { force: true });
    throw error;
  }
  return { path: destination, verified: false };
}

/**
 * Replaces the database at `target` with `source`, after checking `source` like `pressdesk check` (a damaged or
 * newer file is refused) and keeping the current file as a backup. Holds the writer lock throughout, so a running
 * PressDesk is never pulled out from under. The new file is copied next to the target, verified, synced and then
 * renamed over it: at every instant the target is either the old file or the new one.
 */
export async function restoreDatabase(
  target: string,
  source: string,
  { owner = 'pressdesk restore', signal }: RestoreOptions = {},
): Promise<RestoreResult> {
  const checked = examineDatabase(source);
  const problem = reportProblem(checked);
  if (problem !== null) throw new DatabaseOpenError('corrupt', source, problem);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  const lock = acquireWriterLock(target, owner);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.restore-${process.pid}`);
  try {
    const hasCurrent = fs.existsSync(target) && fs.statSync(target).size > 0;
    const previous = hasCurrent ? await preserveCurrent(target, signal) : null;
    signal?.throwIfAborted();

    // The SQLite backup API, not a byte copy, so a source with its own -wal arrives whole.
    const from = openForReading(source);
    try {
      await from.backup(temporary, {
        progress: () => {
          signal?.throwIfAborted();
          return 256;
        },
      });
    } finally {
      from.close();
    }
    const copyProblem = reportProblem(examineDatabase(temporary));
    if (copyProblem !== null) throw new DatabaseOpenError('corrupt', source, copyProblem);
    fsyncFile(temporary);
    signal?.throwIfAborted();

    // An old -wal left beside the new file would be replayed into it. A healthy file was checkpointed (its WAL is
    // empty) and a damaged one was copied with its WAL, so what remains of either is safe to drop.
    for (const leftover of sidecars(target)) fs.rmSync(leftover, { force: true });
    fs.renameSync(temporary, target);
    fsyncDir(path.dirname(target));
    return {
      restored: target,
      previousBackup: previous?.path ?? null,
      previousBackupVerified: previous?.verified ?? false,
    };
  } finally {
    for (const leftover of [temporary, ...sidecars(temporary)]) fs.rmSync(leftover, { force: true });
    lock.release();
  }
}
