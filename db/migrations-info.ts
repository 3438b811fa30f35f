import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import journal from './migrations/meta/_journal.json';

/** The schema version this build of PressDesk writes: the number of shipped migrations. */
export const APP_SCHEMA_VERSION = journal.entries.length;

/** drizzle records each applied migration by its journal timestamp; an unknown one means a newer PressDesk wrote the file. */
export const knownMigrationTimes: ReadonlySet<number> = new Set(journal.entries.map((e) => e.when));

/**
 * Finds `db/migrations` from wherever this module runs: the source tree (tests), the bundled CLI in `out/`,
 * or the packaged app.
 */
export function findMigrationsFolder(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'migrations'), path.join(dir, 'db', 'migrations')]) {
      if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`PressDesk's migrations were not found above ${start}`);
}
