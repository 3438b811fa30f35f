import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION } from '../../db/migrations-info';
import { useTempDir } from '../../db/testing/temp-dir';
import { cleanEnv, expectOneErrorLine, makeDatabase, runCli, sha256, useBuiltCli } from './test-support';

const cli = useBuiltCli();
const newTempDir = useTempDir('pressdesk-check-');

const withRaw = (file: string, act: (sqlite: Database.Database) => void) => {
  const sqlite = new Database(file);
  try {
    act(sqlite);
  } finally {
    sqlite.close();
  }
};

async function healthy(dir: string) {
  return makeDatabase(path.join(dir, 'pressdesk.db'), [
    { givenName: 'Élodie', familyName: 'Gérôme-Nuñez' },
    { givenName: 'سارة', familyName: 'الحسيني' },
  ]);
}

/** Each bad file, made from scratch, with the words its one line must contain. */
const badFiles: Record<string, { make(dir: string): Promise<string>; says: RegExp }> = {
  'a truncated file (cut mid-page)': {
    async make(dir) {
      const file = await healthy(dir);
      fs.truncateSync(file, fs.statSync(file).size - 1000);
      return file;
    },
    says: /is truncated or damaged\. Restore a backup with `pressdesk restore FILE`\.$/,
  },
  'a truncated file (cut at a page boundary)': {
    async make(dir) {
      const file = await healthy(dir);
      fs.truncateSync(file, 4096 * 2);
      return file;
    },
    says: /is truncated or damaged\. Restore a backup with `pressdesk restore FILE`\.$/,
  },
  'random bytes': {
    make(dir) {
      const file = path.join(dir, 'random.db');
      fs.writeFileSync(file, crypto.randomBytes(64 * 1024));
      return Promise.resolve(file);
    },
    says: /is not a PressDesk database \(not an SQLite file\)\. Choose another file with --db/,
  },
  'a text file': {
    make(dir) {
      const file = path.join(dir, 'notes.db');
      fs.writeFileSync(file, 'Contacts to call back:\n- Élodie\n'.repeat(200));
      return Promise.resolve(file);
    },
    says: /is not a PressDesk database/,
  },
  'an empty file': {
    make(dir) {
      const file = path.join(dir, 'empty.db');
      fs.writeFileSync(file, '');
      return Promise.resolve(file);
    },
    says: /is empty: it is not a PressDesk database\./,
  },
  'a database whose user_version is from a newer PressDesk': {
    async make(dir) {
      const file = await healthy(dir);
      withRaw(file, (sqlite) => sqlite.pragma(`user_version = ${APP_SCHEMA_VERSION + 7}`));
      return file;
    },
    says: /was written by a newer PressDesk .*\. Update PressDesk, or open another file with --db\.$/,
  },
  'a database with an unknown newer migration': {
    async make(dir) {
      const file = await healthy(dir);
      withRaw(file, (sqlite) =>
        sqlite
          .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
          .run('future', 4102444800000),
      );
      return file;
    },
    says: /was written by a newer PressDesk .*\. Update PressDesk, or open another file with --db\.$/,
  },
  'a database with a damaged page': {
    async make(dir) {
      const file = await healthy(dir);
      // Scribble over the last page (table or index content; page 1 with the schema stays intact).
      const size = fs.statSync(file).size;
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, size - 4096);
      fs.closeSync(fd);
      return file;
    },
    says: /is damaged.*\. Restore a backup with `pressdesk restore FILE`\.$/,
  },
};

describe('pressdesk check', () => {
  it('passes a healthy database: exit 0, human summary, nothing written', async () => {
    const dir = newTempDir();
    const file = await healthy(dir);
    const before = sha256(file);
    const result = await runCli(cli(), ['check', '--db', file], cleanEnv(newTempDir()));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('integrity     ok');
    expect(result.stdout).toContain('foreign keys  ok');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['pressdesk.db']);
  });

  it('prints {path, ok, integrity, foreignKeys, schemaVersion, appSchemaVersion} with --json', async () => {
    const file = await healthy(newTempDir());
    const result = await runCli(cli(), ['check', '--json', '--db', file], cleanEnv(newTempDir()));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      path: file,
      ok: true,
      integrity: ['ok'],
      foreignKeys: [],
      schemaVersion: APP_SCHEMA_VERSION,
      appSchemaVersion: APP_SCHEMA_VERSION,
    });
  });

  it('fails a database with broken references', async () => {
    const file = await healthy(newTempDir());
    withRaw(file, (sqlite) => {
      sqlite.pragma('foreign_keys = OFF');
      sqlite.prepare('UPDATE contacts SET organisation_id = 424242 WHERE id = 1').run();
    });
    const result = await runCli(cli(), ['check', '--json', '--db', file], cleanEnv(newTempDir()));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      integrity: ['ok'],
      foreignKeys: [{ table: 'contacts', rowid: 1, parent: 'organisations' }],
    });
    expect(expectOneErrorLine(result.stderr)).toContain('has 1 broken references between tables');
  });

  it.each(Object.keys(badFiles))('refuses %s: exit 1, one line, file byte-identical', async (name) => {
    const dir = newTempDir();
    const bad = badFiles[name];
    if (!bad) throw new Error(name);
    const file = await bad.make(dir);
    const before = sha256(file);
    const size = fs.statSync(file).size;
    const listing = fs.readdirSync(dir);

    const result = await runCli(cli(), ['check', '--db', file], cleanEnv(newTempDir()));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const line = expectOneErrorLine(result.stderr);
    expect(line.startsWith(`pressdesk: ${file} `)).toBe(true);
    expect(line).toMatch(bad.says);
    expect(sha256(file)).toBe(before);
    expect(fs.statSync(file).size).toBe(size);
    // Not even a -wal or -shm appears beside it.
    expect(fs.readdirSync(dir)).toEqual(listing);

    const json = await runCli(cli(), ['check', '--json', '--db', file], cleanEnv(newTempDir()));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ path: file, ok: false, appSchemaVersion: APP_SCHEMA_VERSION });
    expect(sha256(file)).toBe(before);
  });

  it('fails on a missing file without creating it', async () => {
    const dir = newTempDir();
    const file = path.join(dir, 'sub', 'missing.db');
    const result = await runCli(cli(), ['check', '--db', file], cleanEnv(newTempDir()));
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toBe(
      `pressdesk: ${file} does not exist. Check the path, or choose another file with --db.`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
