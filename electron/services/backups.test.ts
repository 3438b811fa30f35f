import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolder } from '../../db/auto-backup';
import { APP_SCHEMA_VERSION } from '../../db/migrations-info';
import { openDatabase } from '../../db/open';
import { useTempDir } from '../../db/testing/temp-dir';
import { createApi } from '../ipc/registry';

const tempDir = useTempDir('pressdesk-backups-service-');

async function setUp() {
  const file = path.join(tempDir(), 'pressdesk.db');
  const opened = await openDatabase(file, { create: true });
  const api = createApi(
    { db: opened.db, dbPath: file, schemaVersion: APP_SCHEMA_VERSION, version: 'test', shell: 'browser' },
    { validateOutput: true },
  );
  const call = async <T>(channel: string, input: unknown = {}) => {
    const result = await api.call(channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { kind: result.error.kind });
    return result.value as T;
  };
  return { file, opened, call };
}

const count = (rows: { rows: unknown[] }) => rows.rows.length;

describe('backups channels', () => {
  it('backs up now, lists it, and restores it into the running app after backing up the current state', async () => {
    const { file, opened, call } = await setUp();
    await call('organisations:create', { name: { en: 'IOM' }, acronym: {}, kind: 'un_agency' });
    const made = await call<{ name: string; size: number; kind: string }>('backups:create');
    expect(made).toMatchObject({ kind: 'manual' });
    expect(made.size).toBeGreaterThan(0);
    await call('organisations:create', { name: { en: 'UNHCR' }, acronym: {}, kind: 'un_agency' });
    expect(count(await call('organisations:list', {}))).toBe(2);

    const listed = await call<{ folder: string; keep: number; backups: { name: string }[] }>('backups:list');
    expect(listed).toMatchObject({ folder: backupsFolder(file), keep: 7 });
    expect(listed.backups.map((b) => b.name)).toEqual([made.name]);

    const restored = await call<{ restored: string; previousBackup: string }>('backups:restore', { name: made.name });
    expect(restored.restored).toBe(made.name);
    // The API answers from the restored file at once, no restart.
    expect(count(await call('organisations:list', {}))).toBe(1);
    const after = await call<{ backups: { name: string; kind: string }[] }>('backups:list');
    expect(after.backups.find((b) => b.name === restored.previousBackup)?.kind).toBe('before-restore');
    // And the state before the restore can itself be restored.
    await call('backups:restore', { name: restored.previousBackup });
    expect(count(await call('organisations:list', {}))).toBe(2);
    opened.close();
  });

  it('refuses a name that is not a listed backup', async () => {
    const { file, opened, call } = await setUp();
    fs.mkdirSync(backupsFolder(file), { recursive: true });
    await expect(call('backups:restore', { name: 'missing.db' })).rejects.toMatchObject({ kind: 'NotFound' });
    await expect(call('backups:restore', { name: '..db' })).rejects.toMatchObject({ kind: 'Validation' });
    await expect(call('backups:restore', { name: '../pressdesk.db' })).rejects.toMatchObject({ kind: 'Validation' });
    opened.close();
  });

  it('reports progress while backing up, cancels leaving no file, and saves how many dailies to keep', async () => {
    const { opened, call } = await setUp();
    const insert = opened.db.$client.prepare(
      "INSERT INTO contacts (given_name, family_name, notes, created_at, updated_at) VALUES ('A', 'B', ?, 'now', 'now')",
    );
    opened.db.$client.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run('x'.repeat(2000));
    })();
    const running = call('backups:create');
    // The copy yields between steps of 256 pages: progress is readable, and cancel stops it.
    await new Promise((resolve) => setImmediate(resolve));
    const progress = await call<{ running: boolean; total: number }>('backups:progress');
    expect(progress.running).toBe(true);
    expect(await call('backups:cancel')).toEqual({ cancelled: true });
    await expect(running).rejects.toMatchObject({ kind: 'Conflict' });
    expect((await call<{ backups: unknown[] }>('backups:list')).backups).toEqual([]);
    expect(await call('backups:progress')).toEqual({ running: false, done: 0, total: 0 });

    expect(await call('backups:update-settings', { keep: 3 })).toEqual({ keep: 3 });
    expect((await call<{ keep: number }>('backups:list')).keep).toBe(3);
    opened.close();
  });
});
