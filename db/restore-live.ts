import type Database from 'better-sqlite3';
import { AppError } from '../electron/ipc/contract/errors';
import { freshBackupPath } from './auto-backup';
import { backupDatabase, type BackupResult } from './backup';
import { APP_SCHEMA_VERSION } from './migrations-info';
import { flushSearchIndex } from './queries/search-index';
import type { Db } from './client';
import { openForReading } from './reading';
import { examineDatabase, reportProblem } from './restore';

export interface LiveRestoreResult {
  /** The verified copy of the database as it was just before the restore. */
  readonly previousBackup: BackupResult;
}

/**
 * Restores `source` into the database the app has open, without closing it: the current file is first backed up
 * (verified), then SQLite's backup API copies `source` into the open file in ONE step, which is one write
 * transaction of the database: every connection, this one included, sees the old file or the restored one, never a
 * mix, and a crash in the middle leaves the old one. Statements the app has prepared are re-prepared by SQLite on the
 * schema change. A backup from another schema version is refused: `pressdesk restore` while PressDesk is closed
 * restores it, and the next start migrates it.
 */
export async function restoreIntoOpenDatabase(db: Db, dbPath: string, source: string): Promise<LiveRestoreResult> {
  const report = examineDatabase(source);
  const problem = reportProblem(report);
  if (problem !== null) throw new AppError('DatabaseCorrupt', `${problem}. Choose another backup`);
  if (report.schemaVersion !== APP_SCHEMA_VERSION) {
    throw new AppError(
      'Conflict',
      `This backup is from an older version of PressDesk (schema ${report.schemaVersion}, this one is ` +
        `${APP_SCHEMA_VERSION}). Close PressDesk and run: pressdesk restore "${source}" — it is upgraded when opened`,
    );
  }
  const live: Database.Database = db.$client;
  const previousBackup = await backupDatabase(live, freshBackupPath(dbPath, 'pressdesk-before-restore'));

  const from = openForReading(source);
  try {
    // The first step (0 pages) only starts the copy; the second copies every page and commits.
    await from.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    from.close();
  }
  live.pragma('wal_checkpoint(TRUNCATE)');
  const [check] = live.pragma('quick_check', { simple: false }) as Record<string, string>[];
  if (check === undefined || Object.values(check)[0] !== 'ok') {
    throw new AppError(
      'DatabaseCorrupt',
      `The restored database does not pass its check. Your data before the restore is in ${previousBackup.path}`,
    );
  }
  flushSearchIndex(db);
  return { previousBackup };
}
