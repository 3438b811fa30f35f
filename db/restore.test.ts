import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors';
import { openDatabase } from './open';
import { examineDatabase, restoreDatabase } from './restore';
import { useTempDir } from './testing/temp-dir';

const newTempDir = useTempDir('pressdesk-restore-');

async function databaseWith(file: string, names: readonly string[]) {
  const opened = await openDatabase(file, { create: true });
  const insert = opened.db.$client.prepare(
    "INSERT INTO contacts (given_name, family_name, created_at, updated_at) VALUES (?, '', 'now', 'now')",
  );
  for (const name of names) insert.run(name);
  opened.close();
  return file;
}

const names = (file: string) => {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('query_only = ON');
  try {
    return sqlite.prepare('SELECT given_name FROM contacts ORDER BY id').pluck().all();
  } finally {
    sqlite.close();
  }
};

describe('examineDatabase', () => {
  it('reports a healthy file', async () => {
    const file = await databaseWith(path.join(newTempDir(), 'a.db'), ['Amina']);
    expect(examineDatabase(file)).toMatchObject({ ok: true, integrity: ['ok'], foreignKeys: [] });
  });

  it('throws a typed error for files it cannot examine', () => {
    const dir = newTempDir();
    expect(() => examineDatabase(path.join(dir, 'none.db'))).toThrow(DatabaseOpenError);
    fs.writeFileSync(path.join(dir, 'empty.db'), '');
    expect(() => examineDatabase(path.join(dir, 'empty.db'))).toThrow(/is empty/);
  });
});

describe('restoreDatabase', () => {
  it('never replays the old file’s WAL into the restored one', async () => {
    const dir = newTempDir();
    const source = await databaseWith(path.join(dir, 'backup.db'), ['From backup']);
    const target = await databaseWith(path.join(dir, 'pressdesk.db'), ['Old']);

    // A crash leaves committed rows in the -wal only: copy the files while a writer still has them open.
    const crashed = path.join(dir, 'crashed.db');
    const writer = new Database(target);
    writer.pragma('wal_autocheckpoint = 0');
    writer
      .prepare(
        "INSERT INTO contacts (given_name, family_name, created_at, updated_at) VALUES ('Only in WAL', '', 'now', 'now')",
      )
      .run();
    fs.copyFileSync(target, crashed);
    fs.copyFileSync(`${target}-wal`, `${crashed}-wal`);
    writer.close();
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);

    const result = await restoreDatabase(crashed, source);
    expect(fs.existsSync(`${crashed}-wal`)).toBe(false);
    expect(names(crashed)).toEqual(['From backup']);
    // The replaced file was kept whole, including what was only in its WAL.
    expect(result.previousBackupVerified).toBe(true);
    expect(names(result.previousBackup ?? '')).toEqual(['Old', 'Only in WAL']);
    expect(fs.existsSync(`${crashed}.lock`)).toBe(false);
  });

  it('restores into a place where there was no database', async () => {
    const dir = newTempDir();
    const source = await databaseWith(path.join(dir, 'backup.db'), ['Amina']);
    const target = path.join(dir, 'new', 'pressdesk.db');
    const result = await restoreDatabase(target, source);
    expect(result).toEqual({ restored: target, previousBackup: null, previousBackupVerified: false });
    expect(names(target)).toEqual(['Amina']);
  });

  it('is refused while another PressDesk holds the database, and changes nothing', async () => {
    const dir = newTempDir();
    const source = await databaseWith(path.join(dir, 'backup.db'), ['Amina']);
    const target = path.join(dir, 'pressdesk.db');
    const running = await openDatabase(target, { create: true, owner: 'PressDesk' });
    try {
      await expect(restoreDatabase(target, source)).rejects.toMatchObject({ problem: 'locked' });
    } finally {
      running.close();
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['backup.db', 'pressdesk.db']);
    expect(names(target)).toEqual([]);
  });

  it('stops when aborted, leaving the target as it was and no temporary file', async () => {
    const dir = newTempDir();
    const source = await databaseWith(path.join(dir, 'backup.db'), ['Amina']);
    const target = await databaseWith(path.join(dir, 'pressdesk.db'), ['Old']);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(restoreDatabase(target, source, { signal: controller.signal })).rejects.toThrow('stop');
    expect(names(target)).toEqual(['Old']);
    expect(fs.readdirSync(dir).filter((f) => f.includes('restore') || f.endsWith('.lock'))).toEqual([]);
  });
});
