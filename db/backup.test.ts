import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase, freshBackupPath } from './backup';
import { APP_SCHEMA_VERSION, findMigrationsFolder } from './migrations-info';
import { openDatabase } from './open';
import { insertOrganisation } from './queries/organisations';
import { restoreDatabase } from './restore';
import { useTempDir } from './testing/temp-dir';

const tempDir = useTempDir('pressdesk-backup-names-');
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const at = new Date('2026-03-02T09:00:00.400Z');

async function filled(file: string, name = 'International Organization for Migration') {
  const opened = await openDatabase(file, { create: true });
  insertOrganisation(opened.db, { name: { en: name }, acronym: {}, kind: 'ngo' });
  return opened;
}

/** A file that stands where a backup would go; it must come out of every test byte for byte as it went in. */
function decoy(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'an earlier backup of the same second');
  return { file, hash: sha256(file) };
}

/** A database left at the schema before this build's, so that opening it backs it up first. */
async function databaseOneVersionBehind(dir: string) {
  const shipped = findMigrationsFolder();
  const older = path.join(dir, 'older-migrations');
  fs.mkdirSync(path.join(older, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(shipped, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const entries = journal.entries.slice(0, -1);
  for (const { tag } of entries) fs.copyFileSync(path.join(shipped, `${tag}.sql`), path.join(older, `${tag}.sql`));
  fs.writeFileSync(path.join(older, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  const file = path.join(dir, 'pressdesk.db');
  const opened = await openDatabase(file, { create: true, migrationsFolder: older });
  insertOrganisation(opened.db, { name: { en: 'IOM' }, acronym: {}, kind: 'ngo' });
  opened.db.$client.pragma(`user_version = ${APP_SCHEMA_VERSION - 1}`);
  opened.close();
  return file;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('backup names', () => {
  it('freshBackupPath names backups of one second -2, -3…', () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const first = freshBackupPath(file, 'pressdesk', at);
    expect(path.basename(first)).toBe('pressdesk-2026-03-02T09-00-00Z.db');
    decoy(first);
    const second = freshBackupPath(file, 'pressdesk', at);
    expect(path.basename(second)).toBe('pressdesk-2026-03-02T09-00-00Z-2.db');
    decoy(second);
    expect(path.basename(freshBackupPath(file, 'pressdesk', at))).toBe('pressdesk-2026-03-02T09-00-00Z-3.db');
  });

  it('backupDatabase refuses a destination that exists, and leaves it and nothing else', async () => {
    const file = path.join(tempDir(), 'pressdesk.db');
    const opened = await filled(file);
    const taken = decoy(freshBackupPath(file, 'pressdesk', at));
    await expect(backupDatabase(opened.db.$client, taken.file)).rejects.toMatchObject({
      kind: 'Conflict',
      message: expect.stringContaining('a backup never replaces a file') as unknown,
    });
    expect(sha256(taken.file)).toBe(taken.hash);
    expect(fs.readdirSync(path.dirname(taken.file))).toEqual([path.basename(taken.file)]);
    opened.close();
  });

  it('the backup before a migration never replaces one taken the same second', async () => {
    const dir = tempDir();
    const file = await databaseOneVersionBehind(dir);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    const taken = decoy(freshBackupPath(file, `pressdesk-pre-v${APP_SCHEMA_VERSION}`));
    const opened = await openDatabase(file);
    expect(opened.preMigrationBackup).toBe(taken.file.replace(/\.db$/, '-2.db'));
    expect(sha256(taken.file)).toBe(taken.hash);
    opened.close();
  });

  it('the backup before a restore never replaces one taken the same second', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pressdesk.db');
    (await filled(file, 'Before the restore')).close();
    const source = path.join(dir, 'source.db');
    (await filled(source, 'The backup')).close();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    const taken = decoy(freshBackupPath(file, 'pressdesk-before-restore'));
    const result = await restoreDatabase(file, source);
    expect(result.previousBackup).toBe(taken.file.replace(/\.db$/, '-2.db'));
    expect(sha256(taken.file)).toBe(taken.hash);
  });
});
