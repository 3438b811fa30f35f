import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from '../../../db/errors';
import { examineDatabase, reportProblem, restoreDatabase } from '../../../db/restore';
import { waitForWriter } from '../../../db/wait-for-writer';
import { defineCommand } from '../command';
import { CliError, EXIT_OK, EXIT_USAGE } from '../errors';
import { printJson } from '../terminal';

const sameFile = (a: string, b: string) => {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
};

/** A bad FILE is not the database's problem: say so, and that nothing was touched. */
function refuseSource(error: DatabaseOpenError): never {
  const todo: Partial<Record<DatabaseOpenError['problem'], string>> = {
    missing: 'Check the path of the backup. Nothing was changed.',
    newer: 'Update PressDesk to restore it. Nothing was changed.',
  };
  throw new CliError(error.message, todo[error.problem] ?? 'Choose another backup to restore. Nothing was changed.');
}

export const restoreCommand = defineCommand({
  name: 'restore',
  usage: 'restore FILE [--yes] [--wait]',
  summary: 'Replaces the database with a backup, FILE.',
  description:
    'Checks FILE first (a damaged or newer file is refused), backs the current database up, then swaps FILE in\n' +
    'atomically. Asks for confirmation unless --yes is given; without a terminal, --yes is required.\n' +
    'Refused while PressDesk has the database open, unless --wait: then it waits until PressDesk closes it.',
  options: { yes: { type: 'boolean', short: 'y' }, wait: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx, values, [file = '']) {
    const source = path.resolve(file);
    if (sameFile(source, ctx.dbPath)) {
      throw new CliError(`${source} is the database itself`, 'Choose a backup file to restore.', EXIT_USAGE);
    }
    if (!values.yes && !ctx.terminal.interactive) {
      throw new CliError(
        `restore replaces ${ctx.dbPath} and needs a confirmation`,
        'Pass --yes to confirm.',
        EXIT_USAGE,
      );
    }
    try {
      const problem = reportProblem(examineDatabase(source));
      if (problem !== null) throw new DatabaseOpenError('corrupt', source, problem);
    } catch (error) {
      if (error instanceof DatabaseOpenError) refuseSource(error);
      throw error;
    }
    if (!values.yes) {
      const question = `Replace ${ctx.dbPath}\n   with ${source}?\nThe current database is backed up first. [y/N] `;
      if (!(await ctx.terminal.confirm(question, ctx.signal))) {
        throw new CliError('restore cancelled', 'Nothing was changed.');
      }
    }
    if (values.wait) {
      await waitForWriter(ctx.dbPath, {
        signal: ctx.signal,
        onWaiting: (holder) => ctx.terminal.err(`pressdesk: ${holder}; waiting until it closes the database…\n`),
      });
    }
    const result = await restoreDatabase(ctx.dbPath, source, { owner: 'pressdesk restore', signal: ctx.signal });
    if (result.previousBackup !== null && !result.previousBackupVerified) {
      ctx.terminal.err(
        `pressdesk: the replaced database could not be read, so its bytes were kept as they were in ${result.previousBackup}.\n`,
      );
    }
    if (ctx.json) {
      printJson(ctx.terminal, { restored: result.restored, previousBackup: result.previousBackup });
    } else {
      ctx.terminal.out(
        `Restored ${result.restored}\n    from ${source}\n` +
          (result.previousBackup === null ? '' : `The previous database is in ${result.previousBackup}\n`),
      );
    }
    return EXIT_OK;
  },
});
