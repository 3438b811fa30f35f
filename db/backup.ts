import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../electron/ipc/contract/errors';
import { fsyncDir, fsyncFile } from './fsync';
import { checkIntegrityOffThread } from './integrity-off-thread';
import { verifyReadOnly } from './inspect';

export interface BackupProgress {
  readonly totalPages: number;
  readonly remainingPages: number;
}

export interface BackupOptions {
  readonly onProgress?: (progress: BackupProgress) => void;
  readonly signal?: AbortSignal;
}

export interface BackupResult {
  readonly path: string;
  readonly size: number;
  readonly verified: boolean;
}

export const timestampForFile = (date = new Date()) =>
  date
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');

/**
 * Gives the finished copy its final name, refusing a name that is taken: a hard link fails when the name exists, where
 * a rename would silently replace the backup there. On a file system without hard links (FAT, exFAT: USB sticks) the
 * name is checked just before the rename instead.
 */
function placeWithoutReplacing(temporary: string, destination: string) {
  try {
    fs.linkSync(temporary, destination);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw backupExists(destination);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(code)) throw error;
  }
  if (fs.existsSync(destination)) throw backupExists(destination);
  fs.renameSync(temporary, destination);
}

const backupExists = (destination: string) =>
  new AppError('Conflict', `${destination} already exists, and a backup never replaces a file: nothing was written`);

/**
 * Copies a live database with SQLite's online backup API into a temporary file, checks the copy with
 * `integrity_check` (on a worker thread), and only then renames it into place: a cancelled or failed backup leaves
 * no file behind.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  destination: string,
  { onProgress, signal }: BackupOptions = {},
): Promise<BackupResult> {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const temporary = `${destination}.partial-${process.pid}`;
  try {
    await sqlite.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        signal?.throwIfAborted();
        onProgress?.({ totalPages, remainingPages });
        return 256;
      },
    });
    signal?.throwIfAborted();
    // Every page is read again: seconds at 100,000 contacts, which the app's own requests must not wait for.
    await checkIntegrityOffThread(temporary, 'full');
    verifyReadOnly(temporary, 'none');
    fsyncFile(temporary);
    placeWithoutReplacing(temporary, destination);
    fsyncDir(path.dirname(destination));
    return { path: destination, size: fs.statSync(destination).size, verified: true };
  } finally {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`]) fs.rmSync(leftover, { force: true });
  }
}

/**
 * Where a new backup of `dbPath` goes: `backups/` beside it, as `<label>-<UTC second>.db`, or `-2.db`, `-3.db`… when
 * that name is taken (names have one-second resolution, and a restore and the backup before it often share a second).
 * Every backup PressDesk writes is named here; `backupDatabase` still refuses a name taken meanwhile.
 */
export function freshBackupPath(dbPath: string, label = 'pressdesk', now = new Date()): string {
  const first = path.join(path.dirname(dbPath), 'backups', `${label}-${timestampForFile(now)}.db`);
  let candidate = first;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = first.replace(/\.db$/, `-${n}.db`);
  return candidate;
}

/** The former name of `freshBackupPath`, still used by callers outside db/ (electron/main.ts, `pressdesk backup`). */
export const defaultBackupPath = freshBackupPath;
