import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, defaultBackupPath } from '../../../db/backup';
import { openDatabase } from '../../../db/open';
import { defineCommand } from '../command';
import { CliError, EXIT_OK } from '../errors';
import { printJson, progressBar } from '../terminal';

export const backupCommand = defineCommand({
  name: 'backup',
  usage: 'backup [--to FILE]',
  summary: 'Writes a verified copy of the database.',
  description:
    "SQLite's online backup, then an integrity check of the copy; by default into backups/pressdesk-<timestamp>.db\n" +
    'beside the database. Safe while PressDesk is running. Ctrl+C leaves no file behind.',
  options: { to: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(ctx, values) {
    const destination = values.to === undefined ? defaultBackupPath(ctx.dbPath) : path.resolve(values.to);
    if (fs.existsSync(destination)) {
      throw new CliError(`${destination} already exists`, 'Choose another file with --to.');
    }
    const opened = await openDatabase(ctx.dbPath, { readonly: true });
    let result;
    try {
      const bar = progressBar(ctx.terminal, 'Backing up');
      try {
        result = await backupDatabase(opened.db.$client, destination, {
          signal: ctx.signal,
          onProgress: ({ totalPages, remainingPages }) => bar.update(totalPages - remainingPages, totalPages),
        });
      } finally {
        bar.finish();
      }
    } finally {
      opened.close();
    }
    // Ctrl+C during the final check of the copy: the user asked for no backup, so none is left.
    if (ctx.signal.aborted) {
      fs.rmSync(destination, { force: true });
      throw ctx.signal.reason;
    }
    if (ctx.json) printJson(ctx.terminal, result);
    else ctx.terminal.out(`Backed up ${ctx.dbPath}\n     to ${result.path} (${result.size} bytes, verified)\n`);
    return EXIT_OK;
  },
});
