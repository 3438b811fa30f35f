import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupDatabase, defaultBackupPath, type BackupOptions, type BackupResult } from './backup';

/** How many daily backups are kept when the user has not said. */
export const DEFAULT_BACKUPS_KEPT = 7;
export const BACKUPS_KEPT_SETTING = 'backups.keep';

export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'before-restore';

export interface BackupEntry {
  /** The file name inside the backups folder: what the API and the UI pass around (never a path). */
  readonly name: string;
  readonly path: string;
  readonly size: number;
  /** ISO instant the backup was taken, from its name (its mtime for a file named otherwise). */
  readonly createdAt: string;
  readonly kind: BackupKind;
}

/** Where every backup of `dbPath` goes: `backups/` beside the database, as `defaultBackupPath` writes. */
export const backupsFolder = (dbPath: string) => path.join(path.dirname(dbPath), 'backups');

const kinds: readonly [RegExp, BackupKind][] = [
  [/^pressdesk-daily-/, 'daily'],
  [/^pressdesk-pre-v\d+-/, 'pre-migration'],
  [/^pressdesk-before-restore-/, 'before-restore'],
];

/** `pressdesk-…-2026-11-28T10-52-29Z[-2].db` → the instant in its name (timestampForFile, reversed). */
const stampOf = (name: string): Date | null => {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d+)?\.db$/.exec(name);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * The backups of `dbPath`, newest first. Only finished ones: a backup is written under a `.partial-<pid>` name and
 * renamed when verified, so a copy interrupted by a crash is never listed (and never offered for a restore).
 */
export function listBackups(dbPath: string): BackupEntry[] {
  const folder = backupsFolder(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (!name.endsWith('.db')) continue;
    const file = path.join(folder, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    entries.push({
      name,
      path: file,
      size: stat.size,
      createdAt: (stampOf(name) ?? stat.mtime).toISOString(),
      kind: kinds.find(([pattern]) => pattern.test(name))?.[1] ?? 'manual',
    });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * `defaultBackupPath`, made unique: names have one-second resolution, and renaming a second backup of the same
 * second over the first would silently replace it (a restore and the backup before it often fall in one second).
 */
export function freshBackupPath(dbPath: string, label: string, now = new Date()): string {
  const first = defaultBackupPath(dbPath, label, now);
  let candidate = first;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = first.replace(/\.db$/, `-${n}.db`);
  return candidate;
}

/** `name` as a file of the backups folder, or null for anything that is not a plain backup name there. */
export function backupByName(dbPath: string, name: string): BackupEntry | null {
  if (!/^[\w.-]+\.db$/.test(name) || name.startsWith('.')) return null;
  return listBackups(dbPath).find((b) => b.name === name) ?? null;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Removes the oldest daily backups beyond `keep`; other kinds (taken by hand, before a migration) are the user's. */
export function pruneDailyBackups(dbPath: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listBackups(dbPath)
    .filter((b) => b.kind === 'daily')
    .slice(Math.max(1, keep))) {
    fs.rmSync(old.path, { force: true });
    removed.push(old.name);
  }
  return removed;
}

/** The number of daily backups to keep, from the settings table (1 to 365), else the default. */
export function readBackupsKept(sqlite: Database.Database): number {
  const raw = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(BACKUPS_KEPT_SETTING) as
    string | undefined;
  const value = raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365
    ? value
    : DEFAULT_BACKUPS_KEPT;
}

export function writeBackupsKept(sqlite: Database.Database, keep: number): void {
  sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(BACKUPS_KEPT_SETTING, JSON.stringify(keep));
}

const holdsData = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      'SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM organisations) OR ' +
        'EXISTS (SELECT 1 FROM releases) OR EXISTS (SELECT 1 FROM distribution_lists)',
    )
    .pluck()
    .get() === 1;

export interface DailyBackupOptions extends BackupOptions {
  readonly now?: Date;
}

/**
 * The automatic backup on the first start of the day (local time): a verified copy named `pressdesk-daily-…`, then
 * the dailies beyond the kept number are removed. Nothing is done when today's exists, or when the database holds
 * nothing yet (a fresh file has nothing to lose). Returns the backup written, or null.
 */
export async function dailyBackup(
  sqlite: Database.Database,
  dbPath: string,
  { now = new Date(), ...options }: DailyBackupOptions = {},
): Promise<(BackupResult & { readonly removed: string[] }) | null> {
  const today = localDay(now);
  const taken = listBackups(dbPath).some((b) => b.kind === 'daily' && localDay(new Date(b.createdAt)) === today);
  if (taken || !holdsData(sqlite)) return null;
  const result = await backupDatabase(sqlite, freshBackupPath(dbPath, 'pressdesk-daily', now), options);
  return { ...result, removed: pruneDailyBackups(dbPath, readBackupsKept(sqlite)) };
}

/**
 * The daily backup waits for this long without a request: copying and checking 200 MB takes seconds of both cores,
 * which the first searches of the day should not have to share.
 */
const QUIET_BEFORE_BACKUP_MS = 3000;

/**
 * What `pressdesk serve` and the Electron main process call once the database is open: the daily backup, in the
 * background once the app is quiet (`quietFor`: how long since a request), with its outcome (or why it failed) told
 * to `report`. Never throws: a failed backup must not stop the app, and it will be tried again on the next start.
 */
export function backUpOnStart(
  sqlite: Database.Database,
  dbPath: string,
  report: (message: string) => void,
  quietFor: () => number = () => Infinity,
): void {
  const backUp = () =>
    dailyBackup(sqlite, dbPath).then(
      (done) => {
        if (done !== null) report(`daily backup written to ${done.path} (${done.size} bytes, verified)`);
      },
      (error: unknown) =>
        report(
          `the daily backup failed (${error instanceof Error ? error.message : String(error)}); it will be tried again at the next start`,
        ),
    );
  const whenQuiet = () => {
    // Closed before it was quiet (another file opened, the app quit): the next start tries again.
    if (!sqlite.open) return;
    const quiet = quietFor();
    if (quiet >= QUIET_BEFORE_BACKUP_MS) void backUp();
    else setTimeout(whenQuiet, QUIET_BEFORE_BACKUP_MS - quiet).unref();
  };
  whenQuiet();
}
