import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** The FTS5 tables and the real tables each one indexes (by rowid = id). */
const searchIndexes = [
  { fts: 'contacts_fts', source: 'contacts', dirty: 'contacts_fts_dirty' },
  { fts: 'offices_fts', source: 'offices', dirty: null },
  { fts: 'releases_fts', source: 'releases', dirty: null },
] as const;

const userTables = (sqlite: Database.Database): string[] => {
  const virtual = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  const all = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  // FTS5 shadow tables (`<fts>_data`, `_idx`, …) hold the index's own layout; it is checked for what it finds instead.
  return all.filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
};

export interface StateDigest {
  /** sha256 over every row of every table, in rowid order. */
  readonly hash: string;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * What the database holds, as one hash: two files with the same digest hold the same rows, byte for byte. Used to
 * prove that a killed write left exactly the state before or after a transaction.
 */
export function stateDigest(sqlite: Database.Database): StateDigest {
  const hash = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of userTables(sqlite)) {
    hash.update(`\u0000table ${table}\u0000`);
    let n = 0;
    const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? `blob:${value.toString('hex')}` : value,
        ),
      );
      hash.update('\n');
      n++;
    }
    counts[table] = n;
  }
  return { hash: hash.digest('hex'), counts };
}

/**
 * Every way the search index can disagree with the tables: FTS5's own integrity check, an indexed row with no record
 * (or a record with no index row), and contacts left waiting to be re-indexed. Empty when search is right.
 */
export function searchIndexProblems(sqlite: Database.Database): string[] {
  const problems: string[] = [];
  for (const { fts, source, dirty } of searchIndexes) {
    try {
      sqlite.prepare(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 0)`).run();
    } catch (error) {
      problems.push(`${fts}: ${(error as Error).message}`);
    }
    const missing = sqlite
      .prepare(`SELECT count(*) FROM ${source} WHERE id NOT IN (SELECT rowid FROM ${fts})`)
      .pluck()
      .get() as number;
    const orphans = sqlite
      .prepare(`SELECT count(*) FROM ${fts} WHERE rowid NOT IN (SELECT id FROM ${source})`)
      .pluck()
      .get() as number;
    if (missing > 0) problems.push(`${missing} ${source} are missing from ${fts}`);
    if (orphans > 0) problems.push(`${orphans} rows of ${fts} index no ${source}`);
    if (dirty !== null) {
      const waiting = sqlite.prepare(`SELECT count(*) FROM ${dirty}`).pluck().get() as number;
      if (waiting > 0) problems.push(`${waiting} ${source} wait in ${dirty} to be re-indexed`);
    }
  }
  return problems;
}

/** `integrity_check` and `foreign_key_check` in one: `[]` for a healthy file. */
export function structuralProblems(sqlite: Database.Database): string[] {
  const integrity = (sqlite.pragma('integrity_check') as Record<string, string>[]).map((r) => Object.values(r)[0]);
  const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity.map((i) => `integrity: ${i}`);
  const dangling = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
  for (const { table, parent } of dangling) problems.push(`foreign key: ${table} → ${parent}`);
  return problems;
}
