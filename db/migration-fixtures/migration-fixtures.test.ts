import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { searchIndexProblems, structuralProblems } from '../crash/state';
import { APP_SCHEMA_VERSION, findMigrationsFolder } from '../migrations-info';
import { openDatabase } from '../open';
import { search } from '../queries/search';
import * as schema from '../schema';
import { useTempDir } from '../testing/temp-dir';

/**
 * Issue 8 §4: a database at every shipped schema version, filled with data by `<tag>.sql` in this folder, is opened
 * by this build (verified backup, then migrations) and must come out with every row of every table it had, every
 * column that still exists holding the same value. A migration that rebuilds a table the way drizzle-kit writes it
 * would let ON DELETE CASCADE empty the child tables (drizzle-orm issue 5782): this is the test that notices.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = findMigrationsFolder();

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}
const journal = JSON.parse(fs.readFileSync(path.join(shipped, 'meta', '_journal.json'), 'utf8')) as Journal;

/** A migrations folder holding the first `count` shipped migrations, and optionally one more of the test's own. */
function migrationsFolder(dir: string, count: number, extra?: { tag: string; sql: string }) {
  const folder = path.join(dir, `migrations-${count}${extra ? '-extra' : ''}`);
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const { tag } of entries) fs.copyFileSync(path.join(shipped, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  if (extra) {
    const last = entries.at(-1);
    entries.push({ idx: entries.length, when: (last?.when ?? 0) + 1000, tag: extra.tag });
    fs.writeFileSync(path.join(folder, `${extra.tag}.sql`), extra.sql);
  }
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

/** The tables that hold data (FTS5 and its shadow tables are derived, and checked by what search finds). */
function dataTables(sqlite: Database.Database): string[] {
  const virtual = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  return (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((t) => t !== '__drizzle_migrations' && !virtual.some((v) => t === v || t.startsWith(`${v}_`)));
}

type Rows = Map<string, Record<string, unknown>[]>;
const snapshot = (sqlite: Database.Database): Rows =>
  new Map(
    dataTables(sqlite).map((t) => [
      t,
      sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[],
    ]),
  );

/** A fresh file at schema `count` (the app of that version stamps user_version with it), filled by its fixture. */
function databaseAt(dir: string, count: number, fixture: string) {
  const file = path.join(dir, `at-${count}.db`);
  const sqlite = new Database(file);
  migrate(drizzle({ client: sqlite, schema, casing: 'snake_case' }), {
    migrationsFolder: migrationsFolder(dir, count),
  });
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec(fs.readFileSync(fixture, 'utf8'));
  sqlite.pragma(`user_version = ${count}`);
  const before = snapshot(sqlite);
  const problems = structuralProblems(sqlite);
  sqlite.close();
  return { file, before, problems };
}

/** Every row that was there is there, every column that still exists holds what it held: the count of values compared. */
function expectEveryRowSurvived(before: Rows, after: Rows) {
  let values = 0;
  for (const [table, rows] of before) {
    const now = after.get(table);
    expect(now, `table ${table} disappeared`).toBeDefined();
    expect(now?.length, `rows of ${table}`).toBe(rows.length);
    rows.forEach((row, i) => {
      const kept = now?.[i] ?? {};
      const common = Object.fromEntries(
        Object.keys(row)
          .filter((c) => c in kept)
          .map((c) => [c, kept[c]]),
      );
      expect(common, `${table} row ${i + 1}`).toEqual(row);
      values += Object.keys(row).length;
    });
  }
  return values;
}

describe('migrating a filled database from every shipped schema version', () => {
  const tempDir = useTempDir('pressdesk-migrate-');

  it('has a fixture for every shipped migration', () => {
    for (const { tag } of journal.entries) {
      expect(
        fs.existsSync(path.join(here, `${tag}.sql`)),
        `migration ${tag} has no fixture: add db/migration-fixtures/${tag}.sql that fills every table of the schema ` +
          'as it is right after that migration (see 0000_init.sql), so that upgrading from it is tested',
      ).toBe(true);
    }
  });

  it.each(journal.entries.map((e) => [e.tag, e.idx + 1] as const))(
    'from %s (schema %i) to the latest, losing nothing',
    async (tag, count) => {
      const dir = tempDir();
      const fixture = path.join(here, `${tag}.sql`);
      expect(fs.existsSync(fixture), `add db/migration-fixtures/${tag}.sql`).toBe(true);
      const { file, before, problems } = databaseAt(dir, count, fixture);
      expect(problems).toEqual([]);
      // A fixture fills every table of its schema, so a table added later without fixture data is noticed.
      for (const [table, rows] of before) expect(rows.length, `${tag}.sql leaves ${table} empty`).toBeGreaterThan(0);

      const opened = await openDatabase(file);
      expect(opened.schemaVersion).toBe(APP_SCHEMA_VERSION);
      if (count < APP_SCHEMA_VERSION) expect(opened.preMigrationBackup).not.toBeNull();
      const sqlite = opened.db.$client;
      expect(structuralProblems(sqlite)).toEqual([]);
      const values = expectEveryRowSurvived(before, snapshot(sqlite));
      expect(values).toBeGreaterThan(1000);
      // Search finds what the fixture wrote, accents folded, whatever version wrote it: rows written before the
      // search index existed (schema 0000) are indexed on the way up.
      expect(searchIndexProblems(sqlite)).toEqual([]);
      const matches = (fts: string, words: string) =>
        sqlite.prepare(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ?`).pluck().get(words);
      expect(matches('contacts_fts', 'amelie')).toBe(40);
      expect(matches('contacts_fts', 'backer 17')).toBe(1);
      expect(matches('offices_fts', 'bruxelles')).toBe(1);
      expect(matches('releases_fts', 'participants')).toBe(2);
      // And the app's own search, as the search box asks it.
      const hits = search(opened.db, { query: 'Dö Backer-17', limit: 5, kind: 'contact' });
      expect(hits.map((h) => h.id)).toEqual([17]);
      opened.close();

      // The copy kept before migrating is the database as it was.
      if (opened.preMigrationBackup !== null) {
        const copy = new Database(opened.preMigrationBackup, { readonly: true });
        expectEveryRowSurvived(before, snapshot(copy));
        expect(copy.pragma('user_version', { simple: true })).toBe(count);
        copy.close();
      }
    },
  );

  it('survives a drizzle-style table rebuild whose DROP TABLE would cascade into the child tables', async () => {
    const dir = tempDir();
    const latest = journal.entries.at(-1)?.tag ?? '';
    const { file, before } = databaseAt(dir, APP_SCHEMA_VERSION, path.join(here, `${latest}.sql`));
    // Lists have children that cascade (members, release links) and one that is set null (activity).
    const table = 'distribution_lists';
    const probe = new Database(file, { readonly: true });
    const create = probe.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
    const columns = (probe.pragma(`table_info(${table})`) as { name: string }[]).map((c) => `\`${c.name}\``).join(', ');
    probe.close();
    // What `drizzle-kit generate` writes for a changed column: new table, copy, drop, rename; its PRAGMA does
    // nothing inside the migrator's transaction.
    const rebuild = [
      'PRAGMA foreign_keys=OFF;',
      `${create.replace(`CREATE TABLE \`${table}\``, `CREATE TABLE \`__new_${table}\``)};`,
      `INSERT INTO \`__new_${table}\`(${columns}) SELECT ${columns} FROM \`${table}\`;`,
      `DROP TABLE \`${table}\`;`,
      `ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`,
      'PRAGMA foreign_keys=ON;',
    ].join('--> statement-breakpoint\n');
    const withRebuild = migrationsFolder(dir, APP_SCHEMA_VERSION, { tag: `9999_rebuild_${table}`, sql: rebuild });
    const members = before.get('distribution_list_members')?.length ?? 0;
    expect(members).toBeGreaterThan(0);

    // Plain drizzle with foreign keys on, as a connection has them: the trap is real, the members are gone.
    const trapped = path.join(dir, 'trapped.db');
    fs.copyFileSync(file, trapped);
    const raw = new Database(trapped);
    raw.pragma('foreign_keys = ON');
    migrate(drizzle({ client: raw, schema, casing: 'snake_case' }), { migrationsFolder: withRebuild });
    expect(raw.prepare('SELECT count(*) FROM distribution_list_members').pluck().get()).toBe(0);
    raw.close();

    // PressDesk's open: every row of every table survives.
    const opened = await openDatabase(file, { migrationsFolder: withRebuild });
    const after = snapshot(opened.db.$client);
    expect(after.get('distribution_list_members')?.length).toBe(members);
    expectEveryRowSurvived(before, after);
    expect(structuralProblems(opened.db.$client)).toEqual([]);
    opened.close();
  });
});
