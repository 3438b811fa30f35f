import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One better-sqlite3 `.node` file cannot serve both Node (CLI, tests, browser mode) and Electron (a different ABI).
 * npm's build serves Node; the Electron build lives in `build/native/electron/` and is chosen under Electron.
 */
export function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [
      path.join(dir, 'build', 'native', 'electron', 'better_sqlite3.node'),
      path.join(dir.replace('app.asar', 'app.asar.unpacked'), 'build', 'native', 'electron', 'better_sqlite3.node'),
    ]) {
      if (fs.existsSync(candidate)) return candidate;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}
