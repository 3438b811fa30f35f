import { parseArgs } from 'node:util';
import { resolveDbPath } from '../../db/path';
import { commandHelp, globalOptions, globalUsage, type CommandContext, type OptionSpecs } from './command';
import { commands } from './commands';
import { describeError, EXIT_OK, UsageError } from './errors';
import { packageInfo } from './package-info';
import type { Terminal } from './terminal';

export interface CliRun {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly terminal: Terminal;
  /** Aborted with an `InterruptedError` on Ctrl+C or SIGTERM. */
  readonly signal: AbortSignal;
}

const mainHelp = () => {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: pressdesk <command> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    globalUsage,
    '',
    'Run `pressdesk <command> --help` for one command. Exit codes: 0 ok, 1 problem found, 2 usage, 130 interrupted.',
    '',
  ].join('\n');
};

/**
 * Finds the command: the first word that is not a flag or a flag's value. Every command's flags are known here so
 * that `pressdesk --db x.db check` and `pressdesk search --kind office gen` both find theirs.
 */
function findCommandWord(argv: readonly string[]) {
  const everyOption: OptionSpecs = { ...globalOptions };
  for (const command of commands) Object.assign(everyOption, command.options);
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: everyOption,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const word = tokens.find((t) => t.kind === 'positional');
  return { values, word };
}

/** Runs one `pressdesk` invocation and returns its exit code; every failure becomes one line on stderr. */
export async function runCli({ argv, env, terminal, signal }: CliRun): Promise<number> {
  let debug = argv.includes('--debug');
  let runsUntilStopped = false;
  try {
    const { values, word } = findCommandWord(argv);
    debug = values.debug === true;
    const { version } = packageInfo();
    if (values.version === true) {
      terminal.out(`${version}\n`);
      return EXIT_OK;
    }
    if (word === undefined) {
      if (values.help === true) {
        terminal.out(mainHelp());
        return EXIT_OK;
      }
      throw new UsageError('no command given');
    }
    const command = commands.find((c) => c.name === word.value);
    if (command === undefined) throw new UsageError(`unknown command "${word.value}"`);
    runsUntilStopped = command.runsUntilStopped;

    const parsed = command.parse(argv.filter((_, i) => i !== word.index));
    if (parsed.globals.help === true) {
      terminal.out(commandHelp(command));
      return EXIT_OK;
    }
    const ctx: CommandContext = {
      dbPath: resolveDbPath({ flag: parsed.globals.db, env }),
      json: parsed.globals.json === true,
      debug,
      version,
      signal,
      terminal,
    };
    const code = await parsed.run(ctx);
    if (signal.aborted && !runsUntilStopped) throw signal.reason;
    return code;
  } catch (error) {
    // Whatever broke after Ctrl+C broke because of it.
    const failure = signal.aborted && !runsUntilStopped ? (signal.reason as unknown) : error;
    if (debug && failure instanceof Error && failure.stack) terminal.err(`${failure.stack}\n`);
    const { exitCode, line } = describeError(failure);
    terminal.err(`${line}\n`);
    return exitCode;
  }
}
