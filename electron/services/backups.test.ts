import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolder } from '../../db/auto-backup';
import { useTempDir } from '../../db/testing/temp-dir';
import { openTestApi } from '../testing/memory-api';

const tempDir = useTempDir('pressdesk-backups-service-');

// A file, not ':memory:': backups copy the database file and restore over it.
async function setUp() {
  const file = path.join(tempDir(), 'pressdesk.db');
  const { opened, ok } = await openTestApi(file);
  return { file, opened, ok };
}

const count = (rows: { rows: unknown[] }) => rows.rows.length;

describe('backups channels', () => {
  it('backs up now, lists it, and restores it into the running app after backing up the current state', async () => {
    const { file, opened, ok } = await setUp();
    await ok('organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' });
    const made = await ok('backups:create', {});
    expect(made).toMatchObject({ kind: 'manual' });
    expect(made.size).toBeGreaterThan(0);
    await ok('organisations:create', { name: { en: 'UNHCR' }, acronym: {}, kind: 'un_agency' });
    expect(count(await ok('organisations:list', {}))).toBe(2);

    const listed = await ok('backups:list', {});
    expect(listed).toMatchObject({ folder: backupsFolder(file), keep: 7 });
    expect(listed.backups.map((b) => b.name)).toEqual([made.name]);

    const restored = await ok('backups:restore', { name: made.name });
    expect(restored.restored).toBe(made.name);
    // The API answers from the restored file at once, no restart.
    expect(count(await ok('organisations:list', {}))).toBe(1);
    const after = await ok('backups:list', {});
    expect(after.backups.find((b) => b.name === restored.previousBackup)?.kind).toBe('before-restore');
    // And the state before the restore can itself be restored.
    await ok('backups:restore', { name: restored.previousBackup });
    expect(count(await ok('organisations:list', {}))).toBe(2);
    opened.close();
  });

  it('refuses a name that is not a listed backup', async () => {
    const { file, opened, ok } = await setUp();
    fs.mkdirSync(backupsFolder(file), { recursive: true });
    await expect(ok('backups:restore', { name: 'missing.db' })).rejects.toMatchObject({ kind: 'NotFound' });
    await expect(ok('backups:restore', { name: '..db' })).rejects.toMatchObject({ kind: 'Validation' });
    await expect(ok('backups:restore', { name: '../pressdesk.db' })).rejects.toMatchObject({ kind: 'Validation' });
    opened.close();
  });

  it('reports progress while backing up, cancels leaving no file, and saves how many dailies to keep', async () => {
    const { opened, ok } = await setUp();
    const insert = opened.db.$client.prepare(
      "INSERT INTO contacts (given_name, family_name, notes, created_at, updated_at) VALUES ('A', 'B', ?, 'now', 'now')",
    );
    opened.db.$client.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run('x'.repeat(2000));
    })();
    const running = ok('backups:create', {});
    // The copy yields between steps of 256 pages: progress is readable, and cancel stops it.
    await new Promise((resolve) => setImmediate(resolve));
    const progress = await ok('backups:progress', {});
    expect(progress.running).toBe(true);
    expect(await ok('backups:cancel', {})).toEqual({ cancelled: true });
    await expect(running).rejects.toMatchObject({ kind: 'Conflict' });
    expect((await ok('backups:list', {})).backups).toEqual([]);
    expect(await ok('backups:progress', {})).toEqual({ running: false, done: 0, total: 0 });

    expect(await ok('backups:update-settings', { keep: 3 })).toEqual({ keep: 3 });
    expect((await ok('backups:list', {})).keep).toBe(3);
    opened.close();
  });
});
