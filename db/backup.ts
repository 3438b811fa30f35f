import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncDir, fsyncFile } from './fsync';
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
 * Copies a live database with SQLite's online backup API into a temporary file, checks the copy with
 * `integrity_check`, and only then renames it into place: a cancelled or failed backup leaves no file behind.
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
    verifyReadOnly(temporary, 'full');
    fsyncFile(temporary);
    fs.renameSync(temporary, destination);
    fsyncDir(path.dirname(destination));
    return { path: destination, size: fs.statSync(destination).size, verified: true };
  } finally {
    for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`]) fs.rmSync(leftover, { force: true });
  }
}

export const defaultBackupPath = (dbPath: string, label = 'pressdesk', date = new Date()) =>
  path.join(path.dirname(dbPath), 'backups', `${label}-${timestampForFile(date)}.db`);
