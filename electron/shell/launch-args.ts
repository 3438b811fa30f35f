/**
 * `--db PATH` or `--db=PATH` from the command line Electron was started with (`npm start -- --db x.db`, or a
 * desktop shortcut). Chromium's own switches and the app path around it are ignored.
 */
export function dbFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--db') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith('--db=')) {
      found = arg.slice('--db='.length);
    }
  }
  return found === '' ? undefined : found;
}
