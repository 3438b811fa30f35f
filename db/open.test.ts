import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors';
import { APP_SCHEMA_VERSION, findMigrationsFolder } from './migrations-info';
import { openDatabase } from './open';
import { insertOrganisation } from './queries/organisations';
import * as schema from './schema';
import { useTempDir } from './testing/temp-dir';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function expectRefused(file: string, problem: DatabaseOpenError['problem'], options = {}) {
  const before = sha(file);
  const error = await openDatabase(file, { create: true, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseOpenError);
  expect((error as DatabaseOpenError).problem).toBe(problem);
  expect(sha(file)).toBe(before);
}

describe('openDatabase', () => {
  const tempDir = useTempDir();

  it('creates, migrates and configures a new file', async () => {
    const file = path.join(tempDir(), 'nested', 'pressdesk.db');
    const opened = await openDatabase(file, { create: true });
    const sqlite = opened.db.$client;
    expect(opened.schemaVersion).toBe(APP_SCHEMA_VERSION);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(APP_SCHEMA_VERSION);
    expect(opened.preMigrationBackup).toBeNull();
    opened.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    // Personal data: only the owner reads the file and its folder.
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it('refuses a missing file unless asked to create it', async () => {
    const file = path.join(tempDir(), 'missing.db');
    await expect(openDatabase(file)).rejects.toMatchObject({ problem: 'missing', kind: 'NotFound' });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses random bytes untouched', async () => {
    const file = path.join(tempDir(), 'random.db');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    await expectRefused(file, 'not-sqlite');
  });

  it('refuses a text file untouched', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'Jo De Backer, +32 2 287 71 15\n'.repeat(200));
    await expectRefused(file, 'not-sqlite');
  });

  it('refuses a truncated database untouched', async () => {
    const file = path.join(tempDir(), 'truncated.db');
    const opened = await openDatabase(file, { create: true });
    opened.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    await expectRefused(file, 'truncated');
  });

  it('refuses a database with damaged pages untouched', async () => {
    const file = path.join(tempDir(), 'damaged.db');
    const opened = await openDatabase(file, { create: true });
    for (let i = 0; i < 200; i++)
      insertOrganisation(opened.db, { name: { en: `Organisation ${i}` }, acronym: {}, kind: 'ngo' });
    opened.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite the middle of every page after the schema: b-tree headers become garbage.
    for (let offset = pageSize * 4; offset + pageSize <= bytes.length; offset += pageSize)
      bytes.fill(0xa5, offset, offset + 64);
    fs.writeFileSync(file, bytes);
    await expectRefused(file, 'corrupt');
  });

  it('refuses a database written by a newer PressDesk (unknown migration) untouched', async () => {
    const file = path.join(tempDir(), 'newer.db');
    (await openDatabase(file, { create: true })).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 4_102_444_800_000);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    await expectRefused(file, 'newer');
  });

  it('refuses a database whose user_version is newer untouched', async () => {
    const file = path.join(tempDir(), 'newer-version.db');
    (await openDatabase(file, { create: true })).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${APP_SCHEMA_VERSION + 1}`);
    raw.close();
    await expectRefused(file, 'newer');
  });

  it('lets one writer in at a time and takes over a lock left by a dead process', async () => {
    const file = path.join(tempDir(), 'locked.db');
    const first = await openDatabase(file, { create: true, owner: 'pressdesk serve' });
    await expect(openDatabase(file, { create: true })).rejects.toMatchObject({ problem: 'locked', kind: 'Locked' });
    await expect(openDatabase(file, { create: true })).rejects.toThrow(/in use by pressdesk serve/);
    // Readers are not writers: check and search still work while the app runs.
    const reader = await openDatabase(file, { readonly: true });
    reader.close();
    first.close();

    fs.writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), owner: 'crashed', since: '' }),
    );
    const second = await openDatabase(file, { create: true });
    second.close();
  });

  it('backs up (verified) before applying pending migrations to an older database', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    // A database at schema 1: only the first migration applied (a copy of the folder that ends there).
    const firstOnly = path.join(dir, 'migrations-v1');
    fs.mkdirSync(path.join(firstOnly, 'meta'), { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    const first = journal.entries[0]!;
    fs.copyFileSync(path.join(findMigrationsFolder(), `${first.tag}.sql`), path.join(firstOnly, `${first.tag}.sql`));
    fs.writeFileSync(path.join(firstOnly, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
    const sqlite = new Database(file);
    const old = drizzle({ client: sqlite, schema, casing: 'snake_case' });
    migrate(old, { migrationsFolder: firstOnly });
    insertOrganisation(old, {
      name: { en: 'International Organization for Migration' },
      acronym: { en: 'IOM' },
      kind: 'un_agency',
    });
    sqlite.pragma('user_version = 1');
    sqlite.close();

    const reopened = await openDatabase(file, { create: true });
    expect(reopened.preMigrationBackup).toMatch(
      new RegExp(`backups[/\\\\]pressdesk-pre-v${APP_SCHEMA_VERSION}-.*\\.db$`),
    );
    expect(reopened.schemaVersion).toBe(APP_SCHEMA_VERSION);
    const count = reopened.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get();
    expect(count).toBe(1);
    reopened.close();

    const backup = new Database(reopened.preMigrationBackup!, { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    backup.close();
  });

  it('opens read-only without writing to the file', async () => {
    const file = path.join(tempDir(), 'ro.db');
    (await openDatabase(file, { create: true })).close();
    const before = sha(file);
    const reader = await openDatabase(file, { readonly: true });
    expect(() => insertOrganisation(reader.db, { name: { en: 'X' }, acronym: {}, kind: 'ngo' })).toThrow();
    reader.close();
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
  });
});
