import { once } from 'node:events';
import { backUpOnStart } from '../../../db/auto-backup';
import { openDatabase } from '../../../db/open';
import { withActivityClock } from '../../ipc/activity';
import { createApi } from '../../ipc/registry';
import { rankFirstKeysAhead } from '../../services/contact-order-cache';
import { startServer } from '../../server/server';
import { defineCommand } from '../command';
import { CliError, EXIT_OK, UsageError } from '../errors';
import { openBrowser } from '../open-browser';
import { packageInfo, rendererDir } from '../package-info';

function parsePort(raw: string | undefined) {
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${raw}"`, 'serve');
  }
  return port;
}

function listenError(error: unknown, port: number): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    throw new CliError(`port ${port} is already in use`, 'Choose another with --port, or --port 0 for a free one.');
  }
  if (code === 'EACCES') {
    throw new CliError(`port ${port} needs special privileges`, 'Choose a port above 1023, or --port 0.');
  }
  throw error;
}

export const serveCommand = defineCommand({
  name: 'serve',
  usage: 'serve [--port N] [--no-open]',
  summary: 'Browser mode: the PressDesk window and its API on 127.0.0.1, in your browser.',
  description:
    'Serves on 127.0.0.1 only, behind a token made for this launch, and opens the default browser (unless\n' +
    '--no-open). --port 0, the default, picks a free port. Runs until Ctrl+C or SIGTERM. Creates the database\n' +
    'if it does not exist, and refuses one that another PressDesk has open.',
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  runsUntilStopped: true,
  async run(ctx, values) {
    const port = parsePort(values.port);
    const opened = await openDatabase(ctx.dbPath, { create: true, owner: 'pressdesk serve' });
    try {
      if (opened.preMigrationBackup !== null) {
        ctx.terminal.err(`pressdesk: updated the database; the copy from before is ${opened.preMigrationBackup}\n`);
      }
      const { api, quietFor } = withActivityClock(
        createApi(
          {
            db: opened.db,
            dbPath: opened.path,
            schemaVersion: opened.schemaVersion,
            version: ctx.version,
            shell: 'browser',
          },
          {
            onInternalError: (channel, error) =>
              ctx.terminal.err(
                `pressdesk: ${channel} failed: ${ctx.debug && error instanceof Error ? error.stack : String(error)}\n`,
              ),
          },
        ),
      );
      backUpOnStart(opened.db.$client, opened.path, (message) => ctx.terminal.err(`pressdesk: ${message}\n`), quietFor);
      const stopRanking = rankFirstKeysAhead(opened.db);
      const server = await startServer({
        api,
        staticDir: rendererDir(packageInfo()),
        port,
        host: '127.0.0.1',
        onError: (error) => ctx.terminal.err(`pressdesk: ${String(error)}\n`),
      }).catch((error: unknown) => listenError(error, port));
      try {
        ctx.terminal.out(`PressDesk is running at ${server.launchUrl}\n`);
        if (!values['no-open']) {
          // The browser's command line is visible to every user of the machine: it gets a code that works once.
          openBrowser(server.oneTimeUrl(), (why) =>
            ctx.terminal.err(`pressdesk: could not open a browser (${why}). Open the address above yourself.\n`),
          );
        }
        if (!ctx.signal.aborted) await once(ctx.signal, 'abort');
      } finally {
        await server.close();
        stopRanking();
      }
    } finally {
      opened.close();
    }
    return EXIT_OK;
  },
});
