// The `pressdesk` command (bundled to out/node/cli.js, run by bin/pressdesk.js).
import { InterruptedError } from './errors';
import { runCli } from './run';
import { processTerminal } from './terminal';

const controller = new AbortController();

/** The first Ctrl+C asks the command to stop cleanly; a second one stops at once. */
function onSignal(signal: 'SIGINT' | 'SIGTERM') {
  const interrupted = new InterruptedError(signal);
  if (controller.signal.aborted) process.exit(interrupted.exitCode);
  controller.abort(interrupted);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// `pressdesk search x | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  terminal: processTerminal(),
  signal: controller.signal,
});
process.off('SIGINT', onSignal);
process.off('SIGTERM', onSignal);
