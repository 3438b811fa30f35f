import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  backUpOnStart,
  backupByName,
  backupsFolder,
  dailyBackup,
  DEFAULT_BACKUPS_KEPT,
  freshBackupPath,
  listBackups,
  readBackupsKept,
  writeBackupsKept,
} from './auto-backup';
import { backupDatabase, defaultBackupPath } from './backup';
import { openDatabase } from './open';
import { insertOrganisation } from './queries/organisations';
import { restoreIntoOpenDatabase } from './restore-live';
import { useTempDir } from './testing/temp-dir';

const tempDir = useTempDir('pressdesk-auto-backup-');

async function filled(file: string) {
  const opened = await openDatabase(file, { create: true });
  insertOrganisation(opened.db, { name: { en: 'International Organization for Migration' }, acronym: {}, kind: 'ngo' });
  return opened;
}

const day = (iso: string) => new Date(iso);

describe('dailyBackup', () => {
  it('writes one verified backup per local day, and nothing for an empty database', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await openDatabase(file, { create: true });
    expect(await dailyBackup(opened.db.$client, file, { now: day('2026-03-02T08:00:00') })).toBeNull();
    insertOrganisation(opened.db, { name: { en: 'IOM' }, acronym: {}, kind: 'ngo' });

    const first = await dailyBackup(opened.db.$client, file, { now: day('2026-03-02T08:00:00') });
    expect(first?.verified).toBe(true);
    expect(path.dirname(first?.path ?? '')).toBe(backupsFolder(file));
    // Later the same day: already done.
    expect(await dailyBackup(opened.db.$client, file, { now: day('2026-03-02T21:00:00') })).toBeNull();
    const next = await dailyBackup(opened.db.$client, file, { now: day('2026-03-03T07:00:00') });
    expect(next).not.toBeNull();
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily', 'daily']);
    const copy = new Database(next?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1);
    copy.close();
    opened.close();
  });

  it('keeps the last N dailies (the setting, default 7) and never removes other backups', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await filled(file);
    const sqlite = opened.db.$client;
    expect(readBackupsKept(sqlite)).toBe(DEFAULT_BACKUPS_KEPT);
    const manual = await backupDatabase(sqlite, defaultBackupPath(file, 'pressdesk', day('2026-01-01T10:00:00Z')));
    for (let d = 1; d <= 9; d++) {
      await dailyBackup(sqlite, file, { now: day(`2026-03-${String(d).padStart(2, '0')}T09:00:00`) });
    }
    const dailies = listBackups(file).filter((b) => b.kind === 'daily');
    expect(dailies).toHaveLength(7);
    // Newest first; the two oldest days went.
    expect(new Date(dailies[0]?.createdAt ?? '').getDate()).toBe(9);
    expect(new Date(dailies.at(-1)?.createdAt ?? '').getDate()).toBe(3);
    expect(fs.existsSync(manual.path)).toBe(true);

    writeBackupsKept(sqlite, 2);
    expect(readBackupsKept(sqlite)).toBe(2);
    await dailyBackup(sqlite, file, { now: day('2026-03-10T09:00:00') });
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily', 'daily', 'manual']);
    opened.close();
  });

  it('lists only finished backups and finds them by plain name only', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await filled(file);
    const done = await backupDatabase(opened.db.$client, defaultBackupPath(file));
    // What a backup killed halfway leaves: its temporary file, never under a final name.
    fs.writeFileSync(`${done.path}.partial-12345`, 'half a copy');
    fs.writeFileSync(path.join(backupsFolder(file), 'notes.txt'), '');
    expect(listBackups(file).map((b) => b.name)).toEqual([path.basename(done.path)]);
    expect(backupByName(file, path.basename(done.path))?.size).toBe(done.size);
    for (const name of ['../pressdesk.db', `${path.basename(done.path)}.partial-12345`, '.hidden.db', 'a/b.db']) {
      expect(backupByName(file, name)).toBeNull();
    }
    opened.close();
  });
});

describe('restoreIntoOpenDatabase', () => {
  it('swaps a backup into the open database, keeping the current one first, without reopening', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await filled(file);
    const sqlite = opened.db.$client;
    const backup = await backupDatabase(sqlite, defaultBackupPath(file));
    insertOrganisation(opened.db, { name: { en: 'Added after the backup' }, acronym: {}, kind: 'ngo' });
    const count = sqlite.prepare('SELECT count(*) FROM organisations').pluck();
    expect(count.get()).toBe(2);

    const { previousBackup } = await restoreIntoOpenDatabase(opened.db, file, backup.path);
    // The same connection and the same prepared statement see the restored file.
    expect(count.get()).toBe(1);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const kept = new Database(previousBackup.path, { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
    kept.close();
    // Writing goes on as before, and search follows.
    insertOrganisation(opened.db, { name: { en: 'After the restore' }, acronym: {}, kind: 'ngo' });
    expect(count.get()).toBe(2);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    opened.close();
    const again = await openDatabase(file);
    expect(again.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
    again.close();
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pressdesk.db');
    const opened = await filled(file);
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, Buffer.alloc(8192, 7));
    await expect(restoreIntoOpenDatabase(opened.db, file, bad)).rejects.toMatchObject({ kind: 'DatabaseCorrupt' });
    expect(opened.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1);
    expect(listBackups(file)).toEqual([]);
    opened.close();
  });
});

describe('freshBackupPath', () => {
  it('never names a second backup of the same second like the first', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await filled(file);
    const at = day('2026-03-02T09:00:00Z');
    const first = await backupDatabase(opened.db.$client, freshBackupPath(file, 'pressdesk', at));
    const second = await backupDatabase(opened.db.$client, freshBackupPath(file, 'pressdesk', at));
    expect(second.path).not.toBe(first.path);
    expect(listBackups(file).map((b) => [b.createdAt, b.kind])).toEqual([
      ['2026-03-02T09:00:00.000Z', 'manual'],
      ['2026-03-02T09:00:00.000Z', 'manual'],
    ]);
    opened.close();
  });
});

describe('backUpOnStart', () => {
  it('waits for three quiet seconds before the daily backup, and gives up when the database closes first', async () => {
    const file = path.join(tempDir(), 'busy.db');
    const opened = await filled(file);
    let quiet = 0;
    const said: string[] = [];
    const reported = new Promise<void>((resolve) =>
      backUpOnStart(
        opened.db.$client,
        file,
        (m) => resolve(void said.push(m)),
        () => quiet,
      ),
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(listBackups(file)).toEqual([]);
    quiet = 3000;
    await reported;
    expect(said[0]).toContain('daily backup written to');
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily']);
    opened.close();

    const other = path.join(tempDir(), 'closed.db');
    const closing = await filled(other);
    backUpOnStart(
      closing.db.$client,
      other,
      (m) => said.push(m),
      () => 0,
    );
    closing.close();
    await new Promise((r) => setTimeout(r, 3500));
    expect(listBackups(other)).toEqual([]);
    expect(said).toHaveLength(1);
  });
});
