#!/usr/bin/env node
// The `pressdesk` command: runs the CLI bundled by `npm run build` (done by `npm install`'s prepare step).
import { existsSync } from 'node:fs';

const cli = new URL('../out/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('pressdesk: the command line is not built yet. Run `npm run build` in the PressDesk folder.\n');
  process.exit(1);
}
await import(cli.href);
